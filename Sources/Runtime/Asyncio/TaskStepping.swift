/// How a task runs its coroutine: `__step` and `__wakeup` of
/// `Lib/asyncio/tasks.py`, with the coroutine's frames on the task's fiber.
extension VM {
    /// What running a task's fiber until it stops produced.
    enum FiberOutcome {
        case yielded(Value)
        case returned(Value)
        case raised(PyException)
    }

    /// A new task for a fresh coroutine, its first step scheduled with `call_soon`. `renamed` is the name
    /// `asyncio.create_task(name=)` gives after the task took a default one (which still uses up a number).
    func createTask(_ coroutine: PyCoroutine, loop: EventLoop, name: String?,
                    renamed: String? = nil) throws -> PyTask {
        guard !coroutine.claimed else {
            throw PyError.runtime("cannot reuse already awaited coroutine")
        }
        coroutine.claimed = true
        let code = coroutine.function.code
        let taskFiber = Fiber(capacity: max(32, code.slotCount + code.stackBound + 8))
        let task = PyTask(coroutine: coroutine, fiber: taskFiber, loop: loop, name: name ?? nextTaskName())
        if let renamed { task.name = renamed }
        let line = sink == nil ? -1 : currentLine
        let saved = fiber
        fiber = taskFiber
        defer { fiber = saved }
        try pushFrame(code: code, function: coroutine.function, module: coroutine.function.module, arguments: coroutine.arguments, resultSlot: 0)
        taskFiber.frames[0].coroutine = coroutine
        loop.tasks.append(task)
        emit(.taskCreate, task.eventId, other: coroutine.eventId, index: line, text: task.name)
        scheduleStep(task, throwing: nil)
        return task
    }

    /// `Task-N` from the global counter (a task given a name does not advance it).
    func nextTaskName() -> String {
        taskNameCounter += 1
        return "Task-\(taskNameCounter)"
    }

    func scheduleStep(_ task: PyTask, throwing exc: PyException?) {
        let handle = task.loop.callSoon(.native("Task.__step") { [unowned(unsafe) self] in try self.step(task, throwing: exc) },
                                        task: task.eventId)
        handle.steppedTask = task
    }

    /// `Task.__step`: send into (or throw into) the coroutine, then act on what it yielded, returned or raised.
    func step(_ task: PyTask, throwing thrown: PyException?) throws {
        if task.isDone { throw PyError(AsyncioTypes.invalidStateError, "_step(): already done: \(task.pythonRepr)") }
        var exc = thrown
        if task.mustCancel {
            if exc == nil || !exc!.type.isSubtype(of: AsyncioTypes.cancelledError) {
                task.cancelMessage = task.taskCancelMessage
                exc = task.makeCancelledError()
            }
            task.mustCancel = false
        }
        task.futureWaiter = nil
        let loop = task.loop
        let previous = loop.currentTask
        loop.currentTask = task
        defer { loop.currentTask = previous }
        switch try resume(task: task, throwing: exc) {
        case .returned(let value):
            if task.mustCancel {
                task.mustCancel = false
                task.cancelFuture(message: task.taskCancelMessage)
            } else {
                try task.setResult(value)
            }
        case .raised(let e):
            if e.type.isSubtype(of: AsyncioTypes.cancelledError) {
                task.cancelledException = e
                task.cancelFuture()
            } else {
                try task.setException(e)
                if EventLoop.escapesTheLoop(e) { throw PyError(e) }
            }
        case .yielded(let value):
            if let future = value.object as? PyFuture, future.blocking {
                if future === task {
                    scheduleStep(task, throwing: PyException(ExceptionTypes.runtimeError, "Task cannot await on itself: \(task.pythonRepr)"))
                    return
                }
                future.blocking = false
                future.addDoneCallback(.native("Task.task_wakeup") { [unowned(unsafe) self] f in try self.wakeup(task, f) })
                task.futureWaiter = future
                if task.mustCancel, future.cancel(message: task.taskCancelMessage) { task.mustCancel = false }
            } else if value.isNoneValue {
                scheduleStep(task, throwing: nil)
            } else {
                scheduleStep(task, throwing: PyException(ExceptionTypes.runtimeError, "Task got bad yield: \(Repr.repr(value))"))
            }
        }
    }

    /// `Task.__wakeup`: step again, throwing the awaited future's exception if it has one.
    func wakeup(_ task: PyTask, _ future: PyFuture) throws {
        emit(.taskWakeup, task.eventId, other: future.eventId)
        do {
            _ = try future.resultOrRaise()
        } catch let e as PyError {
            try step(task, throwing: e.exception)
            return
        }
        try step(task, throwing: nil)
    }

    /// Runs the task's fiber from where it stopped; `exc` is raised at the `await` it is suspended on.
    func resume(task: PyTask, throwing exc: PyException?) throws -> FiberOutcome {
        let taskFiber = task.fiber
        let saved = fiber
        fiber = taskFiber
        defer { fiber = saved }
        do {
            if sink != nil { taskResumed(task) }
            for k in taskFiber.frames.indices { taskFiber.frames[k].coroutine?.state = .running }
            if let exc, let step = waitingStep(taskFiber) {
                step.pendingThrow = exc
            } else if let exc, let iteration = waitingIteration(taskFiber) {
                iteration.pendingThrow = exc
            } else if let exc {
                let top = taskFiber.frames.count - 1
                taskFiber.frames[top].ip += 1
                try unwind(exc, stopDepth: 0, addEntry: true)
            }
            let value = try run(stopDepth: 0)
            if taskFiber.yielded {
                taskFiber.yielded = false
                for k in taskFiber.frames.indices { taskFiber.frames[k].coroutine?.state = .suspended }
                if sink != nil { taskSuspended(task, awaited: value) }
                return .yielded(value)
            }
            return .returned(value)
        } catch let error as PyError {
            return .raised(error.exception)
        }
    }

    /// One poll of an awaitable that is not a coroutine: its value, or what to yield to the task.
    func poll(_ awaitable: Value) throws -> (ready: Bool, value: Value) {
        switch awaitable.object {
        case let future as PyFuture:
            if future.isDone { return (true, try future.resultOrRaise()) }
            future.blocking = true
            return (false, awaitable)
        case let once as YieldOnce:
            if once.yielded { return (true, .none) }
            once.yielded = true
            return (false, .none)
        case let step as AsyncGeneratorStep:
            return try advance(step)
        case let iteration as AwaitIteration:
            return try advance(iteration)
        default:
            throw PyError.type("object \(TypeOf.name(awaitable)) can't be used in 'await' expression")
        }
    }

    func runningLoop() throws -> EventLoop {
        guard let loop = eventLoop else { throw PyError.runtime("no running event loop") }
        return loop
    }
}
