import Testing
@testable import Runtime
@testable import Viz

/// The tour tells the truth: every `sim.note` of every tour scenario, checked against the model's snapshot at
/// the event where the viewer stops on it (`frame --at N` draws the state after event N). The table holds, in
/// order, the start of each note's text and the claims it makes; a note added, reworded or drifting from the
/// screen fails here.
@Suite struct TourNoteTests {
    typealias Fact = NoteFact

    static let facts: [String: [(note: String, facts: [Fact])]] = [
        "01_thread_pool.py": [
            ("ten futures exist; submit() took turns with the workers for the GIL, so four items are done and "
                + "three still wait", [.submittedItems(10), .finishedItems(4), .queuedItems(3), .liveWorkers(5)]),
            ("results were read in submit order", [.finishedItems(10), .queuedItems(0)]),
            ("leaving the with block shut the pool down and joined its workers",
             [.liveWorkers(0), .figureIsElapsed(since: 0)]),
        ],
        "02_map_vs_as_completed.py": [
            ("map handed back a (0.3 s)", [.finishedItems(3), .figureIsElapsed(since: 0)]),
            ("map handed back b (0.1 s)", [.finishedItems(3), .figureIsElapsed(since: 0)]),
            ("map handed back c (0.2 s)", [.finishedItems(3), .figureIsElapsed(since: 0)]),
            ("each submit woke an idle worker from part 1: all three wait for the GIL",
             [.liveWorkers(3), .queuedItems(3), .lanes(.wantsGIL, 3)]),
            ("as_completed yielded b (0.1 s)", [.finishedItems(4), .figureIsElapsed(since: 0.3)]),
            ("as_completed yielded c (0.2 s)", [.finishedItems(5), .figureIsElapsed(since: 0.3)]),
            ("as_completed yielded a (0.3 s)", [.finishedItems(6), .figureIsElapsed(since: 0.3)]),
        ],
        "03_gil_cpu_threads.py": [
            ("one after another on the main thread", [.liveWorkers(0), .figureIsElapsed(since: 0)]),
            ("four workers, one GIL: one thread holds it at a time, the others wait their turn",
             [.liveWorkers(4), .gilHolders(1), .lanes(.wantsGIL, 4)]),
            ("on four threads", [.finishedItems(4), .figureRatio(toNote: 0, 1)]),
        ],
        "04_process_pool.py": [
            ("the four worker processes started up side by side; each call is pickled",
             [.submittedItems(4), .workerProcessLanes(4), .lanesWere(.starting, 4), .lanes(.starting, 0)]),
            ("all four results are back", [.finishedItems(4), .figureIsElapsed(since: 0)]),
            ("with start-up and shutdown", [.workerProcessLanes(4), .lanes(.done, 5)]),
        ],
        "05_io_threads.py": [
            ("one after another", [.liveWorkers(0), .figureIsElapsed(since: 0)]),
            ("five threads block on their reads at the same time", [.liveWorkers(5), .lanes(.io, 5)]),
            ("on five threads", [.finishedItems(5), .figureRatio(toNote: 0, 0.2)]),
        ],
        "06_pooling.py": [
            ("pool: 3 thread start-ups for 9 tasks", [.finishedItems(9), .threads(4), .liveWorkers(0)]),
            ("nine threads, one per task: each ran once the main thread had paid 0.2 ms",
             [.threads(13), .liveWorkers(0)]),
            ("thread per task: 9 start-ups for 9 tasks", [.threads(13), .figureRatio(toNote: 0, 1.5)]),
        ],
        "07_event_loop.py": [
            ("three callbacks wait in the ready queue, five timers in the heap", [.ready(3), .timers(5)]),
            ("the last timer resolved the future, which woke main()",
             [.timers(0), .ready(0), .coroutine("main", "running")]),
        ],
        "08_coroutine_state_machine.py": [
            ("pipeline() was called, but that only created a coroutine", [.coroutine("pipeline", "created")]),
            ("pipeline runs in main's task; nothing else is ready",
             [.coroutine("pipeline", "running"), .tasks(1), .ready(0), .timers(0)]),
            ("the coroutine is done", [.coroutine("pipeline", "gone"), .coroutine("main", "running")]),
        ],
        "09_sequential_vs_tasks.py": [
            ("main() is the only task", [.tasks(1)]),
            ("three tasks are now in the ready queue; none has started",
             [.readyTasks(3), .tasks(4), .coroutine("job", "created,created,created")]),
            ("the sleeps overlapped", [.tasksDone(3), .clock(0.9)]),
        ],
        "10_future_and_callbacks.py": [
            ("the future is pending with two callbacks", [.pendingCallbacks(2), .timers(1)]),
            ("the future is done and callbacks A and B have run", [.pendingCallbacks(0), .ready(0), .timers(0)]),
        ],
        "11_gather_and_errors.py": [
            ("gather raised b's error, but c and d are still running",
             [.tasksEnded("finished exception", 1), .tasksPending(3)]),
            ("c and d ended while main() slept", [.tasksEnded("finished exception", 2), .tasksPending(1)]),
        ],
        "12_timeouts_and_cancellation.py": [
            ("nothing runs yet: wait_for will run q1", [.tasks(1), .timers(0)]),
            ("the worker sleeps; cancel() only asks", [.tasksPending(2), .timers(1)]),
        ],
        "13_producer_consumer.py": [
            ("all items are queued; join() waits", [.queueItems(2)]),
            ("the consumers are idle inside queue.get()", [.queueItems(0), .waiters("Queue", 2)]),
        ],
        "14_blocking_the_loop.py": [
            ("the ticker armed its 0.1 s timer; time.sleep will block", [.timers(1), .tasksPending(2)]),
            ("the ticker armed its timer; to_thread sleeps in a worker thread", [.timers(1), .tasksPending(2)]),
        ],
        "15_semaphore_rate_limit.py": [
            ("eight tasks wait in the ready queue", [.readyTasks(8), .waiters("Semaphore", 0)]),
            ("requests 3..7 are parked in the semaphore's waiter queue", [.waiters("Semaphore", 5)]),
            ("every request finished, never more than three at a time", [.tasksDone(8)]),
        ],
        "16_taskgroup.py": [
            ("the body of the group ends here; now it waits for its four children", [.tasks(8), .tasksPending(5)]),
            ("b's error made the group cancel a and d; c failed in the same instant as b",
             [.tasksEnded("cancelled", 2), .tasksEnded("finished exception", 2)]),
        ],
        "17_deadlock.py": [
            ("alice and bob are ready", [.readyTasks(2), .tasks(3)]),
            ("alice and bob await each other's future: no task is ready, no timer is left",
             [.ready(0), .timers(0), .tasksPending(3)]),
        ],
        "18_lock_contention.py": [
            ("four threads want the same lock: one holds it, the others block on it",
             [.liveWorkers(4), .lanes(.lock, 3)]),
            ("20 increments of 10 ms each took", [.liveWorkers(0), .figureIsElapsed(since: 0)]),
        ],
        "19_lost_update.py": [
            ("both depositors started; 2 of 2 have finished their three deposits, counter so far 6",
             [.liveWorkers(0), .lanes(.done, 2)]),
            ("the counter is 6 in this schedule (6: no update lost)", [.threads(3), .liveWorkers(0)]),
        ],
        "20_lock_order.py": [
            ("both transfers started; 4 of 4 steps done so far", [.liveWorkers(0), .lanes(.done, 2)]),
            ("no deadlock in this schedule", [.threads(3), .liveWorkers(0)]),
        ],
        "21_late_worker.py": [
            ("the worker is fetching config (a 0.1 s sleep stands for the network)", [.submittedItems(1), .lanes(.sleeping, 1)]),
            ("main read config after the worker's fetch; fetches: 1", [.finishedItems(1), .lanes(.sleeping, 0)]),
        ],
    ]

    @Test(arguments: TourTests.tour.map(\.path))
    func everyNoteIsTrueOfTheScreenItStopsOn(_ path: String) throws {
        let name = String(path.split(separator: "/").last!)
        let table = try #require(Self.facts[name], "\(name) has no entry in the table of note facts")
        let store = try TourTests.events(path).store
        let timeline = Timeline(store: store)
        var snapshot = Snapshot()
        var notes: [String] = []
        for i in 0..<store.count {
            Reducer.apply(store[i], to: &snapshot)
            guard store.kind(at: i) == .note else { continue }
            notes.append(store[i].text)
            guard notes.count <= table.count else { continue }
            let entry = table[notes.count - 1]
            #expect(store[i].text.hasPrefix(entry.note),
                    "\(name) note \(notes.count - 1) at event \(i): \(store[i].text)")
            #expect(!entry.facts.isEmpty, "\(name) note \(notes.count - 1) states nothing the screen can confirm")
            for fact in entry.facts {
                let context = NoteContext(notes: notes, timeline: timeline, position: i + 1)
                if let broken = fact.broken(on: snapshot, context) {
                    Issue.record("\(name) note \(notes.count - 1) at event \(i) (\(store[i].text)): \(broken)")
                }
            }
        }
        #expect(notes.count == table.count, "\(name) shows \(notes.count) notes, the table checks \(table.count)")
    }
}
