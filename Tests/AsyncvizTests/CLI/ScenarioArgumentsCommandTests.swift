import Foundation
import Testing
@testable import Runtime

/// The command line around `sys` and the sandbox: words after `--` reach `sys.argv` in `exec` and in the
/// commands that show a run; `check --modules` lists what a scenario can import, as the README's table does;
/// a module that reaches the outside world is refused at load time with one located line.
@Suite struct ScenarioArgumentsCommandTests {
    func asyncviz(_ args: String...) throws -> ProcessResult {
        try Runner.run(Repository.binary.path, args)
    }

    static let argvScenario = "import sys\nimport sim\nprint(sys.argv[1:])\nsim.cpu(float(sys.argv[1]) if len(sys.argv) > 1 else 0.5)\n"

    @Test func execPassesTheWordsAfterTheDoubleDash() throws {
        let (folder, path) = try Repository.temporaryScenario("argv.py", Self.argvScenario)
        defer { try? FileManager.default.removeItem(at: folder) }
        let r = try asyncviz("exec", path, "--seed", "3", "--", "2", "--cpus", "x y")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "['2', '--cpus', 'x y']\n")
        let plain = try asyncviz("exec", path)
        #expect(plain.stdout == "[]\n")
    }

    @Test func argvZeroIsThePathAsGiven() throws {
        let r = try asyncviz("exec", "Tests/Programs/stdlib_sys/argv_defaults.py", "--", "4", "1")
        let py = try SysOsConformanceTests.python("Tests/Programs/stdlib_sys/argv_defaults.py", ["4", "1"])
        #expect(r.status == 0)
        #expect(r.stdout == py.stdout)
    }

    @Test func viewingCommandsPassThemToo() throws {
        let (folder, path) = try Repository.temporaryScenario("argv.py", Self.argvScenario)
        defer { try? FileManager.default.removeItem(at: folder) }
        let trace = try asyncviz("trace", path, "--", "7")
        #expect(trace.status == 0, "\(trace.stderr)")
        #expect(trace.stdout.contains("['7']"), "\(trace.stdout)")
        let stats = try asyncviz("stats", path, "--format", "json", "--", "3")
        #expect(stats.status == 0, "\(stats.stderr)")
        let defaults = try asyncviz("stats", path, "--format", "json")
        #expect(stats.stdout != defaults.stdout, "the argument sets the virtual time the run takes")
        let compare = try asyncviz("compare", path, "--a", "--cpus 1", "--b", "--cpus 2", "--", "3")
        #expect(compare.status == 0, "\(compare.stderr)")
        #expect(compare.stdout.contains("3.000"), "\(compare.stdout)")
    }

    @Test func checkModulesListsEveryImportableModule() throws {
        let r = try asyncviz("check", "--modules")
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        let modules = Interpreter.moduleSummaries
        #expect(lines.count == modules.count)
        for (line, module) in zip(lines, modules) {
            #expect(line.hasPrefix(module.name + " "))
            #expect(line.hasSuffix("  " + module.summary))
        }
        let bare = try asyncviz("check")
        #expect(bare.status == 2)
        #expect(bare.stderr.contains("give a scenario to check, or --modules"))
    }

    /// The README's module table, as `check --modules`' source of truth writes it.
    static var readmeTable: String {
        "| module | offers |\n| --- | --- |\n" + Interpreter.moduleSummaries.map { "| `\($0.name)` | \($0.summary) |\n" }.joined()
    }

    @Test func theReadmeTableIsTheModuleList() throws {
        let readme = Repository.url("README.md")
        var text = try String(contentsOf: readme, encoding: .utf8)
        let begin = "<!-- modules: generated from ModuleRegistry.summaries; ASYNCVIZ_UPDATE_GOLDENS=1 rewrites it -->\n"
        let end = "<!-- end of modules -->"
        guard let start = text.range(of: begin), let stop = text.range(of: end, range: start.upperBound..<text.endIndex) else {
            Issue.record("README.md has no generated module table")
            return
        }
        let current = String(text[start.upperBound..<stop.lowerBound])
        if Repository.updatingGoldens && current != Self.readmeTable {
            text.replaceSubrange(start.upperBound..<stop.lowerBound, with: Self.readmeTable)
            try text.write(to: readme, atomically: true, encoding: .utf8)
            return
        }
        #expect(current == Self.readmeTable)
    }

    @Test func theOutsideWorldIsRefusedWithOneLocatedLine() throws {
        let (folder, path) = try Repository.temporaryScenario("net.py", "import asyncio\nimport aiohttp\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let message = "\(path):2:8: 'import aiohttp' is not available in asyncviz scenarios: a scenario has no network; "
            + "use asyncio.sleep or sim.io to stand for network time"
        for command in ["check", "exec", "trace", "stats", "lint"] {
            let r = try Runner.run(Repository.binary.path, [command, path])
            #expect(r.status == 1, "\(command)")
            #expect(r.stdout.isEmpty, "\(command)")
            #expect(r.stderr.split(separator: "\n").first.map(String.init) == message, "\(command): \(r.stderr)")
        }
    }
}
