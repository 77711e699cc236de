import Testing
@testable import Runtime
@testable import Viz

/// What names a task and its coroutine on screen (the call that made it, a `set_name()`), and where `y`
/// stops in a loop run.
@Suite struct TaskLabelTests {
    static func fold(_ events: [RuntimeEvent]) -> Snapshot {
        var s = Snapshot()
        for e in events { Reducer.apply(e, to: &s) }
        return s
    }

    @Test func aCoroutineKeepsItsNameAndTheCallThatMadeIt() {
        let s = Self.fold([RuntimeEvent(kind: .coroCreate, time: 0, subject: 7, other: 2, text: "party('alice', 3)")])
        #expect(s.coroutines[7]?.name == "party" && s.coroutines[7]?.call == "party('alice', 3)")
        let old = Self.fold([RuntimeEvent(kind: .coroCreate, time: 0, subject: 7, other: 2, text: "main")])
        #expect(old.coroutines[7]?.name == "main" && old.coroutines[7]?.call == "", "a 1.0 log names no call")
    }

    /// `create_task(coro, name=)` names the task from its creation on; the label shows the call.
    @Test func aTaskIsLabelledByItsNameAndItsCoroutinesCall() throws {
        let text = """
        import asyncio

        async def party(name, ready):
            await ready

        async def main():
            ready = asyncio.get_running_loop().create_future()
            guest = asyncio.create_task(party('alice', ready), name='alice')
            await asyncio.sleep(0)
            ready.set_result(None)
            await guest

        asyncio.run(main())
        """
        let store = EventStore()
        _ = Interpreter.run(SourceFile(path: "party.py", text: text), sink: store) { _, _ in }
        let created = try #require((0..<store.count).first { store[$0].kind == .taskCreate && store[$0].text == "alice" })
        let s = Timeline(store: store).snapshot(at: created + 1)
        let task = try #require(s.tasks[store[created].subject])
        let coroutine = try #require(s.coroutines[task.coroutine])
        #expect(CoroutinesView.label(task, coroutine) == "Task alice  party('alice', <Future pending>)")
    }

    /// A task renamed with `set_name()` is drawn by its new name from that event on.
    @Test func aRenamedTaskTakesItsNewName() {
        let s = Self.fold([
            RuntimeEvent(kind: .taskCreate, time: 0, subject: 4, other: 1, text: "Task-2"),
            RuntimeEvent(kind: .taskName, time: 0, subject: 4, text: "alice"),
        ])
        #expect(s.tasks[4]?.name == "alice")
    }

    /// `y` stops at every callback the loop runs, not only at coroutine switches.
    @Test func yieldSteppingStopsAtEveryCallbackTheLoopRuns() throws {
        let store = try TimelineTests.store("Tests/Programs/events/02_two_tasks_future.py")
        let timeline = Timeline(store: store)
        let begins = (0..<store.count).filter { store[$0].kind == .handleRunBegin }
        #expect(!begins.isEmpty && begins.allSatisfy { timeline.yields.contains($0) })
    }
}
