import Foundation
import Testing
@testable import Runtime

/// Control characters from a scenario, a log or a file name never reach the terminal raw from any command
/// but `exec`'s program output: each command runs on hostile programs and its stdout and stderr are searched.
@Suite struct HostileOutputTests {
    static let escapes = "Tests/Programs/hostile/escape_sequences.py"
    static let threads = "Tests/Programs/hostile/thread_names.py"

    func asyncviz(_ args: [String]) throws -> ProcessResult {
        try Runner.run(Repository.binary.path, args)
    }

    /// The scalars that would act on a terminal, found in `text` (empty when it is safe).
    static func raw(_ text: String) -> [String] {
        text.unicodeScalars.filter { TerminalText.needsEscape($0, keepingNewlines: true) }.map { TerminalText.escape($0) }
    }

    func expectSafe(_ args: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let r = try asyncviz(args)
        #expect(Self.raw(r.stdout).isEmpty, "stdout of \(args) holds \(Self.raw(r.stdout))", sourceLocation: sourceLocation)
        #expect(Self.raw(r.stderr).isEmpty, "stderr of \(args) holds \(Self.raw(r.stderr))", sourceLocation: sourceLocation)
    }

    @Test func frameShowsEscapesAsText() throws {
        try expectSafe(["frame", Self.escapes, "--size", "120x40"])
        let r = try asyncviz(["frame", Self.escapes, "--size", "120x40"])
        #expect(r.stdout.contains("clear\\x1b[2J screen"))
        #expect(r.stdout.contains("bidi \\u202eevil\\u202c override"))
        try expectSafe(["frame", Self.threads, "--size", "120x40"])
    }

    @Test(arguments: ["text", "jsonl", "chrome"]) func traceInEveryFormat(format: String) throws {
        try expectSafe(["trace", Self.escapes, "--format", format])
        try expectSafe(["trace", Self.threads, "--format", format])
    }

    @Test func statsLintAndCompare() throws {
        for file in [Self.escapes, Self.threads] {
            try expectSafe(["stats", file])
            try expectSafe(["stats", file, "--format", "json"])
            try expectSafe(["lint", file])
            try expectSafe(["lint", file, "--format", "json"])
            try expectSafe(["compare", file, "--a", "--cpus 1", "--b", "--cpus 2"])
        }
    }

    @Test func checkQuotesAHostileLineEscapedWithItsCaretInPlace() throws {
        let file = try Self.temporary("bad.py", "x = 1\ny = \"中\u{1b}]0;t\u{07}\" $ 1\n")
        try expectSafe(["check", file])
        let r = try asyncviz(["check", file])
        #expect(r.status == 1)
        let lines = r.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[1] == "    y = \"中\\x1b]0;t\\x07\" $ 1")
        #expect(lines[2] == "    " + String(repeating: " ", count: 21) + "^", "the caret stands under the $, past a wide character and escapes")
        try expectSafe(["check", "--dump", Self.escapes])
    }

    @Test func theDeadlockReportEscapesThreadNames() throws {
        let r = try asyncviz(["exec", Self.threads])
        #expect(r.status == 1)
        #expect(r.stderr.contains("  \\x1b]0;retitled\\x07\\u202eA waits at thread_names.py:11 on a lock"))
        #expect(Self.raw(r.stderr).isEmpty)
    }

    @Test func fileNamesAndLogsWithControlsAreEscapedInMessages() throws {
        try expectSafe(["exec", "no/such/\u{1b}]0;x\u{07}.py"])
        let log = try Self.temporary("hostile.jsonl", "")
        #expect(try asyncviz(["exec", Self.escapes, "--log", log]).status == 0)
        for command in ["trace", "frame", "stats", "lint"] { try expectSafe([command, log]) }
    }

    @Test func jsonQuotingEscapesControlsC1AndBidi() {
        #expect(JSON.quote("a\u{1b}b\u{9b}c\u{202e}d\u{7f}") == "\"a\\u001bb\\u009bc\\u202ed\\u007f\"")
        #expect(JSON.quote("plain ascii") == "\"plain ascii\"")
    }

    @Test func widthsOfWideAndCombiningCharacters() {
        #expect(TerminalText.width("中文") == 4)
        #expect(TerminalText.width("e\u{301}") == 1)
        #expect(TerminalText.width("🎉") == 2)
        #expect(TerminalText.pad("中", to: 4) == "中  ")
        #expect(TerminalText.prefix("a中b", columns: 2) == "a")
        #expect(TerminalText.escaped("\u{1b}[2J\u{85}\u{2066}") == "\\x1b[2J\\x85\\u2066")
    }

    static func temporary(_ name: String, _ text: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("asyncviz-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }
}
