/// The loop API of programs that drive a loop themselves (the pre-3.7 idiom): `run_forever`, `stop`,
/// the exception handler, debug mode; and the module functions that make and set the current loop.
enum LoopControl {
    static func loop(_ args: [Value]) -> EventLoop { args[0].object as! EventLoop }

    static func install(on t: PyType) {
        t.define("run_forever") { vm, args, kw in
            try Arguments.check("run_forever", Array(args.dropFirst()), kw, min: 0, max: 0)
            try enter(loop(args), vm: vm)
            defer { vm.eventLoop = nil }
            try loop(args).runForever()
            return .none
        }
        t.define("stop") { _, args, kw in
            try Arguments.check("stop", Array(args.dropFirst()), kw, min: 0, max: 0)
            loop(args).stopping = true
            return .none
        }
        t.define("get_debug") { _, args, _ in .bool(loop(args).debug) }
        t.define("set_debug") { _, args, kw in
            try Arguments.check("set_debug", Array(args.dropFirst()), kw, min: 1, max: 1)
            loop(args).debug = Truth.isTrue(args[1])
            return .none
        }
        t.define("get_exception_handler") { _, args, _ in loop(args).exceptionHandler }
        t.define("set_exception_handler") { vm, args, kw in
            try Arguments.check("set_exception_handler", Array(args.dropFirst()), kw, min: 1, max: 1)
            if !args[1].isNoneValue, let callable = Builtins.table["callable"],
               !Truth.isTrue(try vm.call(callable, [args[1]])) {
                throw PyError.type("A callable object or None is expected, got \(Repr.repr(args[1]))")
            }
            loop(args).exceptionHandler = args[1]
            return .none
        }
        t.define("call_exception_handler") { _, args, kw in
            try Arguments.check("call_exception_handler", Array(args.dropFirst()), kw, min: 1, max: 1)
            let (message, exc, context) = try unpack(args[1])
            try loop(args).reportException(message: message, exc, context: context)
            return .none
        }
        t.define("default_exception_handler") { _, args, kw in
            try Arguments.check("default_exception_handler", Array(args.dropFirst()), kw, min: 1, max: 1)
            let (message, exc, context) = try unpack(args[1])
            loop(args).defaultReport(message: message, exc, context: context)
            return .none
        }
    }

    /// A context dict as the handler takes it apart: its message, its exception, the other keys.
    static func unpack(_ value: Value) throws -> (String, PyException?, [(String, Value)]) {
        guard let dict = value.object as? PyDict else {
            throw PyError.type("'\(TypeOf.name(value))' object is not subscriptable")
        }
        var message = "", exc: PyException?, rest: [(String, Value)] = []
        for (key, item) in dict.entries {
            let name = Repr.str(key)
            switch name {
            case "message": message = Truth.isTrue(item) ? Repr.str(item) : ""
            case "exception": exc = item.object as? PyException
            default: rest.append((name, item))
            }
        }
        return (message, exc, rest)
    }

    /// A heap operation on `PriorityQueue`'s list with Python's `<`; the first comparison that fails is raised.
    static func ordered(_ heap: PyList, _ body: ((Value, Value) -> Bool) -> Void) throws {
        var failure: Error?
        body { a, b in
            guard failure == nil else { return false }
            do { return try Comparison.compare(.lt, a, b) } catch { failure = error; return false }
        }
        if let failure { throw failure }
    }

    /// `run_forever` and `run_until_complete` make the loop the running one; one loop runs at a time.
    static func enter(_ loop: EventLoop, vm: VM) throws {
        try loop.checkClosed()
        if vm.eventLoop === loop { throw PyError.runtime("This event loop is already running") }
        if vm.eventLoop != nil { throw PyError.runtime("Cannot run the event loop while another loop is running") }
        vm.eventLoop = loop
    }

    /// `asyncio.new_event_loop()`, `asyncio.set_event_loop(loop)`, and `Runner.close`'s native part.
    static func moduleFunctions() -> [(String, Value)] {
        [
            VM.function("asyncio", "_loop_is_running") { vm, _, _ in .bool(vm.eventLoop != nil) },
            VM.function("asyncio", "_heap_push") { _, args, _ in
                guard args.count == 2, let heap = args[0].object as? PyList else { return .none }
                try ordered(heap) { Heapq.push(&heap.items, args[1], less: $0) }
                return .none
            },
            VM.function("asyncio", "_heap_pop") { _, args, _ in
                guard let heap = args.first?.object as? PyList, !heap.items.isEmpty else {
                    throw PyError(ExceptionTypes.indexError, "index out of range")
                }
                var smallest = Value.none
                try ordered(heap) { smallest = Heapq.pop(&heap.items, less: $0) }
                return smallest
            },
            VM.function("asyncio", "_shutdown_loop") { vm, args, _ in
                guard let loop = args.first?.object as? EventLoop else { return .none }
                try enter(loop, vm: vm)
                defer {
                    vm.eventLoop = nil
                    loop.close()
                }
                try AsyncioModule.shutdown(loop, vm: vm)
                return .none
            },
            VM.function("asyncio", "new_event_loop") { vm, args, kw in
                try Arguments.check("new_event_loop", args, kw, min: 0, max: 0)
                return .object(EventLoop(vm: vm))
            },
            VM.function("asyncio", "set_event_loop") { vm, args, kw in
                try Arguments.check("set_event_loop", args, kw, min: 1, max: 1)
                if !args[0].isNoneValue, !(args[0].object is EventLoop) {
                    throw PyError.type("loop must be an instance of AbstractEventLoop or None, not '\(TypeOf.name(args[0]))'")
                }
                vm.asyncioRunUsed = true
                vm.policyLoop = args[0].object as? EventLoop
                return .none
            },
        ]
    }
}

extension EventLoop {
    /// Debug mode records where the scenario scheduled a callback (only when the scenario's own code did:
    /// CPython's own library lines are not ours to show).
    func noteCreation(_ handle: Handle) {
        guard debug, case .python = handle.callback, let frame = vm.fiber.frames.last,
              !LibraryCode.isLibrary(frame.code) else { return }
        handle.createdAt = "\(vm.source.tracebackPath):\(vm.currentLine)"
    }

    /// Debug mode: a callback that held the loop at least `slowCallbackDuration` is reported, as CPython's
    /// `logger.warning('Executing %s took %.3f seconds')`; a task's step is named by the task.
    func warnIfSlow(_ handle: Handle, took seconds: Double) {
        guard seconds >= slowCallbackDuration else { return }
        let subject = handle.steppedTask?.pythonRepr ?? handle.pythonRepr
        let message = "Executing \(subject) took \(CFormat.fixed(seconds, precision: 3)) seconds"
        if vm.libraryLog("asyncio", level: 30, message, at: ("asyncio/base_events.py", 1917, "_run_once")) { return }
        vm.write(.stderr, message + "\n")
    }
}

extension EventLoop: CustomReprObject {
    /// `BaseEventLoop.__repr__`.
    var pythonRepr: String {
        "<\(type.name) running=\(vm.eventLoop === self ? "True" : "False") closed=\(closed ? "True" : "False") "
            + "debug=\(debug ? "True" : "False")>"
    }
}
