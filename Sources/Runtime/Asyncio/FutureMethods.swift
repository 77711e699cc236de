/// The Python-visible methods of futures, tasks, handles and the loop.
enum FutureMethods {
    static func future(_ args: [Value]) -> PyFuture { args[0].object as! PyFuture }

    static func install() {
        let f = PyFuture.futureType
        f.define("result") { _, args, kw in
            try Arguments.check("result", Array(args.dropFirst()), kw, min: 0, max: 0)
            return try future(args).resultOrRaise()
        }
        f.define("exception") { _, args, kw in
            try Arguments.check("exception", Array(args.dropFirst()), kw, min: 0, max: 0)
            return try future(args).exceptionOrRaise()
        }
        for name in ["__await__", "__iter__"] {
            f.define(name) { _, args, kw in
                try Arguments.check(name, Array(args.dropFirst()), kw, min: 0, max: 0)
                return .object(FutureIterator(future(args)))
            }
        }
        f.define("done") { _, args, _ in .bool(future(args).isDone) }
        f.define("cancelled") { _, args, _ in .bool(future(args).isCancelled) }
        f.define("get_loop") { _, args, _ in .object(future(args).loop) }
        f.define("cancel") { _, args, kw in
            try Arguments.check("cancel", Array(args.dropFirst()), kw, min: 0, max: 1, keywords: ["msg"])
            let message = args.count > 1 ? args[1] : Arguments.keyword(kw, "msg") ?? .none
            return .bool(future(args).cancel(message: message))
        }
        f.define("add_done_callback") { _, args, kw in
            try Arguments.check("add_done_callback", Array(args.dropFirst()), kw, min: 1, max: 1, keywords: ["context"])
            future(args).addDoneCallback(.python(args[1]))
            return .none
        }
        f.define("remove_done_callback") { _, args, kw in
            try Arguments.check("remove_done_callback", Array(args.dropFirst()), kw, min: 1, max: 1)
            return .int(future(args).removeDoneCallback(.python(args[1])))
        }
        f.define("set_result") { _, args, kw in
            try Arguments.check("set_result", Array(args.dropFirst()), kw, min: 1, max: 1)
            if future(args) is PyTask { throw PyError.runtime("Task does not support set_result operation") }
            try future(args).setResult(args[1])
            return .none
        }
        f.define("set_exception") { vm, args, kw in
            try Arguments.check("set_exception", Array(args.dropFirst()), kw, min: 1, max: 1)
            if future(args) is PyTask { throw PyError.runtime("Task does not support set_exception operation") }
            let isException = args[1].object is PyException || (args[1].object as? PyType)?.isExceptionType == true
            guard isException else { throw PyError.type("invalid exception object") }
            try future(args).setException(try vm.instantiateException(args[1]))
            return .none
        }
        let t = PyTask.taskType
        func task(_ args: [Value]) -> PyTask { args[0].object as! PyTask }
        t.define("get_name") { _, args, _ in .str(task(args).name) }
        t.define("set_name") { vm, args, kw in
            try Arguments.check("set_name", Array(args.dropFirst()), kw, min: 1, max: 1)
            task(args).name = Repr.str(args[1])
            vm.emit(.taskName, task(args).eventId, text: task(args).name)
            return .none
        }
        t.define("get_coro") { _, args, _ in .object(task(args).coroutine) }
        t.define("cancelling") { _, args, _ in .int(task(args).cancelRequests) }
        t.define("uncancel") { _, args, _ in
            let t = task(args)
            if t.cancelRequests > 0 { t.cancelRequests -= 1 }
            return .int(t.cancelRequests)
        }
        let h = Handle.handleType
        func handle(_ args: [Value]) -> Handle { args[0].object as! Handle }
        h.define("cancel") { _, args, _ in
            handle(args).cancel()
            return .none
        }
        h.define("cancelled") { _, args, _ in .bool(handle(args).cancelled) }
        Handle.timerType.define("when") { _, args, _ in handle(args).whenValue }
        LoopMethods.install(on: EventLoop.type)
        LoopControl.install(on: EventLoop.type)
    }
}

/// `loop.time()`, `call_soon`, `call_later`, `call_at`, `create_future`, `create_task`.
enum LoopMethods {
    static func loop(_ args: [Value]) -> EventLoop { args[0].object as! EventLoop }

    static func install(on t: PyType) {
        t.define("time") { _, args, _ in .float(try loop(args).time()) }
        t.define("is_running") { vm, args, _ in .bool(vm.eventLoop === loop(args)) }
        t.define("is_closed") { _, args, _ in .bool(loop(args).closed) }
        // As CPython outside debug mode, callbacks are not checked here: a bad one fails when it runs.
        t.define("call_soon") { _, args, kw in
            try Arguments.check("call_soon", Array(args.dropFirst()), kw, min: 1, max: Int.max, keywords: ["context"])
            try loop(args).checkClosed()
            return .object(loop(args).callSoon(.python(args[1], Array(args.dropFirst(2)))))
        }
        t.define("call_soon_threadsafe") { _, args, kw in
            try Arguments.check("call_soon_threadsafe", Array(args.dropFirst()), kw, min: 1, max: Int.max, keywords: ["context"])
            try loop(args).checkClosed()
            return .object(loop(args).callSoonThreadsafe(.python(args[1], Array(args.dropFirst(2)))))
        }
        t.define("run_in_executor") { vm, args, kw in
            if let name = kw.first?.name { throw PyError.type("BaseEventLoop.run_in_executor() got an unexpected keyword argument '\(name)'") }
            try Arguments.check("run_in_executor", Array(args.dropFirst()), kw, min: 2, max: Int.max)
            try loop(args).checkClosed()
            return try vm.call(try vm.futuresAttribute("_run_in_executor"), [args[0], args[1], args[2], .object(PyTuple(Array(args.dropFirst(3))))])
        }
        t.define("set_default_executor") { vm, args, kw in
            try Arguments.check("set_default_executor", Array(args.dropFirst()), kw, min: 1, max: 1)
            guard case .object(let t as PyType) = try vm.futuresAttribute("ThreadPoolExecutor"), TypeOf.type(args[1]).isSubtype(of: t) else {
                throw PyError.type("executor must be ThreadPoolExecutor instance")
            }
            loop(args).defaultExecutor = args[1]
            return .none
        }
        t.define("call_later") { _, args, kw in
            try Arguments.check("call_later", Array(args.dropFirst()), kw, min: 2, max: Int.max, keywords: ["context"])
            if args[1].isNoneValue { throw PyError.type("delay must not be None") }
            let when = try Arithmetic.binary(.add, .float(try loop(args).time()), args[1])
            return .object(try callAt(loop(args), when, args[2], Array(args.dropFirst(3))))
        }
        t.define("call_at") { _, args, kw in
            try Arguments.check("call_at", Array(args.dropFirst()), kw, min: 2, max: Int.max, keywords: ["context"])
            if args[1].isNoneValue { throw PyError.type("when cannot be None") }
            return .object(try callAt(loop(args), args[1], args[2], Array(args.dropFirst(3))))
        }
        t.define("create_future") { _, args, _ in .object(PyFuture(loop: loop(args))) }
        t.define("run_until_complete") { vm, args, kw in
            try Arguments.check("run_until_complete", Array(args.dropFirst()), kw, min: 1, max: 1)
            let l = loop(args)
            try LoopControl.enter(l, vm: vm)
            defer { vm.eventLoop = nil }
            return try l.runUntilComplete(try vm.ensureFuture(args[1], loop: l))
        }
        t.define("close") { vm, args, _ in
            if vm.eventLoop === loop(args) { throw PyError.runtime("Cannot close a running event loop") }
            loop(args).close()
            return .none
        }
        t.define("create_task") { vm, args, kw in
            try Arguments.check("create_task", Array(args.dropFirst()), kw, min: 1, max: 1, keywords: ["name", "context"])
            guard let coroutine = args[1].object as? PyCoroutine else {
                throw PyError.type("a coroutine was expected, got \(Repr.repr(args[1]))")
            }
            let name = Arguments.keyword(kw, "name").flatMap { $0.isNoneValue ? nil : Repr.str($0) }
            return .object(try vm.createTask(coroutine, loop: loop(args), name: name))
        }
    }

    /// A timer at `when` (any real number; the heap compares it as a float).
    static func callAt(_ loop: EventLoop, _ when: Value, _ callback: Value, _ args: [Value]) throws -> Handle {
        guard let deadline = Arithmetic.floatValue(when) else {
            throw PyError.type("'<' not supported between instances of '\(TypeOf.name(when))' and 'float'")
        }
        try loop.checkClosed()
        let handle = loop.callAt(deadline, .python(callback, args))
        handle.whenValue = when
        return handle
    }
}
