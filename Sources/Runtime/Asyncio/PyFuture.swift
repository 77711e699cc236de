/// A done callback: a Python callable (called with the future) or a step of the runtime.
enum FutureCallback {
    case python(Value)
    case native(String, (PyFuture) throws -> Void)

    func isSame(as other: FutureCallback) -> Bool {
        switch (self, other) {
        case (.python(let a), .python(let b)): return Equality.identicalOrEqual(a, b)
        case (.native(let a, _), .native(let b, _)): return a == b
        default: return false
        }
    }
}

/// `asyncio.Future`, as `Lib/asyncio/futures.py` defines it: pending, then
/// finished or cancelled; done callbacks scheduled with `call_soon` in
/// registration order.
class PyFuture: PyNativeObject, CustomReprObject {
    enum State { case pending, cancelled, finished }

    static let futureType = PyType("Future", base: BuiltinTypes.object, module: "_asyncio")

    let loop: EventLoop
    private(set) var state = State.pending
    private(set) var result: Value = .none
    private(set) var exception: PyException?
    var cancelMessage: Value = .none
    /// The CancelledError a task caught, chained to the one it re-raises.
    var cancelledException: PyException?
    private(set) var callbacks: [FutureCallback] = []
    /// True while an exception was set and nobody asked for it ("never retrieved").
    var logTraceback = false
    /// Set while a task awaits it (`_asyncio_future_blocking`).
    var blocking = false

    let eventId: Int

    init(loop: EventLoop, type: PyType = PyFuture.futureType) {
        self.loop = loop
        self.eventId = loop.vm.nextId()
        super.init(type: type)
        if type !== PyTask.taskType { loop.vm.emit(.futureCreate, eventId, text: type.name) }
    }

    var isDone: Bool { state != .pending }
    var isCancelled: Bool { state == .cancelled }

    func addDoneCallback(_ cb: FutureCallback) {
        loop.vm.emit(.futureCallbackAdd, eventId, text: AsyncioRepr.callbacks([cb]))
        if isDone {
            schedule(cb)
        } else {
            callbacks.append(cb)
        }
    }

    /// Removes every registration of the callback; returns how many there were.
    @discardableResult
    func removeDoneCallback(_ cb: FutureCallback) -> Int {
        let before = callbacks.count
        callbacks.removeAll { $0.isSame(as: cb) }
        return before - callbacks.count
    }

    private func schedule(_ cb: FutureCallback) {
        loop.vm.emit(.futureCallbackSchedule, eventId, text: AsyncioRepr.callbacks([cb]))
        switch cb {
        case .python(let f):
            loop.callSoon(.python(f, [.object(self)]), future: eventId)
        case .native(let name, let body):
            loop.callSoon(.native(name) { [unowned self] in try body(self) }, future: eventId)
        }
    }

    /// Reports the new state (`task.done` for tasks), then schedules the callbacks.
    private func scheduleCallbacks() {
        loop.vm.emit(self is PyTask ? .taskDone : .futureState, eventId, text: stateDescription)
        let pending = callbacks
        callbacks = []
        for cb in pending { schedule(cb) }
    }

    func setResult(_ value: Value) throws {
        guard state == .pending else { throw invalidState("invalid state") }
        result = value
        state = .finished
        scheduleCallbacks()
    }

    func setException(_ exc: PyException) throws {
        guard state == .pending else { throw invalidState("invalid state") }
        if exc.type.isSubtype(of: ExceptionTypes.stopIteration) {
            throw PyError.type("StopIteration interacts badly with generators and cannot be raised into a Future")
        }
        exception = exc
        state = .finished
        logTraceback = true
        loop.failed.append(self)
        scheduleCallbacks()
    }

    /// `cancel(msg)` as Python calls it: `Future.cancel` here, `Task.cancel` for a task.
    @discardableResult
    func cancel(message: Value = .none) -> Bool {
        cancelFuture(message: message)
    }

    /// `Future.cancel(msg)` itself (a task's `super().cancel()`): false when already done.
    @discardableResult
    final func cancelFuture(message: Value = .none) -> Bool {
        logTraceback = false
        guard state == .pending else { return false }
        state = .cancelled
        cancelMessage = message
        scheduleCallbacks()
        return true
    }

    /// The CancelledError to raise for a cancelled future: the one a task caught (3.11 re-raises that very object), else a new one with the cancel message.
    func makeCancelledError() -> PyException {
        if let caught = cancelledException {
            cancelledException = nil
            return caught
        }
        return PyException(AsyncioTypes.cancelledError, cancelMessage.isNoneValue ? [] : [cancelMessage])
    }

    /// `Future.result()`.
    func resultOrRaise() throws -> Value {
        switch state {
        case .cancelled: throw PyError(makeCancelledError())
        case .pending: throw invalidState("Result is not set.")
        case .finished:
            logTraceback = false
            if let e = exception { throw PyError(e) }
            return result
        }
    }

    /// `Future.exception()`.
    func exceptionOrRaise() throws -> Value {
        switch state {
        case .cancelled: throw PyError(makeCancelledError())
        case .pending: throw invalidState("Exception is not set.")
        case .finished:
            logTraceback = false
            return exception.map { .object($0) } ?? .none
        }
    }

    func invalidState(_ message: String) -> PyError {
        PyError(AsyncioTypes.invalidStateError, message)
    }

    /// `finished result=...`, `finished exception=...` or `cancelled`, for events.
    var stateDescription: String {
        switch state {
        case .pending: return "pending"
        case .cancelled: return "cancelled"
        case .finished:
            if let e = exception { return "finished exception=\(Repr.repr(.object(e)))" }
            return "finished result=\(AsyncioRepr.limited(result))"
        }
    }

    /// `base_futures._future_repr_info`: the state, the result or exception, the callbacks.
    var reprInfo: [String] {
        var info = [state == .pending ? "pending" : state == .cancelled ? "cancelled" : "finished"]
        if state == .finished {
            if let e = exception {
                info.append("exception=\(Repr.repr(.object(e)))")
            } else {
                info.append("result=\(AsyncioRepr.limited(result))")
            }
        }
        if !callbacks.isEmpty { info.append(AsyncioRepr.callbacks(callbacks)) }
        return info
    }

    var pythonRepr: String { "<\(type.name) \(reprInfo.joined(separator: " "))>" }
}
