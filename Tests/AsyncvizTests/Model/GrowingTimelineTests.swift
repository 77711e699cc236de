import Foundation
import Testing
@testable import Runtime

/// A timeline that grows with its run (the live viewer appends events in batches, asking questions between
/// them) ends equal to one built over the finished run: every snapshot, index and lane history.
@Suite struct GrowingTimelineTests {
    static let scenarios = ["Scenarios/01_thread_pool.py", "Scenarios/04_process_pool.py",
                            "Scenarios/08_coroutine_state_machine.py", "Scenarios/10_future_and_callbacks.py",
                            "Scenarios/16_taskgroup.py"]

    @Test(arguments: scenarios, [1, 7, 500])
    func growingInBatchesGivesTheTimelineOfTheWholeRun(_ scenario: String, _ batch: Int) throws {
        let full = try TimelineTests.store(scenario)
        let built = Timeline(store: full)
        // A small first interval, so the growing timeline takes many checkpoints and re-spaces them.
        let grown = Timeline(store: EventStore(), interval: 2)
        var start = 0
        while start < full.count {
            for i in start..<min(full.count, start + batch) { grown.append(full[i]) }
            start += batch
            // Questions between batches fill the caches that later events must bring up to date.
            let now = grown.snapshot(at: grown.count)
            for task in now.taskOrder { _ = grown.events(ofTask: task) }
            _ = grown.laneHistory(lane: 0, from: 0, to: grown.count)
            #expect(now.position == grown.count)
        }
        #expect(grown.count == built.count && grown.store.count == full.count)
        #expect(grown.interval * Timeline.maxCheckpoints >= grown.count, "the checkpoints stay within their bound")
        #expect(grown.yields == built.yields)
        #expect(grown.iterations == built.iterations)
        #expect(grown.forcedChoices == built.forcedChoices)
        #expect(grown.output(upTo: grown.count) == built.output(upTo: built.count))
        let end = built.snapshot(at: built.count)
        for task in end.taskOrder {
            #expect(grown.events(ofTask: task) == built.events(ofTask: task), "events of task \(task)")
        }
        let endTime = full.time(at: full.count - 1)
        let times = stride(from: 0.0, through: endTime, by: max(endTime / 40, 0.001))
        for lane in end.lanes.map(\.id) {
            #expect(grown.laneHistory(lane: lane, from: 0, to: grown.count)
                    == built.laneHistory(lane: lane, from: 0, to: built.count))
            for p in stride(from: 0, through: full.count, by: 13) {
                #expect(grown.laneState(lane: lane, before: p) == built.laneState(lane: lane, before: p))
            }
            for t in times {
                #expect(grown.laneState(lane: lane, atTime: t, before: full.count)
                        == built.laneState(lane: lane, atTime: t, before: full.count))
            }
        }
        for t in times {
            #expect(grown.loopBusy(atTime: t, before: full.count) == built.loopBusy(atTime: t, before: full.count))
            #expect(grown.event(atTime: t) == built.event(atTime: t))
        }
        for p in stride(from: 0, through: full.count, by: 5) {
            #expect(grown.snapshot(at: p) == built.snapshot(at: p), "position \(p)")
        }
        #expect(grown.snapshot(at: full.count) == end)
    }

    /// A coroutine that ran before the events gave it a task: once they do, its earlier events are that task's,
    /// in a timeline that was asked about the task before as in one built at the end.
    @Test func aCoroutineGivenATaskLaterBringsItsEarlierEvents() {
        let events = [
            RuntimeEvent(kind: .coroCreate, time: 0, subject: 10, other: 1),
            RuntimeEvent(kind: .coroResume, time: 0, subject: 10),
            RuntimeEvent(kind: .coroSuspend, time: 0, subject: 10),
            RuntimeEvent(kind: .taskCreate, time: 0.1, subject: 5, other: 10),
            RuntimeEvent(kind: .coroResume, time: 0.1, subject: 10, other: 5),
        ]
        let store = EventStore()
        for e in events { store.append(e) }
        let built = Timeline(store: store)
        let grown = Timeline(store: EventStore())
        for e in events {
            grown.append(e)
            _ = grown.events(ofTask: 5)
        }
        #expect(built.events(ofTask: 5) == [1, 2, 3, 4])
        #expect(grown.events(ofTask: 5) == built.events(ofTask: 5))
    }

    /// A million events appended one by one: the checkpoints are re-spaced as the run grows, so there are never
    /// more than `maxCheckpoints` of them, and reaching any moment still folds at most one interval.
    @Test func aMillionAppendedEventsKeepTheCheckpointsBounded() {
        let timeline = Timeline(store: EventStore())
        #expect(timeline.interval == 1024)
        for i in 0..<1_000_000 {
            let kind: RuntimeEvent.Kind = i % 2 == 0 ? .handleRunBegin : .handleRunEnd
            timeline.append(RuntimeEvent(kind: kind, time: Double(i / 1000), subject: 5))
        }
        #expect(timeline.count == 1_000_000)
        #expect(timeline.interval * Timeline.maxCheckpoints >= timeline.count)
        #expect(timeline.interval <= 2 * 1_000_000 / Timeline.maxCheckpoints)
        #expect(timeline.snapshot(at: 999_999).position == 999_999)
        #expect(timeline.snapshot(at: 123_457).position == 123_457)
    }
}
