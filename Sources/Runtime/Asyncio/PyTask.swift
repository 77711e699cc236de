/// `asyncio.Task`: drives a coroutine on a fiber of its own, one `__step`
/// per loop callback, exactly as `Lib/asyncio/tasks.py` does.
final class PyTask: PyFuture, CustomReprObject {
    static let taskType = PyType("Task", base: PyFuture.futureType, module: "_asyncio")

    let coroutine: PyCoroutine
    let fiber: Fiber
    var name: String
    var futureWaiter: PyFuture?
    var mustCancel = false
    var cancelRequests = 0
    var taskCancelMessage: Value = .none

    init(coroutine: PyCoroutine, fiber: Fiber, loop: EventLoop, name: String) {
        self.coroutine = coroutine
        self.fiber = fiber
        self.name = name
        super.init(loop: loop, type: PyTask.taskType)
    }

    var pythonRepr: String {
        let state = isDone ? (isCancelled ? "cancelled" : "finished") : "pending"
        return "<Task \(state) name='\(name)' coro=<\(coroutine.function.code.qualifiedName)() running>>"
    }

    /// `Task.cancel(msg)`.
    @discardableResult
    func requestCancel(message: Value) -> Bool {
        logTraceback = false
        if isDone { return false }
        cancelRequests += 1
        if let waiter = futureWaiter, waiter.cancel(message: message) { return true }
        mustCancel = true
        taskCancelMessage = message
        return true
    }
}
