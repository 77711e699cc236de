import Foundation
import Testing

/// `explore` in a real terminal. With `--watch`, the failing run (made small) opens in the viewer with its forced
/// choice marked; q shows the list of explored schedules, the failing one first; enter opens one again; q in
/// the list quits with explore's exit status.
@Suite(.serialized) struct ExploreWatchTests {
    @Test func theFailingRunOpensThenTheListOfSchedules() throws {
        let session = try TmuxSession(["explore", "Scenarios/21_late_worker.py", "--watch"], width: 110, height: 30)
        let viewer = try session.waitFor { $0.contains("21_late_worker.py  event 0/") }
        #expect(viewer.contains("AssertionError: config was fetched 2 times"))
        try session.send("End")
        let end = try session.waitFor { $0.contains("✱") }
        #expect(end.contains("ThreadPoolExecutor-0_0"))
        try session.send("q")
        let list = try session.waitFor { $0.contains("schedules explored (pb)") }
        #expect(list.contains("▶ ✗ minimised 1 forced  AssertionError"))
        #expect(list.contains("1. ThreadPoolExecutor-0_0's sleep ends 0.05 s late"))
        try session.send("Down", "Enter")
        try session.waitFor { $0.contains("21_late_worker.py  event 0/") }
        try session.send("q")
        try session.waitFor { $0.contains("schedules explored (pb)") }
        try session.send("q")
        #expect(try session.exitStatus() == 1)
    }

    /// SIGTERM stops an exploration between two runs (runs too short to reach a checkpoint of their own).
    @Test func sigtermStopsAnExploration() throws {
        let session = try TmuxSession(["explore", "Tests/Programs/explore/locked_counter.py", "--runs", "1000000",
                                       "--max-preemptions", "50"], width: 120, height: 10)
        #expect(try session.waitUntilCatching(SIGTERM))
        try session.kill("TERM")
        #expect(try session.exitStatus() == 128 + 15)
        let after = try session.waitFor { $0.contains("explore: stopped: interrupted by signal 15; explored ") }
        #expect(after.contains("strategy pb"))
    }
}
