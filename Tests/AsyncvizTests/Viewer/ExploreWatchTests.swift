import Foundation
import Testing

/// `explore --watch` in a real terminal: the failing run (made small) opens in the viewer with its forced
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
}
