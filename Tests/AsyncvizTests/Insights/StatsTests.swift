import Foundation
import Testing
@testable import Runtime

/// `asyncviz stats` and `asyncviz compare`, pinned by golden summaries; a
/// summary from a log equals the summary of the live run.
@Suite struct StatsTests {
    func asyncviz(_ args: [String]) throws -> ProcessResult {
        try Runner.run(Repository.binary.path, args)
    }

    static let scenarios = ["Scenarios/03_gil_cpu_threads.py", "Scenarios/05_io_threads.py", "Scenarios/13_producer_consumer.py"]

    @Test(arguments: scenarios)
    func summariesMatchTheirGoldens(_ scenario: String) throws {
        let r = try asyncviz(["stats", scenario])
        #expect(r.status == 0, "\(r.stderr)")
        let name = scenario.split(separator: "/").last!.dropLast(3)
        let golden = try Repository.golden("Tests/Golden/stats/\(name).txt", r.stdout)
        #expect(golden.actual == golden.expected)
    }

    @Test func theSummaryOfALogIsTheSummaryOfTheRun() throws {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("asyncviz-stats-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: log) }
        _ = try asyncviz(["exec", "Scenarios/05_io_threads.py", "--log", log])
        let live = try asyncviz(["stats", "Scenarios/05_io_threads.py", "--format", "json"])
        let replay = try asyncviz(["stats", log, "--format", "json"])
        #expect(live.stdout == replay.stdout && live.stdout.hasPrefix("{\"ended\":{\"kind\":\"ok\",\"status\":0,"))
    }

    @Test func theSummarySaysHowTheRunEnded() throws {
        let ends = [("uncaught_exception", "ended          ValueError: page 2 is missing in Task-3 (exit 1)\n"),
                    ("deadlock", "ended          deadlock (exit 1)\n"), ("limit_reached", "ended          stopped by --max-time (exit 1)\n"),
                    ("limit_reached_clean", "ended          ok (exit 0)\n")]
        for (program, line) in ends {
            let r = try asyncviz(["stats", "Tests/Programs/lints/\(program).py"])
            #expect(r.stdout.contains(line), "\(r.stdout)")
        }
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("asyncviz-stats-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: log) }
        _ = try asyncviz(["exec", "Tests/Programs/lints/uncaught_exception.py", "--log", log])
        let live = try asyncviz(["stats", "Tests/Programs/lints/uncaught_exception.py", "--format", "json"])
        let replay = try asyncviz(["stats", log, "--format", "json"])
        #expect(live.stdout == replay.stdout)
        #expect(live.stdout.hasPrefix("{\"ended\":{\"kind\":\"exception\",\"status\":1,\"message\":\"ValueError: page 2 is missing\",\"task\":\"Task-3\","))
        let lintLive = try Runner.run(Repository.binary.path, ["lint", "Tests/Programs/lints/uncaught_exception.py"])
        let lintLog = try Runner.run(Repository.binary.path, ["lint", log])
        #expect(lintLog.status == 1 && lintLog.stdout.contains(": uncaught-exception: ValueError: page 2 is missing raised in Task-3 "))
        #expect(lintLive.stdout == lintLog.stdout.replacingOccurrences(of: log, with: "Tests/Programs/lints/uncaught_exception.py"))
    }

    @Test func theGILAgainstNoGILIsOneCommand() throws {
        let r = try asyncviz(["compare", "Scenarios/03_gil_cpu_threads.py", "--a", "--cpus 4", "--b", "--cpus 4 --no-gil"])
        #expect(r.status == 0, "\(r.stderr)")
        let golden = try Repository.golden("Tests/Golden/stats/compare-03-gil-vs-no-gil.txt", r.stdout)
        #expect(golden.actual == golden.expected)
        let bad = try asyncviz(["compare", "Scenarios/03_gil_cpu_threads.py", "--a", "--cpu 1"])
        #expect(bad.status == 2 && bad.stderr == "asyncviz: compare: --cpu 1: Unknown option '--cpu'. Did you mean '--cpus'?\n")
    }

    /// The classic question in one command: the same CPU-bound scenario on threads and on processes.
    @Test func threadsAgainstProcessesIsOneCommand() throws {
        let r = try asyncviz(["compare", "Scenarios/03_gil_cpu_threads.py", "--a", "--pool thread", "--b", "--pool process"])
        #expect(r.status == 0, "\(r.stderr)")
        let golden = try Repository.golden("Tests/Golden/stats/compare-03-threads-vs-processes.txt", r.stdout)
        #expect(golden.actual == golden.expected)
        #expect(r.stdout.contains("ForkProcess-1 running"))
    }

    /// 2 against 8 workers: every pool resized by the --workers what-if.
    @Test func twoAgainstEightWorkersIsOneCommand() throws {
        let r = try asyncviz(["compare", "Scenarios/05_io_threads.py", "--a", "--workers 2", "--b", "--workers 8"])
        #expect(r.status == 0, "\(r.stderr)")
        let golden = try Repository.golden("Tests/Golden/stats/compare-05-2-vs-8-workers.txt", r.stdout)
        #expect(golden.actual == golden.expected)
    }
}
