/// `asyncio.Task`: drives a coroutine on a fiber of its own, one `__step`
/// per loop callback, exactly as `Lib/asyncio/tasks.py` does.
final class PyTask: PyFuture {
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

    /// `base_tasks._task_repr_info`: the future's info with the name, the coroutine and what it waits for.
    override var reprInfo: [String] {
        var info = super.reprInfo
        if cancelRequests > 0 && !isDone { info[0] = "cancelling" }
        info.insert("name='\(name)'", at: 1)
        info.insert("coro=<\(AsyncioRepr.coroutine(self))>", at: 2)
        if let waiter = futureWaiter { info.insert("wait_for=\(waiter.pythonRepr)", at: 3) }
        return info
    }

    /// `Task.cancel(msg)`: cancel what it waits on (a task waiter gets `Task.cancel` too), or cancel at its next step.
    @discardableResult
    override func cancel(message: Value = .none) -> Bool {
        logTraceback = false
        if isDone { return false }
        loop.vm.emit(.taskCancel, eventId, text: message.isNoneValue ? "" : Repr.str(message))
        cancelRequests += 1
        if let waiter = futureWaiter, waiter.cancel(message: message) { return true }
        mustCancel = true
        taskCancelMessage = message
        return true
    }
}
