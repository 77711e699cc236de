import Testing
@testable import Runtime

/// What the tour's `04` and `06` rest on: a worker process's start-up and pickling are lane states apart from
/// computing, and starting a thread costs its starter `thread_start` seconds (nothing unless configured).
@Suite struct StartUpCostTests {
    static let nineThreads = """
    import threading
    import time
    import sim
    sim.configure(thread_start=THREAD_START)

    def task():
        sim.cpu(0.001)

    t0 = time.perf_counter()
    threads = [threading.Thread(target=task) for _ in range(9)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"{time.perf_counter() - t0:.4f}")
    """

    static func elapsed(threadStart: String, flag: Double? = nil) -> String {
        MachineModelTests.run(nineThreads.replacingOccurrences(of: "THREAD_START", with: threadStart)) { model in
            if let flag {
                model.threadStart = flag
                model.fixed.insert("thread_start")
            }
        }.stdout
    }

    /// Nine 1 ms tasks on nine threads: 9 ms of GIL-bound work, plus 0.5 ms per start when starting costs it.
    @Test func startingAThreadCostsItsStarterTheConfiguredTime() {
        #expect(Self.elapsed(threadStart: "0") == "0.0090\n")
        #expect(Self.elapsed(threadStart: "0.0005") == "0.0135\n")
        #expect(Self.elapsed(threadStart: "0.0005", flag: 0) == "0.0090\n", "a flag wins over sim.configure")
    }

    /// The starter computes the start-up while it holds the GIL: its lane runs, the new thread's lane begins after.
    @Test func theStarterComputesBeforeTheThreadExists() {
        let run = MachineModelTests.run(Self.nineThreads.replacingOccurrences(of: "THREAD_START", with: "0.01"))
        let firstStart = run.events.first { $0.kind == .threadStart }
        #expect(firstStart?.time == 0.01)
    }

    /// Worker processes report `starting` while they pay `process_start`, and `pickling` while calls cross,
    /// holding their GIL as any computing thread does.
    @Test func workerProcessesStartAndPickleInStatesOfTheirOwn() {
        let text = """
        from concurrent.futures import ProcessPoolExecutor
        import sim

        def work(n):
            sim.cpu(0.01)
            return list(range(n))

        if __name__ == "__main__":
            with ProcessPoolExecutor(max_workers=2) as pool:
                print(len(list(pool.map(work, [2000, 3000]))))
        """
        let run = MachineModelTests.run(text) { $0.pickleCost = 0.01 }
        #expect(run.stdout == "2\n")
        let states = run.events.filter { $0.kind == .threadState }
        let processes = Set(run.events.filter { $0.kind == .processStart }.map(\.subject))
        let workerLanes = Set(run.events.filter { $0.kind == .threadStart && processes.contains($0.other) }
            .map(\.subject))
        #expect(workerLanes.count == 2)
        #expect(Set(states.filter { $0.text == "starting" }.map(\.subject)) == workerLanes)
        #expect(states.contains { $0.text == "pickling" })
        var snapshot = Snapshot()
        for e in run.events {
            Reducer.apply(e, to: &snapshot)
            for lane in snapshot.lanes where lane.state == .starting || lane.state == .pickling {
                #expect(lane.holdsGIL, "\(lane.name) is \(lane.state.rawValue) without its process's GIL")
            }
        }
    }
}
