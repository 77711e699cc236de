import Foundation
import Testing
@testable import Runtime

/// The model: snapshots folded from events, checkpoints that make any position cheap, and the viewer's navigation.
/// The runs cost their lines nothing, so times are the round ones the programs sleep for.
@Suite struct TimelineTests {
    static var withoutLineCosts: RunOptions {
        var machine = MachineModel()
        machine.lineCost = 0
        return RunOptions(machine: machine)
    }

    static func store(_ program: String) throws -> EventStore {
        let text = try String(contentsOf: Repository.url(program), encoding: .utf8)
        let store = EventStore()
        _ = Interpreter.run(SourceFile(path: program, text: text), options: withoutLineCosts, sink: store) { _, _ in }
        return store
    }

    @Test(arguments: Repository.programs(in: "Tests/Programs/asyncio").prefix(30))
    func checkpointsGiveTheSameSnapshotsAsFoldingFromTheStart(_ program: String) throws {
        let store = try Self.store(program)
        let timeline = Timeline(store: store, interval: 16)
        var s = Snapshot()
        for i in 0...store.count {
            if i % 7 == 0 || i == store.count { #expect(timeline.snapshot(at: i) == s, "position \(i)") }
            if i < store.count { Reducer.apply(store[i], to: &s) }
        }
        #expect(s.finished == Snapshot.Finished(status: 0, message: ""))
    }

    @Test func aTaskWaitingOnAFutureIsSuspendedAtItsAwait() throws {
        let store = try Self.store("Tests/Programs/events/02_two_tasks_future.py")
        let timeline = Timeline(store: store)
        let waits = try #require((0..<store.count).first { store[$0].kind == .loopSelect })
        let s = timeline.snapshot(at: waits + 1)
        #expect(s.loop?.waitingUntil == 0.1)
        #expect(s.loop?.ready == [])
        #expect(s.loop?.timers.count == 1)
        #expect(s.lanes[0].state == .idle)
        let waiter = try #require(s.coroutines.values.first { $0.name == "waiter" })
        #expect(waiter.state == .suspended(site: 0))
        #expect(s.code[waiter.code]?.sites.first?.text == "await fut")
        let main = try #require(s.coroutines.values.first { $0.name == "main" })
        #expect(main.state == .suspended(site: 0))
        #expect(s.taskOrder.compactMap { s.tasks[$0]?.name } == ["Task-1", "Task-2"])
        let end = timeline.snapshot(at: timeline.count)
        #expect(end.tasks.values.allSatisfy { $0.isDone })
        #expect(end.finished?.status == 0)
        #expect(end.outputEvents == 1)
    }

    @Test func theReadyQueueKeepsItsOrderAndTimersTheirDeadlines() throws {
        let text = """
        import asyncio

        async def main():
            loop = asyncio.get_running_loop()
            loop.call_later(0.3, print, "c")
            loop.call_later(0.1, print, "a")
            loop.call_later(0.2, print, "b")
            loop.call_soon(print, 1)
            loop.call_soon(print, 2)
            await asyncio.sleep(0)
            await asyncio.sleep(1)

        asyncio.run(main())
        """
        let store = EventStore()
        let source = SourceFile(path: "q.py", text: text)
        _ = Interpreter.run(source, options: Self.withoutLineCosts, sink: store) { _, _ in }
        let timeline = Timeline(store: store)
        let suspend = try #require(timeline.yields.first { store[$0].kind == .coroSuspend })
        let s = timeline.snapshot(at: suspend + 1)
        #expect(s.loop?.ready.compactMap { s.handles[$0]?.callback } == ["print(1)", "print(2)"])
        #expect(s.loop?.timers.compactMap { s.handles[$0]?.when } == [0.1, 0.2, 0.3])
    }

    @Test func navigationStepsByYieldIterationTaskAndTime() throws {
        let store = try Self.store("Tests/Programs/events/03_lock_and_queue.py")
        let timeline = Timeline(store: store)
        let first = try #require(timeline.nextYield(after: -1))
        #expect(store[first].kind == .handleRunBegin, "the loop's first callback (the main task's first step)")
        #expect(timeline.yields.contains { store[$0].kind == .coroSuspend })
        let second = try #require(timeline.nextYield(after: first))
        #expect(second > first)
        #expect(timeline.previousYield(before: second) == first)
        let iteration = try #require(timeline.nextIteration(after: first))
        #expect(store[iteration].kind == .loopIteration)
        #expect(timeline.previousIteration(before: iteration).map { $0 < iteration } ?? true)
        let task2 = try #require((0..<store.count).first { store[$0].kind == .taskCreate && store[$0].text == "Task-2" })
        let taskId = store[task2].subject
        var i = task2
        var seen = 0
        while let next = timeline.nextEvent(ofTask: taskId, after: i) {
            let e = store[next]
            #expect(e.subject == taskId || e.other == taskId || [.coroResume, .coroSuspend, .coroReturn, .coroRaise].contains(e.kind))
            i = next
            seen += 1
        }
        #expect(seen > 5)
        let atTenth = try #require(timeline.event(atTime: 0.1))
        #expect(store[atTenth].time <= 0.1)
        #expect(store[atTenth + 1].time > 0.1)
        #expect(timeline.snapshot(at: atTenth + 1).time == 0.1)
        #expect(timeline.previousEvent(before: 0) == nil)
        #expect(timeline.nextEvent(after: timeline.count - 1) == nil)
    }

    @Test func seekingAMillionEventRunFoldsAtMostOneInterval() throws {
        let store = EventStore()
        for i in 0..<1_000_000 {
            store.record(RuntimeEvent(kind: i % 2 == 0 ? .handleRunBegin : .handleRunEnd, time: Double(i / 1000), subject: 5))
        }
        let timeline = Timeline(store: store)
        #expect(timeline.interval <= 8192)
        #expect(timeline.snapshot(at: 999_999).position == 999_999)
    }
}

/// Queries that read ranges of the run: a lane's history and the output so far.
@Suite struct TimelineRangeTests {
    @Test func theMainThreadIdlesWhileTheLoopWaitsForItsTimer() throws {
        let store = try TimelineTests.store("Tests/Programs/events/01_one_sleep.py")
        let timeline = Timeline(store: store)
        let history = timeline.laneHistory(from: 0, to: timeline.count)
        #expect(history.map(\.state) == [.running, .idle, .running, .done])
        #expect(history[1].start == 0 && history[1].end == 0.5)
        #expect(timeline.output(upTo: timeline.count) == "before\nafter\n")
        let select = try #require((0..<store.count).first { store[$0].kind == .loopSelect })
        #expect(timeline.output(upTo: select) == "before\n")
    }
}
