import Foundation
import Testing
@testable import Runtime

/// A schedule file is small versioned JSON; reading what was written gives the same schedule back, and a file
/// that is not one says what is wrong with it.
@Suite struct ScheduleFileTests {
    static let schedule = Schedule(
        scenario: "bank.py", digest: Schedule.digest(of: "x = 1\n"), seed: 7, arguments: ["--fast", "3"],
        machine: { var m = MachineModel(); m.cpus = 2; m.fixed = ["cpus"]; m.workers = 3; m.pool = .process; return m }(),
        jitter: 0.25, strategy: "pct", failure: "AssertionError: \"quoted\"",
        choices: [ForcedChoice(index: 17, kind: "preempt", choice: 1, detail: "T1 is preempted: T2 runs", thread: "T1",
                               line: 12, time: 0.5),
                  ForcedChoice(index: 40, kind: "delay", choice: 8, detail: "T2's sleep ends 0.05 s late", thread: "T2")])

    @Test func readingWhatWasWrittenGivesItBack() throws {
        let text = Self.schedule.fileText
        #expect(text.hasPrefix("{\n  \"asyncviz_schedule\": 1,"))
        #expect(try Schedule(fileText: text) == Self.schedule)
    }

    @Test(arguments: [
        ("[1, 2]", "not an asyncviz schedule (no \"asyncviz_schedule\" field)"),
        ("{\"asyncviz_schedule\": 2}", "schedule version 2; this asyncviz reads version 1"),
        ("{\"asyncviz_schedule\": 1}", "field \"machine\" is missing or wrong"),
        ("{\"asyncviz_schedule\": 1,", "not JSON (expected a key at byte 24)"),
    ])
    func aFileThatIsNotOneSaysWhy(_ text: String, _ message: String) {
        #expect(throws: Schedule.FileProblem(message: message)) { try Schedule(fileText: text) }
    }

    @Test func aChoiceOfZeroOrANegativePointIsRefused() throws {
        let bad = Self.schedule.fileText.replacingOccurrences(of: "\"index\":17", with: "\"index\":-1")
        #expect(throws: Schedule.FileProblem(message: "field \"choices\" is missing or wrong")) { try Schedule(fileText: bad) }
    }
}
