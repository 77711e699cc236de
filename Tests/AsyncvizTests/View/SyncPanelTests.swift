import Testing
@testable import Runtime
@testable import Viz

/// The Futures & sync panel: each primitive's holder, value, items and waiters in order, pinned by
/// `frame --panel futures` goldens of a moment when every primitive has someone waiting.
@Suite struct SyncPanelTests {
    /// The Futures & sync panel, and the Threads and Coroutines panels naming the primitive each blocked
    /// thread or task waits on.
    static let cases: [(program: String, at: String, panel: String, size: String)] = [
        ("Tests/Programs/sync_panel/asyncio_sync.py", "0.1s", "futures", "100x24"),
        ("Tests/Programs/sync_panel/threads_sync.py", "0.1s", "futures", "100x16"),
        ("Tests/Programs/sync_panel/asyncio_sync.py", "0.1s", "futures", "60x12"),
        ("Tests/Programs/sync_panel/threads_sync.py", "0.1s", "threads", "90x14"),
        ("Tests/Programs/sync_panel/asyncio_sync.py", "0.1s", "coroutines", "110x16"),
        ("Tests/Programs/sync_panel/process_sync.py", "0.15s", "futures", "100x14"),
        ("Tests/Programs/sync_panel/process_sync.py", "0.15s", "threads", "100x10"),
    ]

    @Test(arguments: 0..<cases.count)
    func panelMatchesItsGolden(_ k: Int) throws {
        let c = Self.cases[k]
        let args = ["frame", c.program, "--at", c.at, "--panel", c.panel, "--size", c.size]
        let r = try Runner.run(Repository.binary.path, args)
        #expect(r.status == 0, "\(r.stderr)")
        let name = c.program.split(separator: "/").last!.dropLast(3) + "-at-\(c.at)-\(c.panel)-\(c.size).txt"
        let golden = try Repository.golden("Tests/Golden/frames/\(name)", r.stdout)
        #expect(golden.actual == golden.expected)
    }

    static func snapshot(_ program: String, at time: Double) throws -> Snapshot {
        let store = try TimelineTests.store(program)
        let timeline = Timeline(store: store)
        let position = (0..<store.count).first { store[$0].time > time } ?? store.count
        return timeline.snapshot(at: position)
    }

    /// The asyncio moment, read from the model: two permits taken and two waiting, two of three parties at
    /// the barrier, a full queue of three with the producer blocked, the lock held with one waiter.
    @Test func asyncioPrimitivesAtOneMoment() throws {
        let s = try Self.snapshot("Tests/Programs/sync_panel/asyncio_sync.py", at: 0.1)
        func info(_ type: String) throws -> Snapshot.SyncInfo { try #require(s.sync.values.first { $0.type == type }) }
        func names(_ ids: [Int]) -> [String] { ids.map { s.tasks[$0]?.name ?? "?" } }
        let semaphore = try info("asyncio.Semaphore")
        #expect(semaphore.value == 0 && semaphore.size == 2)
        #expect(names(semaphore.holders) == ["fetch-a", "fetch-b"])
        #expect(names(semaphore.waiters.map(\.actor)) == ["fetch-c", "fetch-d"])
        let barrier = try info("asyncio.Barrier")
        #expect(barrier.size == 3 && barrier.value == 2 && names(barrier.waiters.map(\.actor)) == ["alice", "bob"])
        let queue = try info("asyncio.Queue")
        #expect(queue.items == ["'job-1'", "'job-2'", "'job-3'"] && queue.size == 3)
        #expect(queue.waiters.map(\.putter) == [true] && names(queue.waiters.map(\.actor)) == ["producer"])
        let lock = try info("asyncio.Lock")
        #expect(names(lock.holders) == ["holder"] && names(lock.waiters.map(\.actor)) == ["waiter"])
        let event = try info("asyncio.Event")
        #expect(!event.isSet && names(event.waiters.map(\.actor)) == ["holder"])
        #expect(s.sync.count == 5, "the primitives' own inner locks and events are not shown")
    }

    /// The same for threads: waiters are threads, the queue's items are dict reprs.
    @Test func threadingPrimitivesAtOneMoment() throws {
        let s = try Self.snapshot("Tests/Programs/sync_panel/threads_sync.py", at: 0.1)
        func info(_ type: String) throws -> Snapshot.SyncInfo { try #require(s.sync.values.first { $0.type == type }) }
        func names(_ ids: [Int]) -> [String] { ids.map { id in s.lanes.first { $0.id == id }?.name ?? "?" } }
        let semaphore = try info("threading.Semaphore")
        #expect(semaphore.value == 0 && names(semaphore.holders) == ["permit-x"])
        #expect(names(semaphore.waiters.map(\.actor)) == ["permit-y"])
        let barrier = try info("threading.Barrier")
        #expect(barrier.value == 2 && names(barrier.waiters.map(\.actor)) == ["alice", "bob"])
        let queue = try info("queue.Queue")
        #expect(queue.items == ["{'job': 1}", "{'job': 2}"] && names(queue.waiters.map(\.actor)) == ["producer"])
        let lock = try info("threading.Lock")
        #expect(names(lock.holders) == ["hold-0"] && names(lock.waiters.map(\.actor)) == ["hold-1"])
        #expect(s.sync.count == 5)
    }

    /// A condition's waiters, a re-entrant lock's holder and waiter, a SimpleQueue's getter, and the items
    /// of priority and LIFO queues after each gave one (the smallest, the last put).
    @Test func moreThreadingPrimitivesAtOneMoment() throws {
        let s = try Self.snapshot("Tests/Programs/sync_panel/threads_more_sync.py", at: 0.05)
        func info(_ type: String) throws -> Snapshot.SyncInfo { try #require(s.sync.values.first { $0.type == type }) }
        func names(_ ids: [Int]) -> [String] { ids.map { id in s.lanes.first { $0.id == id }?.name ?? "?" } }
        #expect(names(try info("threading.Condition").waiters.map(\.actor)) == ["w0", "w1"])
        let rlock = try info("threading.RLock")
        #expect(names(rlock.holders) == ["first"] && names(rlock.waiters.map(\.actor)) == ["second"])
        let inbox = try info("queue.SimpleQueue")
        #expect(inbox.items.isEmpty && inbox.waiters.map(\.putter) == [false])
        #expect(names(inbox.waiters.map(\.actor)) == ["reader"])
        #expect(try info("queue.PriorityQueue").items == ["5", "3"])
        #expect(try info("queue.LifoQueue").items == ["5", "1"])
        #expect(s.sync.count == 5)
    }

    /// multiprocessing's primitives, shared by processes: each holder and waiter is a process's thread, named
    /// `process/thread` in the panel (a worker's main thread by its process); the primitives' inner threading
    /// locks and the condition's own lock are not shown.
    @Test func processPrimitivesAtOneMoment() throws {
        let s = try Self.snapshot("Tests/Programs/sync_panel/process_sync.py", at: 0.15)
        func info(_ type: String) throws -> Snapshot.SyncInfo { try #require(s.sync.values.first { $0.type == type }) }
        func names(_ ids: [Int]) -> [String] { ids.map { SyncRows.name($0, s, withProcess: true) } }
        let lock = try info("multiprocessing.Lock")
        #expect(names(lock.holders) == ["Process-1"] && names(lock.waiters.map(\.actor)) == ["Process-2"])
        #expect(names(try info("multiprocessing.RLock").holders) == ["Process-1"])
        let permits = try info("multiprocessing.BoundedSemaphore")
        #expect(permits.size == 2 && permits.value == 0)
        #expect(names(permits.holders) == ["MainProcess/MainThread", "Process-2"])
        #expect(names(permits.waiters.map(\.actor)) == ["Process-3"])
        let ready = try info("multiprocessing.Event")
        #expect(!ready.isSet && names(ready.waiters.map(\.actor)) == ["Process-1"])
        #expect(names(try info("multiprocessing.Condition").waiters.map(\.actor)) == ["Process-5"])
        let barrier = try info("multiprocessing.Barrier")
        #expect(barrier.size == 2 && barrier.value == 1 && names(barrier.waiters.map(\.actor)) == ["Process-4"])
        #expect(s.sync.count == 6)
    }

    /// A primitive made through a context (`get_context('spawn').Lock()`) is the scenario's, as one made directly.
    @Test func contextMadePrimitivesAreShown() throws {
        let program = """
        import multiprocessing

        if __name__ == "__main__":
            ctx = multiprocessing.get_context("spawn")
            lock = ctx.Lock()
            permits = ctx.Semaphore(3)
            jobs = ctx.Queue()
            with lock:
                jobs.put("job")

        """
        let store = EventStore()
        _ = Interpreter.run(SourceFile(path: "context_sync.py", text: program), sink: store) { _, _ in }
        let s = Timeline(store: store).snapshot(at: store.count)
        let types = s.sync.values.map(\.type).sorted()
        #expect(types == ["multiprocessing.Lock", "multiprocessing.Queue", "multiprocessing.Semaphore"])
    }

    /// Once the main process lets everyone go, nothing is held and nobody waits; the event stays set.
    @Test func processPrimitivesAtTheEnd() throws {
        let s = try Self.snapshot("Tests/Programs/sync_panel/process_sync.py", at: 10)
        #expect(s.sync.values.allSatisfy { $0.holders.isEmpty && $0.waiters.isEmpty })
        #expect(s.sync.values.first { $0.type == "multiprocessing.Event" }?.isSet == true)
        #expect(s.sync.values.first { $0.type == "multiprocessing.BoundedSemaphore" }?.value == 2)
    }

    /// A multiprocessing queue holds the items the main process put until the worker process takes them.
    @Test func aProcessQueueHoldsItsItemsUntilTheWorkerTakesThem() throws {
        let program = "Tests/Programs/sync_panel/process_queue_sync.py"
        func jobs(at time: Double) throws -> Snapshot.SyncInfo {
            let s = try Self.snapshot(program, at: time)
            return try #require(s.sync.values.first { $0.type == "multiprocessing.Queue" && $0.size == 3 })
        }
        #expect(try jobs(at: 0.1).items == ["{'id': 1}", "[2, 2]", "'three'"])
        #expect(try jobs(at: 0.5).items.isEmpty)
    }

    /// A scenario's subclass is drawn as the library class it extends; what its constructor makes inside
    /// (a user queue's own lock) is the scenario's too.
    @Test func aSubclassIsItsLibraryClass() {
        let text = """
        import asyncio

        class Jobs(asyncio.Queue):
            def __init__(self):
                super().__init__(2)
                self.guard = asyncio.Lock()

        async def main():
            jobs = Jobs()
            await jobs.put("a")

        asyncio.run(main())
        """
        let store = EventStore()
        _ = Interpreter.run(SourceFile(path: "jobs.py", text: text), sink: store) { _, _ in }
        var s = Snapshot()
        for i in 0..<store.count { Reducer.apply(store[i], to: &s) }
        let types = s.sync.keys.sorted().compactMap { s.sync[$0]?.type }
        #expect(types == ["asyncio.Queue", "asyncio.Lock"])
        #expect(s.sync.values.first { $0.type == "asyncio.Queue" }?.items == ["'a'"])
    }

    @Test func longListsEndWithHowManyMore() {
        let items = (1...9).map { "'item-\($0)'" }
        let line = SyncRows.listed("  items: ", items, width: 40)
        #expect(line == "  items: 'item-1', 'item-2' +7 more")
        #expect(SyncRows.listed("  items: ", items, width: 12) == "  items: +9 more")
        #expect(SyncRows.listed("  items: ", ["'a'"], width: 40) == "  items: 'a'")
    }
}
