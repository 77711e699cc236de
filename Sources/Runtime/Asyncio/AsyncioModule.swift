/// The `asyncio` module: `run`, `sleep`, tasks, `gather` and the loop accessors.
enum AsyncioModule {
    static let installed: Void = FutureMethods.install()

    static func make(_ vm: VM) throws -> PyModule {
        _ = installed
        PyFuture.futureType.constructor = { vm, args, kw in
            try Arguments.check("Future", args, kw, min: 0, max: 0, keywords: ["loop"])
            return .object(PyFuture(loop: try vm.loopArgument(kw)))
        }
        PyTask.taskType.constructor = { vm, args, kw in
            try Arguments.check("Task", args, kw, min: 1, max: 1, keywords: ["loop", "name", "context"])
            guard let coroutine = args[0].object as? PyCoroutine else {
                throw PyError.type("a coroutine was expected, got \(Repr.repr(args[0]))")
            }
            let name = Arguments.keyword(kw, "name").flatMap { $0.isNoneValue ? nil : Repr.str($0) }
            return .object(try vm.createTask(coroutine, loop: try vm.loopArgument(kw), name: name))
        }
        let module = PyModule(name: "asyncio", attributes: Dictionary(uniqueKeysWithValues: [
            ("CancelledError", .object(AsyncioTypes.cancelledError)),
            ("QueueEmpty", .object(AsyncioTypes.queueEmpty)),
            ("QueueFull", .object(AsyncioTypes.queueFull)),
            ("InvalidStateError", .object(AsyncioTypes.invalidStateError)),
            ("BrokenBarrierError", .object(AsyncioTypes.brokenBarrierError)),
            ("TimeoutError", .object(ExceptionTypes.timeoutError)),
            ("FIRST_COMPLETED", .str("FIRST_COMPLETED")),
            ("FIRST_EXCEPTION", .str("FIRST_EXCEPTION")),
            ("ALL_COMPLETED", .str("ALL_COMPLETED")),
            ("Future", .object(PyFuture.futureType)),
            ("Task", .object(PyTask.taskType)),
            VM.function("asyncio", "run", run),
            VM.function("asyncio", "_sleep0") { _, args, kw in
                try Arguments.check("_sleep0", args, kw, min: 0, max: 0)
                return .object(YieldOnce())
            },
            VM.function("asyncio", "_late") { vm, args, _ in
                // asyncio.sleep's delay as this run makes it: a run that explores may end it late.
                guard vm.machine.chooser != nil, let delay = Arithmetic.floatValue(args[0]) else { return args[0] }
                let task = (try? vm.runningLoop().currentTask)?.map { " in task \($0.name)" } ?? ""
                let late = vm.machine.jittered(delay, vm.machine.current, doing: "asyncio.sleep(\(Repr.repr(args[0])))\(task)")
                return late == delay ? args[0] : .float(late)
            },
            VM.function("asyncio", "create_task") { vm, args, kw in
                try Arguments.check("create_task", args, kw, min: 1, max: 1, keywords: ["name", "context"])
                guard let loop = vm.eventLoop else {
                    if let coroutine = args[0].object as? PyCoroutine { vm.exitWarnings.append(coroutine) }
                    throw PyError.runtime("no running event loop")
                }
                guard let coroutine = args[0].object as? PyCoroutine else {
                    throw PyError.type("a coroutine was expected, got \(Repr.repr(args[0]))")
                }
                let name = Arguments.keyword(kw, "name").flatMap { $0.isNoneValue ? nil : Repr.str($0) }
                return .object(try vm.createTask(coroutine, loop: loop, name: nil, renamed: name))
            },
            VM.function("asyncio", "ensure_future") { vm, args, kw in
                try Arguments.check("ensure_future", args, kw, min: 1, max: 1, keywords: ["loop"])
                return .object(try vm.ensureFuture(args[0], loop: try vm.loopArgument(kw)))
            },
            VM.function("asyncio", "wrap_future") { vm, args, kw in
                try Arguments.check("wrap_future", args, kw, min: 1, max: 1, keywords: ["loop"])
                if args[0].object is PyFuture { return args[0] }
                let loop = try Arguments.keyword(kw, "loop").flatMap { $0.object as? EventLoop } ?? vm.currentEventLoop()
                return try vm.call(try vm.futuresAttribute("_wrap_future"), [args[0], .object(loop)])
            },
            VM.function("asyncio", "gather") { vm, args, kw in
                try Arguments.check("gather", args, kw, min: 0, max: Int.max, keywords: ["return_exceptions"])
                let returnExceptions = Truth.isTrue(Arguments.keyword(kw, "return_exceptions") ?? .bool(false))
                return .object(try Gathering.gather(args, returnExceptions: returnExceptions, vm: vm))
            },
            VM.function("asyncio", "get_running_loop") { vm, args, kw in
                try Arguments.check("get_running_loop", args, kw, min: 0, max: 0)
                return .object(try vm.runningLoop())
            },
            VM.function("asyncio", "get_event_loop") { vm, args, kw in
                try Arguments.check("get_event_loop", args, kw, min: 0, max: 0)
                return .object(try vm.currentEventLoop())
            },
            VM.function("asyncio", "current_task") { vm, args, kw in
                try Arguments.check("current_task", args, kw, min: 0, max: 1, keywords: ["loop"])
                return (try vm.runningLoop().currentTask).map { .object($0) } ?? .none
            },
            VM.function("asyncio", "all_tasks") { vm, args, kw in
                try Arguments.check("all_tasks", args, kw, min: 0, max: 1, keywords: ["loop"])
                let s = PySet()
                for t in try vm.runningLoop().tasks where !t.isDone { try s.add(.object(t)) }
                return .object(s)
            },
            VM.function("asyncio", "iscoroutine") { _, args, kw in
                try Arguments.check("iscoroutine", args, kw, min: 1, max: 1)
                return .bool(args[0].object is PyCoroutine)
            },
            VM.function("asyncio", "_trace") { vm, args, _ in
                SyncReporting.trace(vm, args)
                return .none
            },
            VM.function("asyncio", "_object_repr") { _, args, _ in
                guard let o = args.first?.object as? PyInstance else { return .str(Repr.repr(args.first ?? .none)) }
                return .str("<\(o.type.moduleName).\(o.type.name) object at \(Repr.address(o))>")
            },
            VM.function("asyncio", "isfuture") { _, args, kw in
                try Arguments.check("isfuture", args, kw, min: 1, max: 1)
                return .bool(args[0].object is PyFuture)
            },
        ] + LoopControl.moduleFunctions()))
        try AsyncioLibrary.load(into: module, vm: vm)
        return module
    }

    /// `asyncio.run(main)`: a new loop, the main task, then CPython's shutdown (cancel and drain leftovers).
    static func run(_ vm: VM, _ args: [Value], _ kw: KeywordArguments) throws -> Value {
        try Arguments.check("run", args, kw, min: 1, max: 1, keywords: ["debug"])
        if vm.eventLoop != nil {
            if let coroutine = args[0].object as? PyCoroutine { vm.exitWarnings.append(coroutine) }
            throw PyError.runtime("asyncio.run() cannot be called from a running event loop")
        }
        guard let main = args[0].object as? PyCoroutine else {
            throw PyError.value("a coroutine was expected, got \(Repr.repr(args[0]))")
        }
        let loop = EventLoop(vm: vm)
        if let debug = Arguments.keyword(kw, "debug"), !debug.isNoneValue { loop.debug = Truth.isTrue(debug) }
        vm.eventLoop = loop
        vm.asyncioRunUsed = true
        vm.policyLoop = nil
        defer {
            loop.close()
            vm.eventLoop = nil
        }
        let task = try vm.createTask(main, loop: loop, name: nil)
        let result: Value
        do {
            result = try loop.runUntilComplete(task)
        } catch let error as PyError {
            // A SystemExit or KeyboardInterrupt escaped the main task: the error's traceback keeps the task
            // alive until CPython exits, so its exception is never reported as not retrieved.
            try shutdown(loop, vm: vm, keeping: task)
            throw error
        }
        try shutdown(loop, vm: vm)
        return result
    }

    /// `loop.shutdown_default_executor()`, the last step of `asyncio.run`: a helper thread shuts the executor down and is joined.
    static func shutdownDefaultExecutor(_ loop: EventLoop, vm: VM) throws {
        guard !loop.defaultExecutor.isNoneValue else { return }
        let executor = loop.defaultExecutor
        loop.defaultExecutor = .none
        _ = try vm.call(try vm.futuresAttribute("_shutdown_default_executor"), [executor])
    }

    /// `Runner.close`: cancel every remaining task, run until they finish, report the ones that failed.
    static func shutdown(_ loop: EventLoop, vm: VM, keeping kept: PyFuture? = nil) throws {
        let remaining = loop.tasks.filter { !$0.isDone }
        if !remaining.isEmpty {
            for t in remaining where !AsyncGeneratorHooks.cancelBeforeStart(t, loop: loop) { t.cancel() }
            let all = try Gathering.gather(remaining.map { .object($0) }, returnExceptions: true, vm: vm)
            _ = try loop.runUntilComplete(all)
            for t in remaining where !t.isCancelled {
                if case .object(let e as PyException) = try t.exceptionOrRaise() {
                    try loop.reportException(message: "unhandled exception during asyncio.run() shutdown", e,
                                             context: [("task", .object(t))])
                }
            }
        }
        try AsyncGeneratorHooks.shutdown(loop, vm: vm)
        try shutdownDefaultExecutor(loop, vm: vm)
        let unretrieved: [PyFuture] = loop.tasks + loop.failed.filter { !($0 is PyTask) }
        for f in unretrieved where f.logTraceback && f !== kept {
            if case .object(let e as PyException)? = try? f.exceptionOrRaise() {
                f.logTraceback = false
                try loop.reportException(message: "\(f.type.name) exception was never retrieved", e,
                                         context: [("future", .object(f))])
            }
        }
    }
}

extension VM {
    /// `asyncio.get_event_loop()`: the running loop; outside one, the thread's current loop, made on
    /// first use as 3.11 does, or CPython's error once `asyncio.run` has reset it.
    func currentEventLoop() throws -> EventLoop {
        if let running = eventLoop { return running }
        if let current = policyLoop { return current }
        if asyncioRunUsed || machine.current !== machine.main {
            throw PyError.runtime("There is no current event loop in thread '\(machine.current.threadName)'.")
        }
        let loop = EventLoop(vm: self)
        policyLoop = loop
        return loop
    }

    /// The `loop=` keyword of `Future`, `Task`, `ensure_future`, or else the current loop, as in 3.11.
    func loopArgument(_ kw: KeywordArguments) throws -> EventLoop {
        if let given = Arguments.keyword(kw, "loop"), !given.isNoneValue {
            guard let loop = given.object as? EventLoop else {
                throw PyError.type("loop must be an event loop, not '\(TypeOf.name(given))'")
            }
            return loop
        }
        return try currentEventLoop()
    }

    /// `asyncio.ensure_future`: a future as it is, a coroutine wrapped in a new task of `loop`
    /// (by default the running loop, or outside one the current loop).
    func ensureFuture(_ v: Value, loop: EventLoop? = nil) throws -> PyFuture {
        if let f = v.object as? PyFuture { return f }
        if let c = v.object as? PyCoroutine { return try createTask(c, loop: try loop ?? currentEventLoop(), name: nil) }
        if SpecialMethods.typeSpecial(v, "__await__") != nil, let wrap = modules["asyncio"]?.attribute("_wrap_awaitable"),
           let c = try call(wrap, [v]).object as? PyCoroutine {
            return try createTask(c, loop: try loop ?? currentEventLoop(), name: nil)
        }
        throw PyError.type("An asyncio.Future, a coroutine or an awaitable is required")
    }
}
