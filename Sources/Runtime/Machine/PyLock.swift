/// `_thread.lock`: the one blocking primitive; threading's Condition, Event,
/// Semaphore, queues, futures and joins are library Python built on it, as in
/// CPython. A release wakes the first waiter, which must still win the lock
/// when it runs again: a thread that releases and re-acquires at once keeps it.
final class PyLock: PyNativeObject, CustomReprObject {
    static let type: PyType = {
        let t = PyType("lock", base: BuiltinTypes.object, module: "_thread")
        t.define("acquire") { vm, args, kw in
            try Arguments.check("acquire", Array(args.dropFirst()), kw, min: 0, max: 2, keywords: ["blocking", "timeout"])
            let blocking = Truth.isTrue(args.count > 1 ? args[1] : Arguments.keyword(kw, "blocking") ?? .bool(true))
            let timeoutValue = args.count > 2 ? args[2] : Arguments.keyword(kw, "timeout") ?? .int(-1)
            guard let timeout = Arithmetic.floatValue(timeoutValue) else {
                throw PyError.type("'\(TypeOf.name(timeoutValue))' object cannot be interpreted as an integer")
            }
            if !blocking && timeout != -1 { throw PyError.value("can't specify a timeout for a non-blocking call") }
            if timeout < 0 && timeout != -1 { throw PyError.value("timeout value must be positive") }
            return try lock(args).acquire(vm, blocking: blocking, timeout: timeout < 0 ? nil : timeout)
        }
        t.define("__enter__") { vm, args, _ in try lock(args).acquire(vm, blocking: true, timeout: nil) }
        t.define("release") { vm, args, _ in
            try lock(args).release(vm)
            return .none
        }
        t.define("__exit__") { vm, args, _ in
            try lock(args).release(vm)
            return .none
        }
        t.define("locked") { _, args, _ in .bool(lock(args).locked) }
        return t
    }()

    static func lock(_ args: [Value]) -> PyLock { args[0].object as! PyLock }

    var locked = false
    private var waiters: [SimThread] = []
    /// Its id in the run's events when the scenario made it (`threading.Lock()`), else -1: the locks library
    /// code makes for its own use are not reported.
    private var eventId = -1

    init() { super.init(type: PyLock.type) }

    /// A lock `threading.Lock()` makes: reported (`sync.create`) when a sink listens and the scenario asks.
    convenience init(reportedIn vm: VM) {
        self.init()
        guard vm.sink != nil, SyncReporting.nativeMadeByScenario(vm) else { return }
        eventId = vm.nextId()
        vm.emit(.syncCreate, eventId, text: "threading.Lock")
    }

    /// Reports `kind` about this lock for thread `t`, when it is reported at all.
    private func report(_ vm: VM, _ kind: RuntimeEvent.Kind, _ t: SimThread) {
        if eventId >= 0 { vm.emit(kind, eventId, index: t.eventId, text: "Lock") }
    }

    var pythonRepr: String { "<\(locked ? "locked" : "unlocked") _thread.lock object at \(Repr.address(self))>" }

    func acquire(_ vm: VM, blocking: Bool, timeout: Double?) throws -> Value {
        if !locked {
            locked = true
            report(vm, .lockAcquire, vm.machine.current)
            return .bool(true)
        }
        if !blocking || timeout == 0 { return .bool(false) }
        try vm.payLineDebt()
        if !locked {
            locked = true
            report(vm, .lockAcquire, vm.machine.current)
            return .bool(true)
        }
        let t = vm.machine.current
        report(vm, .lockWait, t)
        let reason = t.nextReason ?? "lock"
        t.nextReason = nil
        let deadline = timeout.map { vm.clock + $0 }
        return try vm.blockThread { [unowned(unsafe) self, unowned(unsafe) vm] t in
            self.wait(t, reason: reason, deadline: deadline, vm: vm)
        }
    }

    /// Queues `t` (first when it lost a race it had already won its turn for) and blocks it.
    private func wait(_ t: SimThread, reason: String, deadline: Double?, vm: VM, first: Bool = false) {
        if first { waiters.insert(t, at: 0) } else { waiters.append(t) }
        t.unregister = { [unowned(unsafe) self] in self.waiters.removeAll { $0 === t } }
        t.retry = { [unowned(unsafe) self, unowned(unsafe) vm] in
            if !self.locked {
                self.locked = true
                self.report(vm, .lockAcquire, t)
                return .bool(true)
            }
            if t.timedOut {
                self.report(vm, .syncLeave, t)
                return .bool(false)
            }
            self.wait(t, reason: reason, deadline: deadline, vm: vm, first: true)
            return nil
        }
        vm.machine.block(t, .lock(reason: reason), deadline: deadline)
    }

    func release(_ vm: VM) throws {
        guard locked else { throw PyError.runtime("release unlocked lock") }
        locked = false
        report(vm, .lockRelease, vm.machine.current)
        if !waiters.isEmpty {
            let w = waiters.remove(at: vm.machine.chooseWaiter(waiters, kind: .lock, releasing: vm.machine.current))
            w.unregister = nil
            vm.machine.makeReady(w)
        }
    }
}
