import Testing
@testable import Runtime

/// The machine's timing rules, checked by when runs end under different
/// machine models: the GIL serialises CPU work, cores bound parallelism,
/// blocking calls overlap, a waiter gets the GIL one switch interval after
/// it asks, and worker processes pay their start-up cost.
@Suite struct MachineModelTests {
    static func run(_ text: String, _ configure: (inout MachineModel) -> Void = { _ in }) -> (end: Double, stdout: String, events: [RuntimeEvent]) {
        var model = MachineModel()
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

    @Test func theGILSerialisesCPUBoundThreads() {
        #expect(abs(Self.run(Self.fourCPUThreads).end - 0.4) < 1e-9)
    }

    @Test func withoutTheGILThreadsRunInParallelUpToTheCores() {
        #expect(abs(Self.run(Self.fourCPUThreads) { $0.gil = false }.end - 0.1) < 1e-9)
        #expect(abs(Self.run(Self.fourCPUThreads) { $0.gil = false; $0.cpus = 2 }.end - 0.2) < 1e-9)
    }

    @Test func blockingCallsOverlap() {
        let io = Self.fourCPUThreads.replacingOccurrences(of: "import cpu", with: "import io").replacingOccurrences(of: "target=cpu", with: "target=io")
        #expect(abs(Self.run(io).end - 0.1) < 1e-9)
        let sleep = "import threading, time\nts = [threading.Thread(target=time.sleep, args=(0.25,)) for _ in range(3)]\nfor t in ts:\n    t.start()\nfor t in ts:\n    t.join()\n"
        #expect(abs(Self.run(sleep).end - 0.25) < 1e-9)
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

    @Test func processPoolsPayStartUpAndRunInParallel() {
        let text = """
        from concurrent.futures import ProcessPoolExecutor
        from sim import cpu
        def work(x):
            cpu(0.1)
            return x
        if __name__ == "__main__":
            with ProcessPoolExecutor(max_workers=4) as ex:
                print(list(ex.map(work, range(4))))
        """
        let run = Self.run(text) { $0.cpus = 8 }
        #expect(run.stdout == "[0, 1, 2, 3]\n")
        #expect(run.end > 0.15 && run.end < 0.16)
        #expect(run.events.filter { $0.kind == .processStart }.map(\.text) == ["ForkProcess-1", "ForkProcess-2", "ForkProcess-3", "ForkProcess-4"])
        let slow = Self.run(text) { $0.cpus = 8; $0.processStart = 0.5 }
        #expect(slow.end > 0.6 && slow.end < 0.61)
    }

    @Test func configureSetsWhatNoFlagFixed() {
        let text = "import sim, threading\nsim.configure(cpus=1, gil=False)\n" + Self.fourCPUThreads.split(separator: "\n").dropFirst().joined(separator: "\n") + "\n"
        #expect(abs(Self.run(text).end - 0.4) < 1e-9)
        #expect(abs(Self.run(text) { $0.cpus = 4; $0.fixed = ["cpus"] }.end - 0.1) < 1e-9)
    }
}
