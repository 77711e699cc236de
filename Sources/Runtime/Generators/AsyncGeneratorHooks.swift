/// The async generator hooks asyncio's loop installs: an async generator first iterated while a loop runs
/// is remembered by that loop. Dropped while suspended (not exhausted), its `aclose()` becomes a task the
/// loop creates on its next turn (`call_soon_threadsafe(create_task, agen.aclose())`), so its `finally`
/// blocks run then; still alive when `asyncio.run` ends, it is closed by `shutdown_asyncgens`, after the
/// remaining tasks are cancelled.
enum AsyncGeneratorHooks {
    /// `firstiter`: the running loop takes charge of `agen` when a step of it is first asked for.
    static func firstIteration(_ agen: PyAsyncGenerator) {
        guard !agen.hooked else { return }
        agen.hooked = true
        guard let loop = SpecialMethods.currentVM?.eventLoop, !loop.closed else { return }
        agen.finalizerLoop = loop
        loop.asyncGenerators.append(WeakAsyncGenerator(agen))
    }

    /// `finalizer`: `agen`'s last reference went while its body was suspended; `aclose()` runs as a task.
    static func dropped(_ body: GeneratorBody, loop: EventLoop) {
        loop.asyncGenerators.removeAll { $0.generator == nil }
        guard !loop.closed, body.started, !body.finished else { return }
        let revived = PyAsyncGenerator(body: body)
        revived.hooked = true
        _ = loop.callSoonThreadsafe(.native("create_task(aclose)") {
            _ = try closingTask(revived, loop: loop)
        })
    }

    /// A task of `loop` that awaits `agen.aclose()`.
    private static func closingTask(_ agen: PyAsyncGenerator, loop: EventLoop) throws -> PyTask {
        let vm = loop.vm
        let step = Value.object(AsyncGeneratorStep(agen, mode: .close))
        guard let wrap = vm.modules["asyncio"]?.attribute("_wrap_awaitable"),
              let coroutine = try vm.call(wrap, [step]).object as? PyCoroutine else {
            throw PyError.runtime("asyncio is not loaded")
        }
        let task = try vm.createTask(coroutine, loop: loop, name: nil)
        if case .object(let s as AsyncGeneratorStep) = step { loop.closingSteps[ObjectIdentifier(task)] = s }
        return task
    }

    /// Cancelling a closing task that has not run yet: CPython throws the CancelledError through the
    /// unstarted `aclose()` into the generator's body. False for any other task.
    static func cancelBeforeStart(_ task: PyTask, loop: EventLoop) -> Bool {
        guard task.coroutine.state == .created, let step = loop.closingSteps[ObjectIdentifier(task)] else {
            return false
        }
        step.thrownBeforeStart = PyException(AsyncioTypes.cancelledError, [])
        return true
    }

    /// `loop.shutdown_asyncgens()`: closes every async generator still alive, together, and reports those
    /// whose closing raised.
    static func shutdown(_ loop: EventLoop, vm: VM) throws {
        let alive = loop.asyncGenerators.compactMap(\.generator)
        loop.asyncGenerators = []
        guard !alive.isEmpty else { return }
        let tasks = try alive.map { try closingTask($0, loop: loop) }
        let all = try Gathering.gather(tasks.map { .object($0) }, returnExceptions: true, vm: vm)
        _ = try loop.runUntilComplete(all)
        for (agen, task) in zip(alive, tasks) {
            guard case .object(let e as PyException) = try task.exceptionOrRaise() else { continue }
            try loop.reportException(message: "an error occurred during closing of asynchronous generator "
                                     + agen.pythonRepr, e, context: [("asyncgen", .object(agen))])
        }
    }
}

/// A loop's reference to an async generator it took charge of, which does not keep it alive.
struct WeakAsyncGenerator {
    weak var generator: PyAsyncGenerator?

    init(_ generator: PyAsyncGenerator) {
        self.generator = generator
    }
}
