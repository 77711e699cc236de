/// The asyncio event loop, ported from `BaseEventLoop` of CPython 3.11:
/// a FIFO ready queue of handles, a timer heap in `heapq` order, and
/// `runOnce` as `_run_once`. Its clock is the VM's virtual clock: when nothing
/// is ready it jumps to exactly the earliest live timer's deadline.
final class EventLoop: PyNativeObject {
    static let type = PyType("_UnixSelectorEventLoop", base: BuiltinTypes.object, module: "asyncio.unix_events")
    /// CPython rebuilds the heap when it holds more than this many timers and over half are cancelled.
    static let minScheduledTimerHandles = 100
    static let minCancelledTimerHandlesFraction = 0.5
    /// `time.get_clock_info('monotonic').resolution`: timers this close to now are due.
    static let clockResolution = 1e-09

    unowned(unsafe) let vm: VM
    private var ready: [Handle] = []
    private var readyHead = 0
    private(set) var scheduled: [Handle] = []
    private var timerCancelledCount = 0
    var stopping = false
    private(set) var closed = false
    /// Tasks of this loop in creation order (CPython keeps a weak set; order here is deterministic).
    var tasks: [PyTask] = []
    var currentTask: PyTask?
    /// Futures given an exception, in that order: those nobody asked are reported at the end of `asyncio.run`
    /// (CPython reports them when they are collected), after the tasks, which go in creation order.
    var failed: [PyFuture] = []
    /// The async generators first iterated while this loop ran (`shutdown_asyncgens` closes those alive).
    var asyncGenerators: [WeakAsyncGenerator] = []
    /// The `aclose()` each closing task of a dropped async generator awaits, by task.
    var closingSteps: [ObjectIdentifier: AsyncGeneratorStep] = [:]
    /// Loop iterations run so far.
    private(set) var iteration = 0

    let eventId: Int
    /// The thread the loop was made in (and runs in).
    unowned(unsafe) let thread: SimThread
    /// The executor `run_in_executor(None, ...)` and `to_thread` use, made on first use.
    var defaultExecutor: Value = .none
    /// `set_exception_handler`: called as `handler(loop, context)` instead of the default report.
    var exceptionHandler: Value = .none
    /// `set_debug`: debug mode reports callbacks that hold the loop longer than `slowCallbackDuration`.
    var debug = false
    var slowCallbackDuration = 0.1

    init(vm: VM) {
        self.vm = vm
        self.eventId = vm.nextId()
        self.thread = vm.machine.current
        super.init(type: EventLoop.type)
        vm.emit(.loopCreate, eventId)
        vm.libraryLog("asyncio", level: 10, "Using selector: EpollSelector",
                      at: ("asyncio/selector_events.py", 54, "__init__"))
    }

    /// `loop.time()`: the clock, after the running thread has paid for the lines it ran.
    func time() throws -> Double {
        try vm.payLineDebt()
        return vm.clock
    }

    /// `_check_closed`: a closed loop takes no more callbacks.
    func checkClosed() throws {
        if closed { throw PyError.runtime("Event loop is closed") }
    }

    var readyCount: Int { ready.count - readyHead }

    /// `call_soon`. The event names where the handle comes from: the task it steps, the future whose done
    /// callback it is, or another thread (`call_soon_threadsafe`).
    @discardableResult
    func callSoon(_ callback: Handle.Callback, task: Int = -1, future: Int = -1, fromThread: Bool = false) -> Handle {
        let handle = Handle(callback, loop: self)
        noteCreation(handle)
        ready.append(handle)
        vm.emit(.handleSchedule, handle.eventId, other: future, index: task, column: fromThread ? 1 : -1,
                text: handle.callbackDescription)
        return handle
    }

    /// `call_soon_threadsafe`: as `call_soon`, and wakes the loop if it waits in its selector.
    func callSoonThreadsafe(_ callback: Handle.Callback) -> Handle {
        let handle = callSoon(callback, fromThread: true)
        if case .select? = thread.wait, thread.phase == .blocked { vm.machine.makeReady(thread) }
        return handle
    }

    @discardableResult
    func callAt(_ when: Double, _ callback: Handle.Callback) -> Handle {
        let handle = Handle(callback, when: when, loop: self)
        noteCreation(handle)
        Heapq.push(&scheduled, handle, less: EventLoop.earlier)
        handle.scheduled = true
        vm.emit(.handleSchedule, handle.eventId, when: when, text: handle.callbackDescription)
        return handle
    }

    @discardableResult
    func callLater(_ delay: Double, _ callback: Handle.Callback) throws -> Handle {
        callAt(try time() + delay, callback)
    }

    static func earlier(_ a: Handle, _ b: Handle) -> Bool { a.when! < b.when! }

    func timerCancelled() {
        timerCancelledCount += 1
    }

    /// `_run_once`: clean the heap, wait (jump the clock), move due timers to ready, run this iteration's handles.
    func runOnce() throws {
        try Interrupt.check()
        try vm.checkRecording()
        try vm.payLineDebt()
        iteration += 1
        let count = scheduled.count
        if count > EventLoop.minScheduledTimerHandles && Double(timerCancelledCount) / Double(count) > EventLoop.minCancelledTimerHandlesFraction {
            var kept: [Handle] = []
            for h in scheduled {
                if h.cancelled { h.scheduled = false } else { kept.append(h) }
            }
            Heapq.heapify(&kept, less: EventLoop.earlier)
            scheduled = kept
            timerCancelledCount = 0
        } else {
            while let top = scheduled.first, top.cancelled {
                timerCancelledCount -= 1
                let h = Heapq.pop(&scheduled, less: EventLoop.earlier)
                h.scheduled = false
            }
        }
        if readyCount == 0 && !stopping {
            let next = scheduled.first?.when
            if vm.machine.othersAlive(than: thread) {
                if next.map({ $0 > vm.clock }) ?? true {
                    vm.emit(.loopSelect, eventId, when: next)
                    try vm.waitInSelector(self, deadline: next)
                }
            } else {
                guard let next else { throw Deadlock(loop: self) }
                if next > vm.clock {
                    vm.emit(.loopSelect, eventId, when: next)
                    try vm.setClock(next)
                }
            }
        }
        let endTime = try time() + EventLoop.clockResolution
        // As CPython: a timer is due unless its time is at or past the end (a NaN deadline is due at once).
        while let top = scheduled.first, !(top.when! >= endTime) {
            let h = Heapq.pop(&scheduled, less: EventLoop.earlier)
            h.scheduled = false
            ready.append(h)
            vm.emit(.timerDue, h.eventId, when: h.when)
        }
        let todo = readyCount
        vm.emit(.loopIteration, eventId, other: todo, index: iteration)
        for _ in 0..<todo {
            let handle = ready[readyHead]
            readyHead += 1
            if readyHead > 1024 && readyHead * 2 > ready.count {
                ready.removeFirst(readyHead)
                readyHead = 0
            }
            if handle.cancelled { continue }
            vm.emit(.handleRunBegin, handle.eventId)
            defer { vm.emit(.handleRunEnd, handle.eventId) }
            try run(handle)
        }
    }

    /// `Handle._run`: exceptions go to the exception handler and the loop goes on.
    private func run(_ handle: Handle) throws {
        let started = vm.clock
        do {
            switch handle.callback {
            case .python(let f, let args): _ = try vm.call(f, args)
            case .native(_, let body): try body()
            }
        } catch let error as PyError {
            if EventLoop.escapesTheLoop(error.exception) { throw error }
            try reportException(message: "Exception in callback \(handle.callbackDescription)", error.exception,
                                context: [("handle", .object(handle))])
        }
        if debug { warnIfSlow(handle, took: vm.clock - started) }
    }

    /// `SystemExit` and `KeyboardInterrupt` are not handled by the loop: they end `run_forever`.
    static func escapesTheLoop(_ e: PyException) -> Bool {
        e.type.isSubtype(of: ExceptionTypes.systemExit) || e.type.isSubtype(of: ExceptionTypes.keyboardInterrupt)
    }

    /// `call_exception_handler`: the context (CPython's keys besides `message` and `exception`) goes to
    /// the handler set by `set_exception_handler`, or else to the default one.
    func reportException(message: String, _ exc: PyException?, context: [(String, Value)]) throws {
        guard !exceptionHandler.isNoneValue else {
            defaultReport(message: message, exc, context: context)
            return
        }
        let dict = PyDict()
        try dict.set(.str("message"), .str(message))
        if let exc { try dict.set(.str("exception"), .object(exc)) }
        for (key, value) in context { try dict.set(.str(key), value) }
        do {
            _ = try vm.call(exceptionHandler, [.object(self), .object(dict)])
        } catch let error as PyError {
            if EventLoop.escapesTheLoop(error.exception) { throw error }
            defaultReport(message: "Unhandled error in exception handler", error.exception,
                          context: [("context", .object(dict))])
        }
    }

    /// `default_exception_handler`: the message, each other key (sorted) with its repr, the traceback, on stderr.
    func defaultReport(message: String, _ exc: PyException?, context: [(String, Value)]) {
        var text = (message.isEmpty ? "Unhandled exception in event loop" : message) + "\n"
        for (key, value) in context.sorted(by: { $0.0 < $1.0 }) { text += "\(key): \(Repr.repr(value))\n" }
        if vm.libraryLog("asyncio", level: 40, String(text.dropLast()),
                         at: ("asyncio/base_events.py", 1771, "default_exception_handler"), exception: exc) { return }
        if let exc { text += Traceback.render(exc, source: vm.source) }
        vm.write(.stderr, text)
    }

    /// `run_forever`: iterations until `stop()` was called.
    func runForever() throws {
        defer { stopping = false }
        while true {
            try runOnce()
            if stopping { break }
        }
    }

    /// `run_until_complete`: run until `future` is done, then return its result (or raise).
    func runUntilComplete(_ future: PyFuture) throws -> Value {
        let stopper = FutureCallback.native("_run_until_complete_cb") { [unowned(unsafe) self] _ in self.stopping = true }
        future.addDoneCallback(stopper)
        try runForever()
        future.removeDoneCallback(stopper)
        guard future.isDone else {
            throw PyError.runtime("Event loop stopped before Future completed.")
        }
        return try future.resultOrRaise()
    }

    /// Drops every handle and task, which also breaks the loop ↔ task reference cycles.
    func close() {
        if debug && !closed {
            // A loop is closed once it stopped running: its repr then says so.
            let shown = "<\(type.name) running=False closed=False debug=True>"
            vm.libraryLog("asyncio", level: 10, "Close " + shown, at: ("asyncio/base_events.py", 676, "close"))
        }
        closed = true
        ready.removeAll()
        readyHead = 0
        scheduled.removeAll()
        tasks.removeAll()
        failed.removeAll()
        closingSteps.removeAll()
        currentTask = nil
    }
}
