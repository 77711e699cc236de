/// How a blocking call (a lock, a sleep, `sim.cpu`, an event loop's
/// selector) waits on the machine: a thread at the top of its own fiber
/// suspends it and the machine resumes it later; the main thread, and any
/// thread blocking inside code a native function called, runs the machine
/// from where it is until it may go on.
extension VM {
    /// The running thread starts a wait with `start`; returns the call's result. `payingDebt` first computes what the
    /// thread's bytecode cost (`computingDebt`): only for waits with no condition to re-check (a sleep, I/O), as
    /// the world may change while the thread computes (other waits call `payLineDebt` before they check).
    /// `suspending: false` is for waits inside native code that goes on afterwards (an event loop's selector):
    /// they never suspend the fiber, they run the machine from where they are.
    func blockThread(suspending: Bool = true, payingDebt: Bool = false, _ start: @escaping (SimThread) -> Void) throws -> Value {
        let t = machine.current
        let debt = payingDebt ? machine.computingDebt(t) : 0
        if debt > 0 {
            machine.compute(t, debt)
            t.retry = {
                t.retry = nil
                start(t)
                return t.phase == .running ? .none : nil
            }
        } else {
            start(t)
            if t.phase == .running { return .none }
        }
        return try waitForMachine(suspending: suspending)
    }

    /// The result of the running thread's wait (a placeholder when the fiber suspends instead).
    private func waitForMachine(suspending: Bool = true) throws -> Value {
        let t = machine.current
        if suspending && t !== machine.main && runDepth == t.outermostDepth && nativeDepth == suspendableDepth && fiber === t.fiber {
            fiber.suspended = true
            return .none
        }
        try machine.runUntilResumed(t)
        let result = t.result
        t.result = .none
        return result
    }

    /// `time.sleep` and `sim.io`: the thread waits without the GIL.
    func sleepThread(_ seconds: Double, io: Bool) throws {
        _ = try blockThread(payingDebt: true) { [unowned(unsafe) self] t in
            let length = self.machine.jittered(seconds, t, doing: io ? "I/O" : "sleep")
            self.machine.block(t, io ? .io : .sleep, deadline: self.clock + length)
        }
    }

    /// Between two instructions, the running thread computes for what its bytecode cost since it last paid
    /// (`computingDebt`), holding the GIL and its core, so other threads wait for them as in CPython.
    /// Returns true when its fiber suspended (the dispatch loop returns; the instruction runs on resumption).
    func payForBytecode() throws -> Bool {
        let t = machine.current
        let debt = machine.computingDebt(t)
        guard debt > 0 else { return false }
        machine.compute(t, debt)
        if t !== machine.main && runDepth == t.outermostDepth && nativeDepth == 0 && fiber === t.fiber {
            t.preempted = true
            fiber.suspended = true
            return true
        }
        try machine.runUntilResumed(t)
        t.result = .none
        return false
    }

    /// A point where CPython 3.11 may switch threads (a call, a backward jump): when the run explores, the
    /// running thread may stop here for another. Returns true when its fiber suspended (the dispatch loop
    /// returns; it goes on from the saved instruction when resumed).
    func preemptionPoint() throws -> Bool {
        let t = machine.current
        let flat = t !== machine.main && runDepth == t.outermostDepth && nativeDepth == 0 && fiber === t.fiber
        guard flat || (t === machine.main && !t.inStack) else { return false }
        guard let next = machine.preemption(of: t, flat: flat) else { return false }
        if flat {
            t.preempted = true
            fiber.suspended = true
            return true
        }
        try machine.runUntilResumed(t, runningFirst: next)
        t.result = .none
        return false
    }

    /// A clock as the running thread reads it (`time.time()`, `perf_counter()`, `thread_time()`): `read` runs
    /// after the thread has paid for the bytecode it ran, so a loop's cost shows in the time read right after it.
    /// `read` gets the reading thread (when it reads on resumption, the machine's current thread is another).
    func readClock(_ read: @escaping (VM, SimThread) -> Value) throws -> Value {
        let t = machine.current
        let debt = machine.computingDebt(t)
        guard debt > 0 else { return read(self, t) }
        machine.compute(t, debt)
        t.retry = { [unowned(unsafe) self] in
            t.retry = nil
            return read(self, t)
        }
        return try waitForMachine()
    }

    /// `sim.cpu`: the thread computes, holding the GIL and a core.
    func computeThread(_ seconds: Double, as activity: SimThread.Activity = .computing) throws {
        _ = try compute(seconds, thenReturn: .none, as: activity)
    }

    /// Computes for `seconds` (`activity` names the work on its lane), then the native call that asked returns
    /// `value`.
    /// The thread first pays for its bytecode, as a computation of its own (as the harness adds it to the clock).
    func compute(_ seconds: Double, thenReturn value: Value,
                 as activity: SimThread.Activity = .computing) throws -> Value {
        let t = machine.current
        let debt = machine.computingDebt(t)
        if debt > 0 {
            machine.compute(t, debt)
            if seconds > 0 {
                t.retry = { [unowned(unsafe) self] in
                    t.retry = nil
                    self.machine.compute(t, seconds, as: activity)
                    return nil
                }
            }
        } else if seconds > 0 {
            machine.compute(t, seconds, as: activity)
        } else {
            return value
        }
        t.result = value
        _ = try waitForMachine()
        return value
    }

    /// The running thread pays for its bytecode (`computingDebt`) where it stands, inside a native call that goes
    /// on afterwards: before it reads a clock or checks whether it must wait (a lock, a join, an event loop's
    /// iteration), so the harness, which pays at the same points, reads the same times.
    func payLineDebt() throws {
        let t = machine.current
        let debt = machine.computingDebt(t)
        guard debt > 0 else { return }
        machine.compute(t, debt)
        try machine.runUntilResumed(t)
        t.result = .none
    }

    /// An event loop with nothing ready waits until `deadline` (nil: no timer) or until a thread hands it work.
    func waitInSelector(_ loop: EventLoop, deadline: Double?) throws {
        _ = try blockThread(suspending: false) { [unowned(unsafe) self] t in
            self.machine.block(t, .select(loop), deadline: deadline)
        }
    }

    /// `threading.excepthook`: an exception that ended a thread, reported on stderr.
    func threadFailed(_ t: SimThread, _ exc: PyException) {
        if exc.type.isSubtype(of: ExceptionTypes.systemExit) { return }
        write(.stderr, "Exception in thread \(t.name):\n" + Traceback.render(exc, source: source))
    }

    /// Interpreter shutdown: `threading._shutdown` waits for the non-daemon threads (and stops idle pools).
    func shutdownThreads() throws {
        guard machine.threaded, let threading = modules["threading"], let shutdown = threading.attribute("_shutdown") else { return }
        _ = try call(shutdown, [])
    }
}
