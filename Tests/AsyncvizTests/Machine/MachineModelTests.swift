import Testing
@testable import Runtime

/// The machine's timing rules, checked by when runs end under different
/// machine models: the GIL serialises CPU work, cores bound parallelism,
/// blocking calls overlap, a waiter gets the GIL one switch interval after
/// it asks, and worker processes pay their start-up cost. The rules are checked with `sim.cpu` alone: the
/// scenario's lines cost nothing here unless a test says so (`LineCostConformanceTests` checks line costs).
@Suite struct MachineModelTests {
    static func run(_ text: String, _ configure: (inout MachineModel) -> Void = { _ in }) -> (end: Double, stdout: String, events: [RuntimeEvent]) {
        var model = MachineModel()
        model.lineCost = 0
        configure(&model)
        let sink = EventCollector()
        var out = ""
        let status = Interpreter.run(SourceFile(path: "machine.py", text: text), options: RunOptions(machine: model), sink: sink) { stream, s in
            if stream == .stdout { out += s } else { out += "stderr: " + s }
        }
        #expect(status == 0, "\(out)")
        return (sink.events.last!.time, out, sink.events)
    }

    static let fourCPUThreads = """
    import threading
    from sim import cpu
    ts = [threading.Thread(target=cpu, args=(0.1,)) for _ in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    """

    /// Ten items of `work` on a pool of five (threads or processes).
    static func pool(_ executor: String, _ work: String) -> String {
        """
        from concurrent.futures import \(executor)
        from sim import cpu, io
        def work(x):
            \(work)
            return x
        if __name__ == "__main__":
            with \(executor)(max_workers=5) as ex:
                print(list(ex.map(work, range(10))))
        """
    }

    @Test func theGILSerialisesCPUBoundThreads() {
        let run = Self.run(Self.pool("ThreadPoolExecutor", "cpu(0.1)"))
        #expect(run.stdout == "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]\n")
        #expect(run.end >= 1.0 - 1e-9 && run.end < 1.01)
        #expect(abs(Self.run(Self.fourCPUThreads).end - 0.4) < 1e-9)
    }

    @Test func withoutTheGILThreadsRunInParallelUpToTheCores() {
        let run = Self.run(Self.pool("ThreadPoolExecutor", "cpu(0.1)")) { $0.gil = false; $0.cpus = 5 }
        #expect(run.end >= 0.2 - 1e-9 && run.end < 0.21)
        #expect(abs(Self.run(Self.fourCPUThreads) { $0.gil = false }.end - 0.1) < 1e-9)
        #expect(abs(Self.run(Self.fourCPUThreads) { $0.gil = false; $0.cpus = 2 }.end - 0.2) < 1e-9)
    }

    @Test func blockingCallsOverlap() {
        #expect(abs(Self.run(Self.pool("ThreadPoolExecutor", "io(0.1)")).end - 0.2) < 1e-9)
        let sleep = "import threading, time\nts = [threading.Thread(target=time.sleep, args=(0.25,)) for _ in range(3)]\nfor t in ts:\n    t.start()\nfor t in ts:\n    t.join()\n"
        #expect(abs(Self.run(sleep).end - 0.25) < 1e-9)
    }

    /// Two CPU-bound threads hand the GIL to each other every switch interval.
    @Test func cpuBoundThreadsSwitchEverySwitchInterval() {
        let text = "import threading\nfrom sim import cpu\na = threading.Thread(target=cpu, args=(0.1,))\nb = threading.Thread(target=cpu, args=(0.1,))\na.start()\nb.start()\na.join()\nb.join()\n"
        let drops = Self.run(text).events.filter { $0.kind == .gilDrop && $0.text != "blocked" }.map(\.time)
        #expect(drops.count >= 30)
        let gaps = zip(drops.dropFirst(), drops).map { $0 - $1 }
        #expect(gaps.allSatisfy { abs($0 - 0.005) < 1e-9 })
    }

    /// A thread that asks for the GIL while another computes gets it after one switch interval.
    @Test func aWaiterGetsTheGILAfterTheSwitchInterval() {
        let text = """
        import threading, time
        from sim import cpu
        def late():
            time.sleep(0.01)
            print(f"{time.perf_counter():.4f}")
        t = threading.Thread(target=late)
        t.start()
        cpu(0.1)
        t.join()
        """
        #expect(Self.run(text).stdout == "0.0150\n")
        #expect(Self.run(text) { $0.switchInterval = 0.02 }.stdout == "0.0300\n")
    }

    @Test func theSwitchesAreEvents() {
        let events = Self.run(Self.fourCPUThreads).events
        let drops = events.filter { $0.kind == .gilDrop && $0.text == "switch-interval" }
        #expect(drops.count > 10)
        #expect(events.filter { $0.kind == .threadStart }.map(\.text) == ["Thread-1 (cpu)", "Thread-2 (cpu)", "Thread-3 (cpu)", "Thread-4 (cpu)"])
    }

    /// On enough cores a pool of five processes runs ten 0.1 s items in two rounds, after start-up and pickling.
    @Test func processPoolsPayStartUpAndRunInParallel() {
        let text = Self.pool("ProcessPoolExecutor", "cpu(0.1)")
        let run = Self.run(text) { $0.cpus = 8 }
        #expect(run.stdout == "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]\n")
        #expect(run.end > 0.25 && run.end < 0.26)
        #expect(run.events.filter { $0.kind == .processStart }.map(\.text) == (1...5).map { "ForkProcess-\($0)" })
        #expect(run.events.contains { $0.kind == .pickle && $0.index > 0 })
        let slow = Self.run(text) { $0.cpus = 8; $0.processStart = 0.5 }
        #expect(slow.end > 0.7 && slow.end < 0.71)
        let pricey = Self.run(text) { $0.cpus = 8; $0.pickleCost = 0.01 }
        #expect(pricey.end > run.end + 0.001)
    }

    @Test func configureSetsWhatNoFlagFixed() {
        let text = "import sim, threading\nsim.configure(cpus=1, gil=False)\n" + Self.fourCPUThreads.split(separator: "\n").dropFirst().joined(separator: "\n") + "\n"
        #expect(abs(Self.run(text).end - 0.4) < 1e-9)
        #expect(abs(Self.run(text) { $0.cpus = 4; $0.fixed = ["cpus"] }.end - 0.1) < 1e-9)
    }

    @Test func threadAndProcessLimitsStopTheRunWithTheirFlag() {
        func stop(_ text: String, _ limits: Limits) -> (Int32, String) {
            var err = ""
            let status = Interpreter.run(SourceFile(path: "limits.py", text: text), options: RunOptions(limits: limits)) { stream, s in
                if stream == .stderr { err += s }
            }
            return (status, err)
        }
        let threads = stop("import threading, time\nwhile True:\n    threading.Thread(target=time.sleep, args=(10,)).start()\n", Limits(maxThreads: 50))
        #expect(threads == (1, "stopped: the scenario started more than 50 threads (raise the limit with --max-threads)\n"))
        let processes = stop(Self.pool("ProcessPoolExecutor", "cpu(0.1)"), Limits(maxProcesses: 3))
        #expect(processes == (1, "stopped: the scenario started more than 3 processes (raise the limit with --max-processes)\n"))
    }

    /// Bytecode cost is paid before sleeps only, so a start/join or a lock hand-over cannot miss its wake-up.
    @Test func instructionCostDoesNotLoseWakeUps() {
        let text = "import threading, time\nlock = threading.Lock()\ndef worker():\n    with lock:\n        print('worker')\nlock.acquire()\nt = threading.Thread(target=worker)\nt.start()\ntime.sleep(0.01)\nlock.release()\nt.join()\nprint('done')\n"
        let run = Self.run(text) { $0.instructionCost = 0.0001 }
        #expect(run.stdout == "worker\ndone\n")
        #expect(run.end > 0.01)
    }

    static let pureLoops = """
    import time
    from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor
    def count_down(n):
        while n > 0:
            n -= 1
    def timed(run):
        start = time.perf_counter()
        run()
        return time.perf_counter() - start
    def pooled(kind):
        with kind(max_workers=4) as pool:
            list(pool.map(count_down, [20000] * 4))
    sequential = timed(lambda: [count_down(20000) for _ in range(4)])
    threads = timed(lambda: pooled(ThreadPoolExecutor))
    processes = timed(lambda: pooled(ProcessPoolExecutor))
    if sequential == 0:
        print("no time")
    else:
        print(sequential > 0.01, 0.9 < threads / sequential < 1.2, processes < sequential / 2)
    """

    /// With a cost per instruction, pure-Python loops take virtual time as they run: four threads take as long
    /// as one after another (the GIL), four processes a quarter of it plus their start-up; a computing thread
    /// is asked to drop the GIL every switch interval.
    @Test func bytecodeCostsTimeAsItRuns() {
        let run = Self.run(Self.pureLoops) {
            $0.instructionCost = 1e-6
            $0.processStart = 0.001
        }
        #expect(run.stdout == "True True True\n")
        #expect(run.events.contains { $0.kind == .gilDrop && $0.text == "switch-interval" })
        let free = Self.run(Self.pureLoops)
        #expect(free.stdout == "no time\n")
    }

    /// Sets of futures (any objects hashed by identity) iterate the same way in every process.
    @Test func identityHashingIsTheSameInEveryProcess() throws {
        let outputs = try (0..<3).map { _ in try Runner.run(Repository.binary.path, ["exec", "Tests/Programs/determinism/wait_set_order.py"]).stdout }
        #expect(Set(outputs).count == 1 && !outputs[0].isEmpty)
    }
}
