import Foundation
import Testing
@testable import Runtime

/// `sys` and `os` as real programs use them print what CPython 3.11 prints under the harness: stdout,
/// stderr (these programs write only deterministic lines there) and the exit status, byte for byte;
/// `sys.argv` is checked with and without words after the path. The sandbox's refusals are one line each.
@Suite struct SysOsConformanceTests {
    static let programs = Repository.programs(in: "Tests/Programs/stdlib_sys")

    /// `python3 FILE WORDS…` under the harness.
    static func python(_ program: String, _ arguments: [String]) throws -> ProcessResult {
        try Runner.run("python3", [program] + arguments,
                       environment: ["PYTHONPATH": Repository.url("Tools/python").path, "PYTHONHASHSEED": "0"])
    }

    static func expectSame(_ program: String, arguments: [String] = [], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let expected = try python(program, arguments)
        let actual = try Runner.asyncviz(program, options: RunOptions(arguments: arguments))
        #expect(actual.stdout == expected.stdout, sourceLocation: sourceLocation)
        #expect(actual.stderr == expected.stderr, sourceLocation: sourceLocation)
        #expect(actual.status == expected.status, sourceLocation: sourceLocation)
    }

    @Test func thereArePrograms() {
        #expect(Self.programs.count >= 5)
    }

    @Test(arguments: programs)
    func matchesCPython(_ program: String) throws {
        try Self.expectSame(program)
    }

    @Test func argvHoldsTheWordsAfterThePath() throws {
        try Self.expectSame("Tests/Programs/stdlib_sys/argv_defaults.py", arguments: ["7", "2", "big run"])
        try Self.expectSame("Tests/Programs/stdlib_sys/async_exit.py", arguments: ["6"])
    }

    /// Runs `text` as a scenario; stdout and the status.
    static func run(_ text: String, options: RunOptions = RunOptions()) -> (stdout: String, stderr: String, status: Int32) {
        var out = "", err = ""
        let status = Interpreter.run(SourceFile(path: "t.py", text: text), options: options) { stream, s in
            if stream == .stdout { out += s } else { err += s }
        }
        return (out, err, status)
    }

    @Test func theRecursionLimitIsMaxDepth() {
        var options = RunOptions()
        options.limits.maxRecursionDepth = 321
        let text = """
            import sys
            print(sys.getrecursionlimit())
            def down(n):
                return 0 if n == 0 else 1 + down(n - 1)
            try:
                down(400)
            except RecursionError:
                print("too deep")
            sys.setrecursionlimit(1000)
            print(down(400))
            """
        #expect(Self.run(text, options: options).stdout == "321\ntoo deep\n400\n")
    }

    @Test func processesHaveTheirOwnPidsAndTheMainThreadsNativeIdIsThePid() {
        let text = """
            import os, threading
            from concurrent.futures import ProcessPoolExecutor
            def ids(_):
                return os.getpid(), os.getppid()
            if __name__ == "__main__":
                main = os.getpid()
                print(main == threading.get_native_id(), os.getppid() != main)
                with ProcessPoolExecutor(max_workers=3) as pool:
                    found = set(pool.map(ids, range(9)))
                print(sorted(pid - main for pid, _ in found), {ppid for _, ppid in found} == {main})
            """
        #expect(Self.run(text).stdout == "True True\n[100, 200, 300] True\n")
    }

    @Test func cpuCountIsTheSimulatedMachinesCores() {
        var options = RunOptions()
        options.machine.cpus = 12
        #expect(Self.run("import os\nprint(os.cpu_count())\n", options: options).stdout == "12\n")
    }

    @Test func stderrIsRecordedAsOutputEvents() {
        let store = EventStore()
        let text = "import sys\nprint('out')\nprint('err', file=sys.stderr)\nsys.stderr.write('raw\\n')\n"
        _ = Interpreter.run(SourceFile(path: "t.py", text: text), sink: store) { _, _ in }
        let output = (0..<store.count).map { store[$0] }.filter { $0.kind == .stdout || $0.kind == .stderr }
        #expect(output.map(\.kind) == [.stdout, .stderr, .stderr])
        #expect(output.map(\.text) == ["out\n", "err\n", "raw\n"])
    }

    @Test func everyImportableModuleHasASummary() {
        for (name, summary) in Interpreter.moduleSummaries {
            #expect(!summary.isEmpty, "ModuleRegistry.summaries has no line for \(name)")
        }
        #expect(Set(ModuleRegistry.summaries.keys) == Set(ModuleRegistry.available))
    }

    static func loadErrors(_ text: String) -> [String] {
        Interpreter.check(SourceFile(path: "t.py", text: text))?.diagnostics.map(\.message) ?? []
    }

    @Test func theOutsideWorldIsRefusedWithWhatToUseInstead() {
        let network = "a scenario has no network; use asyncio.sleep or sim.io to stand for network time"
        #expect(Self.loadErrors("import aiohttp\nimport http.client\nfrom requests import get\n") == [
            "'import aiohttp' is not available in asyncviz scenarios: " + network,
            "'import http.client' is not available in asyncviz scenarios: " + network,
            "'import requests' is not available in asyncviz scenarios: " + network,
        ])
        #expect(Self.loadErrors("from pathlib import Path\n") == [
            "'import pathlib' is not available in asyncviz scenarios: a scenario cannot read or write files; os.path joins and splits path strings",
        ])
        #expect(Self.loadErrors("import os, os.path, sys\n").isEmpty)
    }

    @Test func whatReachesTheSystemIsAbsentFromOs() {
        let text = """
            import os
            for name in ("system", "listdir", "remove", "open", "fork", "kill", "chdir", "getcwd"):
                print(name, hasattr(os, name))
            print(os.environ, os.getenv("HOME"), os.path.__name__)
            """
        let lines = Self.run(text).stdout.split(separator: "\n")
        #expect(lines.prefix(8).allSatisfy { $0.hasSuffix(" False") })
        #expect(lines.last == "{} None posixpath")
    }
}
