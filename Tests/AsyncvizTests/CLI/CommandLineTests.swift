import Foundation
import Testing
@testable import Runtime

/// The built binary, driven as a user would: exit codes and one clear line per bad input.
@Suite struct CommandLineTests {
    func asyncviz(_ args: String...) throws -> ProcessResult {
        try Runner.run(Repository.binary.path, args)
    }

    @Test func execRunsAScenarioLikePython() throws {
        let r = try asyncviz("exec", "Tests/Programs/language/01_literals.py")
        let py = try Runner.python("Tests/Programs/language/01_literals.py")
        #expect(r.status == 0)
        #expect(r.stdout == py.stdout)
    }

    @Test func execOfAFailingScenarioPrintsATracebackAndExits1() throws {
        let r = try asyncviz("exec", "Tests/Programs/errors/zero_division_nested.py")
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("Traceback (most recent call last):\n"))
        #expect(Runner.lastLine(r.stderr) == "ZeroDivisionError: division by zero")
    }

    @Test func checkIsQuietAboutACleanFile() throws {
        let r = try asyncviz("check", "Tests/Programs/language/01_literals.py")
        #expect(r.status == 0)
        #expect(r.stdout == "Tests/Programs/language/01_literals.py: ok\n")
    }

    @Test func checkListsEveryUnsupportedConstruct() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("asyncviz-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("two.py")
        try "import os\n\neval('1')\n".write(to: file, atomically: true, encoding: .utf8)
        let r = try asyncviz("check", file.path)
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(file.path):1:8: 'import os' is not available in asyncviz scenarios (available: asyncio, concurrent.futures, multiprocessing, queue, random, sim, threading, time)"))
        #expect(r.stderr.contains("\(file.path):3:1: 'eval' is not available in asyncviz scenarios"))
    }

    @Test func checkDumpShowsBytecode() throws {
        let r = try asyncviz("check", "--dump", "Tests/Programs/language/01_literals.py")
        #expect(r.status == 0)
        #expect(r.stdout.contains("== <module> (line 1) =="))
        #expect(r.stdout.contains("loadConst"))
    }

    @Test func missingFileDirectoryAndBadBytesGetOneLine() throws {
        let missing = try asyncviz("exec", "no/such/file.py")
        #expect(missing.status == 2)
        #expect(missing.stderr == "asyncviz: no/such/file.py: no such file\n")
        let directory = try asyncviz("exec", "Tests")
        #expect(directory.status == 2)
        #expect(directory.stderr == "asyncviz: Tests: is a directory, not a scenario file\n")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("asyncviz-bytes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let bad = dir.appendingPathComponent("bad.py")
        try Data([0x70, 0x72, 0x69, 0x6E, 0x74, 0xFF, 0x0A]).write(to: bad)
        let bytes = try asyncviz("exec", bad.path)
        #expect(bytes.status == 2)
        #expect(bytes.stderr == "asyncviz: \(bad.path): not UTF-8 text (invalid byte 0xff at offset 5)\n")
    }

    @Test func emptyFileRunsAndPrintsNothing() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("asyncviz-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let empty = dir.appendingPathComponent("empty.py")
        try Data().write(to: empty)
        let r = try asyncviz("exec", empty.path)
        #expect(r.status == 0)
        #expect(r.stdout.isEmpty && r.stderr.isEmpty)
    }

    @Test func runawayLoopStopsAtTheInstructionLimit() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("asyncviz-loop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let loop = dir.appendingPathComponent("loop.py")
        try "n = 0\nwhile True:\n    n += 1\n".write(to: loop, atomically: true, encoding: .utf8)
        let r = try asyncviz("exec", "--max-steps", "100000", loop.path)
        #expect(r.status == 1)
        #expect(r.stderr == "stopped: the scenario executed 100,000 instructions without finishing (raise the limit with --max-steps)\n")
    }

    /// `input()` prints its prompt and reads standard input line by line as `python3` does, and raises
    /// EOFError at the end of the input.
    @Test func inputReadsStandardInputLikePython() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("asyncviz-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let program = dir.appendingPathComponent("ask.py")
        try """
            name = input("name? ")
            count = int(input())
            print("hello %s, twice %d is %d" % (name, count, count * 2))
            try:
                input("more? ")
            except EOFError as err:
                print("EOFError:", err)

            """.write(to: program, atomically: true, encoding: .utf8)
        func run(_ arguments: [String]) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = arguments
            let stdin = Pipe(), stdout = Pipe()
            process.standardInput = stdin
            process.standardOutput = stdout
            try process.run()
            stdin.fileHandleForWriting.write(Data("Ada\n21\n".utf8))
            try stdin.fileHandleForWriting.close()
            let data = stdout.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }
        let ours = try run([Repository.binary.path, "exec", program.path])
        #expect(ours == "name? hello Ada, twice 21 is 42\nmore? EOFError: EOF when reading a line\n")
        #expect(ours == (try run(["python3", program.path])))
    }

    /// `exec` runs a long program to its end as `python3` does: 30,000,000 iterations pass the
    /// 50,000,000-instruction default that the viewing commands keep.
    @Test func execHasNoDefaultInstructionLimit() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("asyncviz-long-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let program = dir.appendingPathComponent("long.py")
        try "n = 0\nwhile n < 30_000_000:\n    n += 1\nprint(n)\n".write(to: program, atomically: true, encoding: .utf8)
        let r = try asyncviz("exec", program.path)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "30000000\n")
        let limited = try asyncviz("exec", "--max-steps", "50000000", program.path)
        #expect(limited.stderr == "stopped: the scenario executed 50,000,000 instructions without finishing (raise the limit with --max-steps)\n")
    }
}

/// The limits: each stops a runaway scenario with a message naming its flag.
@Suite struct LimitTests {
    func run(_ text: String, _ options: RunOptions = RunOptions()) -> ProcessResult {
        var stdout = "", stderr = ""
        let status = Interpreter.run(SourceFile(path: "limits.py", text: text), options: options) { stream, s in
            if stream == .stdout { stdout += s } else { stderr += s }
        }
        return ProcessResult(stdout: stdout, stderr: stderr, status: status)
    }

    @Test func recursionLimitIsConfigurable() {
        let text = "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print('caught', e)\n"
        let r = run(text, RunOptions(limits: Limits(maxRecursionDepth: 50)))
        #expect(r.stdout == "caught maximum recursion depth exceeded\n")
    }

    @Test func hugeContainersStopAtTheObjectLimit() {
        let r = run("xs = []\nwhile True:\n    xs.append(0)\n", RunOptions(limits: Limits(maxObjects: 100_000)))
        #expect(r.status == 1)
        #expect(r.stderr == "stopped: the scenario built a container of more than 100,000 items (raise the limit with --max-objects)\n")
        let ranges = run("xs = list(range(10 ** 9))\n", RunOptions(limits: Limits(maxObjects: 1000)))
        #expect(ranges.stderr.hasPrefix("stopped: the scenario built a container of more than 1,000 items"))
    }

    @Test func thousandNestedParenthesesAreALoadError() {
        let text = "x = " + String(repeating: "(", count: 1000) + "1" + String(repeating: ")", count: 1000) + "\n"
        let r = run(text)
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("limits.py:1:205: SyntaxError: too many nested parentheses"))
    }

    @Test func deeplyNestedNotsAreALoadError() {
        let r = run("x = " + String(repeating: "not ", count: 5000) + "1\n")
        #expect(r.status == 1)
        #expect(r.stderr.contains("too many nested statements and expressions"))
    }

    @Test func unseededRandomIsDeterministicAndFollowsTheSeedFlag() {
        let text = "import random\nprint(random.random())\n"
        #expect(run(text).stdout == run(text).stdout)
        #expect(run(text, RunOptions(seed: 1)).stdout != run(text).stdout)
    }
}
