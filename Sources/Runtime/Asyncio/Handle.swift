/// A callback scheduled on the event loop (`asyncio.Handle`), or, with a
/// deadline, a timer (`asyncio.TimerHandle`).
final class Handle: PyNativeObject, CustomReprObject {
    /// What running the handle does.
    enum Callback {
        /// A Python callable with its arguments.
        case python(Value, [Value])
        /// A step of the runtime itself (a task step, a wakeup), described for reprs and events.
        case native(String, () throws -> Void)
    }

    static let handleType = PyType("Handle", base: BuiltinTypes.object, module: "asyncio.events")
    static let timerType = PyType("TimerHandle", base: handleType, module: "asyncio.events")

    let callback: Callback
    /// The deadline of a timer; nil for a plain handle.
    let when: Double?
    var cancelled = false
    /// True while a timer sits in the loop's heap.
    var scheduled = false
    /// The deadline as the scenario gave it (an int stays an int in reprs and `when()`).
    var whenValue: Value = .none
    let loop: EventLoop
    let eventId: Int
    /// The task whose step this handle runs (debug mode's slow-callback warning names the task).
    weak var steppedTask: PyTask?
    /// Debug mode: the scenario line that scheduled the handle (`created at path:line` in its repr).
    var createdAt: String?

    init(_ callback: Callback, when: Double? = nil, loop: EventLoop) {
        self.callback = callback
        self.when = when
        self.whenValue = when.map { .float($0) } ?? .none
        self.loop = loop
        self.eventId = loop.vm.nextId()
        super.init(type: when == nil ? Handle.handleType : Handle.timerType)
    }

    /// `Handle.cancel()`: a cancelled timer is counted so the loop can clean its heap.
    func cancel() {
        guard !cancelled else { return }
        cancelled = true
        loop.vm.emit(.handleCancel, eventId)
        if when != nil, scheduled { loop.timerCancelled() }
    }

    /// What CPython's `Handle._repr_info` shows: the callback with its arguments.
    var callbackDescription: String {
        switch callback {
        case .python(let f, let args): return AsyncioRepr.callback(f, arguments: args)
        case .native(let d, _): return d + "()"
        }
    }

    /// `Handle._repr_info`: a cancelled handle has dropped its callback.
    var pythonRepr: String {
        var parts = [when == nil ? "Handle" : "TimerHandle"]
        if cancelled { parts.append("cancelled") }
        if when != nil { parts.append("when=\(Repr.repr(whenValue))") }
        if !cancelled { parts.append(callbackDescription) }
        if let createdAt { parts.append("created at \(createdAt)") }
        return "<" + parts.joined(separator: " ") + ">"
    }
}
