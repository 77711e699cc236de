import Foundation
import Testing

/// `explore --watch` in a real terminal: the list of explored schedules, the failing one (made small) first;
/// enter replays it in the viewer with its forced choice marked; q comes back to the list, q again quits with
/// explore's exit status.
@Suite(.serialized) struct ExploreWatchTests {
    @Test func theListOpensTheFailingScheduleAndComesBack() throws {
        let session = try TmuxSession(["explore", "Scenarios/21_late_worker.py", "--watch"], width: 110, height: 30)
        let list = try session.waitFor { $0.contains("schedules explored (pb)") }
        #expect(list.contains("▶ ✗ minimised 1 forced  AssertionError"))
        #expect(list.contains("1. ThreadPoolExecutor-0_0's sleep ends 0.05 s late"))
        try session.send("Enter")
        let viewer = try session.waitFor { $0.contains("21_late_worker.py  event 0/") }
        #expect(viewer.contains("AssertionError: config was fetched 2 times"))
        try session.send("End")
        let end = try session.waitFor { $0.contains("✱") }
        #expect(end.contains("ThreadPoolExecutor-0_0"))
        try session.send("q")
        try session.waitFor { $0.contains("schedules explored (pb)") }
        try session.send("q")
        #expect(try session.exitStatus() == 1)
    }
}
