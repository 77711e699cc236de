import Foundation
import Testing
@testable import Runtime

/// Each lint has a program that triggers it and a clean twin that does not;
/// the findings of all the triggering programs are pinned by a golden file.
@Suite struct LintTests {
    static let triggers = Repository.programs(in: "Tests/Programs/lints").filter { !$0.hasSuffix("_clean.py") }

    func lint(_ program: String, _ extra: [String] = []) throws -> ProcessResult {
        try Runner.run(Repository.binary.path, ["lint", program] + extra)
    }

    @Test func everyLintHasATriggerAndACleanTwin() {
        let ids = Self.triggers.map { String($0.split(separator: "/").last!.dropLast(3)).replacingOccurrences(of: "_", with: "-") }
        #expect(Set(ids) == Set(Lints.catalog.map(\.id)))
    }

    @Test(arguments: triggers)
    func theTriggerIsFoundAndItsTwinIsClean(_ program: String) throws {
        let id = String(program.split(separator: "/").last!.dropLast(3)).replacingOccurrences(of: "_", with: "-")
        let found = try lint(program)
        #expect(found.status == 1)
        #expect(found.stdout.contains(": \(id): "), "\(found.stdout)")
        let clean = try lint(program.replacingOccurrences(of: ".py", with: "_clean.py"))
        #expect(clean.status == 0 && clean.stdout.isEmpty, "\(clean.stdout)")
    }

    @Test func findingsMatchTheGolden() throws {
        let text = try Self.triggers.map { try lint($0).stdout }.joined()
        let golden = try Repository.golden("Tests/Golden/lints/findings.txt", text)
        #expect(golden.actual == golden.expected)
    }

    @Test func jsonAndTheSlowCallbackThreshold() throws {
        let json = try lint("Tests/Programs/lints/blocking_loop.py", ["--format", "json"])
        #expect(json.stdout.hasPrefix("[{\"id\":\"blocking-loop\""))
        let lenient = try lint("Tests/Programs/lints/blocking_loop.py", ["--slow-callback", "0.5"])
        #expect(lenient.status == 0)
    }
}
