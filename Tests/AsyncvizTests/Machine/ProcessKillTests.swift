import Testing
@testable import Runtime

/// A process stops at once when `terminate`, `kill` or `Pool.terminate` kills it, whatever it was doing, and its
/// lanes say so at that moment; a spawned process starts up ten times as slowly as a forked one.
@Suite struct ProcessKillTests {
    /// A child computing for ten seconds, terminated after one: it ends then, with its lane done and the core free.
    @Test func aComputingChildEndsWhenTerminated() {
        let run = MachineModelTests.run("""
        import multiprocessing as mp
        import time
        import sim

        def crunch():
            sim.cpu(10)

        if __name__ == "__main__":
            child = mp.Process(target=crunch)
            child.start()
            time.sleep(1)
            child.terminate()
            child.join()
            print(child.exitcode, child.is_alive(), time.monotonic())
        """)
        #expect(run.stdout == "-15 False 1.0\n")
        let processExit = run.events.first { $0.kind == .processExit }
        #expect(processExit?.time == 1.0)
        let lane = run.events.first { $0.kind == .threadStart && $0.text == "Process-1" }?.subject
        let last = run.events.last { $0.kind == .threadState && $0.subject == lane }
        #expect(last?.text == "done" && last?.time == 1.0)
        #expect(run.events.contains { $0.kind == .threadExit && $0.subject == lane && $0.time == 1.0 })
    }

    /// Leaving a `with Pool()` block kills a worker in the middle of its task: the task's work item ends, killed.
    @Test func poolTerminateClosesTheRunningWorkItem() {
        let run = MachineModelTests.run("""
        import multiprocessing as mp
        import time
        import sim

        def crunch(seconds):
            sim.cpu(seconds)

        if __name__ == "__main__":
            with mp.Pool(1) as pool:
                job = pool.apply_async(crunch, (5,))
                time.sleep(0.5)
            print(job.ready(), time.monotonic())
        """)
        #expect(run.stdout == "False 0.5\n")
        let ends = run.events.filter { $0.kind == .workitemEnd }
        #expect(ends.map(\.text) == ["killed"])
        #expect(ends.first?.time == 0.5)
    }

    /// Start-up as the lane shows it and the parent waits for it: `process_start` forked, ten times that spawned.
    @Test func spawningCostsTenForks() {
        let run = MachineModelTests.run("""
        import multiprocessing as mp
        import time

        def nothing():
            pass

        if __name__ == "__main__":
            for method in ("fork", "spawn", "forkserver"):
                started = time.monotonic()
                child = mp.get_context(method).Process(target=nothing)
                child.start()
                child.join()
                print(method, round(time.monotonic() - started, 3))
        """) { $0.processStart = 0.02 }
        #expect(run.stdout == "fork 0.02\nspawn 0.2\nforkserver 0.2\n")
    }
}
