/// The simulated computer: one virtual clock, `cpus` cores, a GIL per
/// process, and the threads. A discrete-event loop: threads that hold what
/// they need run at the current instant in the order they became able to
/// (bytecode costs no time unless `instructionCost` says so); when none can,
/// the clock jumps to the next happening on the agenda. See docs/MACHINE.md.
final class Machine {
    unowned(unsafe) let vm: VM
    var model: MachineModel {
        didSet { vm.lineQuantum = model.lineQuantum }
    }
    private(set) var threads: [SimThread] = []
    private(set) var processes: [SimProcess] = []
    let main: SimThread
    private(set) var current: SimThread
    /// Threads holding the GIL and a core, waiting for the machine to run their bytecode.
    var runnable: [SimThread] = []
    var agenda = Agenda()
    /// Threads whose Swift frames are live below the running one, innermost last (`runUntilResumed`).
    var stackWaiters: [SimThread] = []
    /// Set by `explore` and `--schedule`: where the run may go several ways, it asks.
    var chooser: ScheduleChooser?
    /// A preempted thread hands its GIL to this waiter, whatever the chooser would say.
    var handingTo: SimThread?
    /// Free cores by number, lowest first: a thread that gets a core takes the lowest free one.
    private var freeCores: [Int]
    /// Threads holding their process's GIL, waiting for a free core.
    var coreWaiters: [SimThread] = []
    /// A second thread has existed: from then on GIL hand-overs are events worth reporting.
    private(set) var threaded = false
    /// `VM.instructionsExecuted` when the running thread was switched in.
    private var switchMark = 0

    init(vm: VM, model: MachineModel, mainModule: PyModule) {
        self.vm = vm
        self.model = model
        vm.lineQuantum = model.lineQuantum
        let process = SimProcess(pid: 0, name: "MainProcess", eventId: 0, mainModule: mainModule)
        main = SimThread(number: 0, eventId: 0, name: "MainThread", process: process, fiber: vm.fiber)
        main.phase = .running
        main.laneState = "running"
        main.core = 0
        process.gilHolder = main
        process.liveThreads = 1
        current = main
        freeCores = Array(1..<max(1, model.cpus))
        threads = [main]
        processes = [process]
    }

    /// After a change of `model.cpus` (before any second thread exists): the main thread holds one core.
    func resetCores() {
        freeCores = Array(1..<max(1, model.cpus))
    }

    /// Threads other than `t` that are not finished.
    func othersAlive(than t: SimThread) -> Bool {
        threads.contains { $0 !== t && $0.phase != .done }
    }

    // MARK: - Processes, threads starting and ending

    private var processCounter = 0

    /// A worker process whose `__main__` is `module`, named `name` or as its start method's context names
    /// them (`ForkProcess-N`, `SpawnProcess-N`).
    func spawnProcess(module: PyModule, name: String? = nil, method: String = "Fork") throws -> SimProcess {
        if processes.count > vm.limits.maxProcesses { throw RunStop.limit(.processes, vm.limits.maxProcesses) }
        processCounter += 1
        let label = name ?? "\(method)Process-\(processCounter)"
        let p = SimProcess(pid: processes.count, name: label, eventId: vm.nextId(), mainModule: module)
        processes.append(p)
        vm.emit(.processStart, p.eventId, index: p.pid, text: p.name)
        return p
    }

    /// A new thread of `process` whose fiber already holds its first frame; it competes for the GIL at once.
    func spawn(name: String, process: SimProcess, fiber: Fiber, object: Value, daemon: Bool) throws -> SimThread {
        if threads.count >= vm.limits.maxThreads { throw RunStop.limit(.threads, vm.limits.maxThreads) }
        if !threaded, let holder = processes[0].gilHolder, model.gil {
            // From the first second thread on, hand-overs are reported: say who holds the GIL now.
            vm.emit(.gilTake, holder.eventId, other: processes[0].eventId)
        }
        threaded = true
        let t = SimThread(number: threads.count, eventId: vm.nextId(), name: name, process: process, fiber: fiber)
        t.object = object
        t.daemon = daemon
        threads.append(t)
        process.liveThreads += 1
        vm.emit(.threadStart, t.eventId, other: process.eventId, index: t.number, text: name)
        chooser?.policy.threadStarted(t.number)
        requestGIL(t)
        return t
    }

    /// `t` ends: it gives up what it holds, and its joiners may go on.
    func exit(_ t: SimThread) {
        // The thread's new state comes before the hand-over, so no event shows two threads running.
        t.phase = .done
        t.wait = nil
        setState(t)
        releaseCPU(t, reason: "exit")
        t.process.liveThreads -= 1
        vm.emit(.threadExit, t.eventId)
        if t.process.liveThreads == 0 && t.process.pid != 0 { vm.emit(.processExit, t.process.eventId) }
        for j in t.joiners { makeReady(j) }
        t.joiners = []
    }

    // MARK: - Waiting

    /// `t` stops until `makeReady` or `deadline`: it gives up its core and the GIL.
    func block(_ t: SimThread, _ wait: SimThread.Wait, deadline: Double?) {
        t.token += 1
        t.wait = wait
        t.phase = .blocked
        t.timedOut = false
        setState(t)
        releaseCPU(t, reason: "blocked")
        if let deadline { agenda.schedule(.wake(t, token: t.token), at: Swift.max(deadline, vm.clock)) }
    }

    /// `t` computes for `seconds` of virtual time, keeping the GIL until a waiter's switch request.
    func compute(_ t: SimThread, _ seconds: Double, as activity: SimThread.Activity = .computing) {
        t.token += 1
        t.activity = activity
        t.wait = .cpu
        t.remaining = activity == .computing ? seconds : jittered(seconds, t, doing: activity.work)
        t.phase = .computing
        setState(t)
        startComputing(t)
    }

    /// A blocked thread may go on: it leaves its waiter list and competes for the GIL and a core.
    func makeReady(_ t: SimThread) {
        guard t.phase == .blocked else { return }
        t.unregister?()
        t.unregister = nil
        t.token += 1
        requestGIL(t)
    }

    // MARK: - The GIL and the cores

    func requestGIL(_ t: SimThread) {
        let p = t.process
        if model.gil, let holder = p.gilHolder, holder !== t {
            t.phase = .wantsGIL
            t.waitSince = vm.clock
            p.gilWaiters.append(t)
            if threaded { vm.emit(.gilRequest, t.eventId, other: p.eventId) }
            setState(t)
            scheduleDropRequest(p)
            return
        }
        if model.gil && p.gilHolder == nil { take(t) }
        requestCore(t)
    }

    private func take(_ t: SimThread) {
        let p = t.process
        p.gilHolder = t
        p.holderSince = vm.clock
        p.switchToken += 1
        if threaded { vm.emit(.gilTake, t.eventId, other: p.eventId) }
    }

    /// CPython's `take_gil`: a waiter that waited a whole switch interval sets `gil_drop_request`.
    private func scheduleDropRequest(_ p: SimProcess) {
        guard model.gil, let holder = p.gilHolder, holder.phase == .computing, let first = p.gilWaiters.first else { return }
        let at = Swift.max(p.holderSince, first.waitSince) + model.switchInterval
        agenda.schedule(.dropRequest(p, token: p.switchToken), at: Swift.max(at, vm.clock))
    }

    private func requestCore(_ t: SimThread) {
        if t.core == nil {
            guard !freeCores.isEmpty else {
                t.phase = .wantsCore
                coreWaiters.append(t)
                setState(t)
                return
            }
            t.core = freeCores.removeFirst()
        }
        proceed(t)
    }

    /// `t` holds what it needs: it goes on computing, or its bytecode is queued to run.
    private func proceed(_ t: SimThread) {
        if case .cpu? = t.wait, t.remaining > 0 {
            t.phase = .computing
            t.token += 1
            startComputing(t)
        } else {
            t.phase = .running
            t.wait = nil
            runnable.append(t)
        }
        setState(t)
    }

    private func startComputing(_ t: SimThread) {
        t.computeStart = vm.clock
        agenda.schedule(.computed(t, token: t.token), at: vm.clock + t.remaining)
        scheduleDropRequest(t.process)
    }

    /// Gives up the core (to the first thread waiting for one) and the GIL (to the first waiter).
    func releaseCPU(_ t: SimThread, reason: String) {
        if let core = t.core {
            t.core = nil
            if !coreWaiters.isEmpty {
                let w = coreWaiters.removeFirst()
                w.core = core
                proceed(w)
            } else {
                freeCores.append(core)
                freeCores.sort()
            }
        }
        let p = t.process
        if model.gil, p.gilHolder === t {
            p.gilHolder = nil
            p.switchToken += 1
            if threaded { vm.emit(.gilDrop, t.eventId, other: p.eventId, text: reason) }
            if !p.gilWaiters.isEmpty {
                let w = p.gilWaiters.remove(at: chooseWaiter(p.gilWaiters, kind: .gil, releasing: t))
                take(w)
                requestCore(w)
            }
        }
    }

    // MARK: - Time

    private func fire(_ h: Agenda.Happening) {
        switch h {
        case .wake(let t, let token):
            guard t.token == token, t.phase == .blocked else { return }
            t.timedOut = true
            makeReady(t)
        case .computed(let t, let token):
            guard t.token == token, t.phase == .computing else { return }
            t.cpuTime += vm.clock - t.computeStart
            t.remaining = 0
            t.wait = nil
            t.activity = .computing
            t.phase = .running
            runnable.append(t)
            setState(t)
        case .dropRequest(let p, let token):
            guard token == p.switchToken, let h = p.gilHolder, h.phase == .computing, !p.gilWaiters.isEmpty else { return }
            h.remaining = Swift.max(0, h.remaining - (vm.clock - h.computeStart))
            h.cpuTime += vm.clock - h.computeStart
            h.token += 1
            yieldState(h)
            releaseCPU(h, reason: "switch-interval")
            requestGIL(h)
        }
    }

    // MARK: - Running

    /// Runs other threads and moves the clock until `t`, blocked with its Swift frames live, may go on;
    /// `first` (a thread a preemption chose) runs before anything else.
    func runUntilResumed(_ t: SimThread, runningFirst first: SimThread? = nil) throws {
        let wasInStack = t.inStack
        t.inStack = true
        stackWaiters.append(t)
        defer {
            t.inStack = wasInStack
            stackWaiters.removeLast()
        }
        if let first, first !== t, !first.inStack, let i = runnable.firstIndex(where: { $0 === first }) {
            try runSlice(runnable.remove(at: i))
        }
        while true {
            if t.phase == .running, let i = runnable.firstIndex(where: { $0 === t }) {
                runnable.remove(at: i)
                if settle(t) {
                    if t.killed { throw ThreadKilled() }
                    return
                }
                continue
            }
            if let i = runnable.firstIndex(where: { !$0.inStack }) {
                try runSlice(runnable.remove(at: i))
                continue
            }
            let canRun = { (w: SimThread) in !w.inStack || w === t }
            if let i = runnable.firstIndex(where: { $0 !== t && ($0.process.gilWaiters.contains(where: canRun) || coreWaiters.contains(where: canRun)) }) {
                // A thread whose Swift frames lie below this wait cannot run until it ends: it gives up the GIL
                // and its core to whoever waits for them, and queues again.
                let deeper = runnable.remove(at: i)
                yieldState(deeper)
                releaseCPU(deeper, reason: "yield")
                requestGIL(deeper)
                continue
            }
            guard let (time, happening) = nextHappening() else { throw stuck(t) }
            try vm.setClock(time)
            try vm.checkRecording()
            fire(happening)
        }
    }

    /// A resumed thread's wait is over unless its retry blocks it again.
    private func settle(_ t: SimThread) -> Bool {
        guard let retry = t.retry else { return true }
        guard let value = retry() else { return false }
        t.retry = nil
        t.result = value
        return true
    }

    /// Runs a flat thread's fiber from where it stopped until it blocks again or ends.
    private func runSlice(_ t: SimThread) throws {
        guard settle(t) else { return }
        let previous = current, previousFiber = vm.fiber
        let previousDepths = (vm.nativeDepth, vm.suspendableDepth, vm.framesBelow)
        switchContext(to: t, fiber: t.fiber)
        (vm.nativeDepth, vm.suspendableDepth, vm.framesBelow) = (0, -1, 0)
        defer {
            switchContext(to: previous, fiber: previousFiber)
            (vm.nativeDepth, vm.suspendableDepth, vm.framesBelow) = previousDepths
        }
        t.outermostDepth = vm.runDepth + 1
        let fiber = t.fiber
        do {
            if t.preempted {
                t.preempted = false
            } else if t.started {
                fiber.stack[fiber.sp - 1] = t.result
            }
            t.started = true
            t.result = .none
            _ = try vm.run(stopDepth: 0)
        } catch let error as PyError {
            vm.threadFailed(t, error.exception)
            finish(t)
            return
        } catch is ThreadKilled {
            exit(t)
            return
        }
        if fiber.suspended {
            fiber.suspended = false
            return
        }
        finish(t)
    }

    /// `t`'s code has ended: it computes for the bytecode it has not paid for (as the harness pays when a thread
    /// ends), then exits.
    private func finish(_ t: SimThread) {
        let debt = computingDebt(t)
        guard debt > 0 else { return exit(t) }
        compute(t, debt)
        t.retry = { [unowned(unsafe) self] in
            t.retry = nil
            self.exit(t)
            return nil
        }
    }

    /// Makes `t` the running thread, on `fiber` (a thread may be in the middle of a task's or generator's fiber).
    private func switchContext(to t: SimThread, fiber: Fiber) {
        let executed = vm.instructionsExecuted
        current.instructions += executed - switchMark
        switchMark = executed
        current = t
        vm.fiber = fiber
    }

    /// Virtual time the bytecode `t` ran since it last paid costs: `lineCost` per line event (one product, as
    /// the harness computes it), plus `instructionCost` per instruction.
    func computingDebt(_ t: SimThread) -> Double {
        var debt = 0.0
        if t.unpaidLines > 0 {
            debt = Double(t.unpaidLines) * model.lineCost
            t.unpaidLines = 0
        }
        guard model.instructionCost > 0 else { return debt }
        let executed = vm.instructionsExecuted
        t.instructions += executed - switchMark
        switchMark = executed
        debt += Double(t.instructions - t.instructionsPaid) * model.instructionCost
        t.instructionsPaid = t.instructions
        return debt
    }

    /// Nothing can happen any more and `t` still waits: the loop's deadlock, or every thread's.
    private func stuck(_ t: SimThread) -> Error {
        if let deeper = runnable.first(where: { $0.inStack && $0 !== t }) {
            return RunStop.nestedWait("\(t.name) waits inside a call made by native code (map, sorted, a generator, a task step of a thread's own event loop) while \(deeper.name) must run first; asyncviz cannot interleave these (write the loop as a `for` statement)")
        }
        if case .select(let loop)? = t.wait { return Deadlock(loop: loop) }
        return MachineDeadlock(time: vm.clock, threads: threads.filter { $0.phase != .done }, source: vm.source)
    }

    /// A thread about to give up the GIL it holds is reported waiting for it first (or for a core, without a GIL).
    func yieldState(_ t: SimThread) {
        t.phase = model.gil ? .wantsGIL : .wantsCore
        setState(t)
    }

    private func setState(_ t: SimThread) {
        let s = t.stateName
        guard s != t.laneState else { return }
        t.laneState = s
        if vm.sink != nil { vm.emit(.threadState, t.eventId, other: line(of: t), index: t.core ?? -1, text: s) }
    }

    /// The scenario line `t` is at: its innermost frame outside asyncviz's library code (-1 when none).
    func line(of t: SimThread) -> Int {
        let fiber = t === current ? vm.fiber : t.fiber
        guard let frame = fiber.frames.last(where: { !LibraryCode.isLibrary($0.code) }) else { return -1 }
        return frame.code.line(at: max(0, frame.ip - 1))
    }
}
