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
        #expect(live.stdout == replay.stdout && live.stdout.hasPrefix("{\"virtual_time\":"))
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
