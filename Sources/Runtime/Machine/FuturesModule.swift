/// `concurrent.futures`: CPython 3.11's `_base.py` (Future, wait,
/// as_completed, Executor) and `thread.py` (ThreadPoolExecutor) as library
/// Python over threading and queue, with the exception classes native, and
/// the asyncio bridge (`run_in_executor`) the event loop calls.
enum FuturesModule {
    static let error = PyType("Error", base: ExceptionTypes.exception, module: "concurrent.futures._base")
    static let cancelledError = PyType("CancelledError", base: error, module: "concurrent.futures._base")
    static let invalidStateError = PyType("InvalidStateError", base: error, module: "concurrent.futures._base")
    static let brokenExecutor = PyType("BrokenExecutor", base: ExceptionTypes.runtimeError, module: "concurrent.futures._base")
    static let brokenThreadPool = PyType("BrokenThreadPool", base: brokenExecutor, module: "concurrent.futures.thread")
    static let doneAndNotDone = PyType("DoneAndNotDoneFutures", base: BuiltinTypes.tuple, module: "concurrent.futures._base")

    static let exported = [
        "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "Future", "Executor", "wait", "as_completed",
        "ThreadPoolExecutor", "ProcessPoolExecutor", "_run_in_executor", "_wrap_future", "_shutdown_default_executor",
    ]

    static func make(_ vm: VM) throws -> PyModule {
        let threading = try vm.importModule("threading", leaf: true)
        let queue = try vm.importModule("queue", leaf: true)
        let types: [String: Value] = [
            "CancelledError": .object(cancelledError), "InvalidStateError": .object(invalidStateError),
            "BrokenExecutor": .object(brokenExecutor), "BrokenThreadPool": .object(brokenThreadPool),
            "TimeoutError": .object(ExceptionTypes.timeoutError), "BrokenProcessPool": .object(ProcessPoolNatives.brokenProcessPool),
        ]
        let module = PyModule(name: "concurrent.futures", attributes: types)
        var natives = threading.attributes.merging(types) { a, _ in a }
        natives["SimpleQueue"] = queue.attributes["SimpleQueue"]
        natives["Queue"] = queue.attributes["Queue"]
        natives["Empty"] = .object(QueueModule.empty)
        for (name, value) in functions { natives[name] = value }
        for (name, value) in ProcessPoolNatives.functions { natives[name] = value }
        try LibraryCode.load("concurrent.futures", path: "<asyncviz>/concurrent/futures.py", text: FuturesLibrarySource.text,
                             natives: natives, exported: exported, into: module, vm: vm)
        switch vm.machine.model.pool {
        case .process?: module.attributes["ThreadPoolExecutor"] = module.attributes["ProcessPoolExecutor"]
        case .thread?: module.attributes["ProcessPoolExecutor"] = module.attributes["ThreadPoolExecutor"]
        case nil: break
        }
        return module
    }

    /// What a work item is, for lane labels: `evaluate_item(3)`.
    static func label(_ fn: Value, _ args: Value) -> String {
        let name = (fn.object as? PyFunction)?.code.name ?? (fn.object as? PyBuiltin)?.name ?? TypeOf.name(fn)
        let items = args.asTuple?.items ?? []
        var text = name + "(" + items.map { Repr.repr($0) }.joined(separator: ", ") + ")"
        if text.count > 40 { text = String(text.prefix(39)) + "…" }
        return text
    }

    static let functions: [String: Value] = Dictionary(uniqueKeysWithValues: [
        VM.function("concurrent.futures", "_cpu_count") { vm, _, _ in .int(vm.machine.model.cpus) },
        VM.function("concurrent.futures", "_workers_override") { vm, args, _ in
            vm.machine.model.workers.map { .int($0) } ?? args[0]
        },
        VM.function("concurrent.futures", "_monotonic") { vm, _, _ in try vm.readClock { vm, _ in .float(vm.clock) } },
        VM.function("concurrent.futures", "DoneAndNotDoneFutures") { _, args, kw in
            try Arguments.check("DoneAndNotDoneFutures", args, kw, min: 2, max: 2)
            return .object(PyNamedTuple(type: doneAndNotDone, fields: ["done", "not_done"], items: args))
        },
        VM.function("concurrent.futures", "_workitem_start") { vm, args, _ in
            vm.emit(.workitemStart, vm.machine.current.eventId, text: label(args[0], args[1]))
            vm.machine.current.inWorkItem = true
            return .none
        },
        VM.function("concurrent.futures", "_workitem_end") { vm, args, _ in
            vm.emit(.workitemEnd, vm.machine.current.eventId, text: Repr.str(args[0]))
            vm.machine.current.inWorkItem = false
            return .none
        },
        VM.function("concurrent.futures", "_submitted") { vm, args, _ in
            vm.emit(.executorSubmit, vm.machine.current.eventId, text: label(args[1], args[2]))
            return .none
        },
        VM.function("concurrent.futures", "_executor_event") { vm, args, _ in
            let kind: RuntimeEvent.Kind = Repr.str(args[0]) == "create" ? .executorCreate : .executorShutdown
            vm.emit(kind, vm.machine.current.eventId, index: { if args.count > 2, case .int(let n) = args[2] { return n } else { return -1 } }(), text: Repr.str(args[1]))
            return .none
        },
        VM.function("concurrent.futures", "_log_exception") { vm, args, _ in
            guard let exc = args[1].object as? PyException else { return .none }
            if vm.libraryLog("concurrent.futures", level: 50, Repr.str(args[0]),
                             at: ("concurrent/futures/thread.py", 74, "_worker"), exception: exc) { return .none }
            vm.write(.stderr, Repr.str(args[0]) + "\n" + Traceback.render(exc, source: vm.source))
            return .none
        },
        VM.function("concurrent.futures", "_log_callback_error") { vm, args, _ in
            guard let exc = args[1].object as? PyException else { return .none }
            let message = "exception calling callback for \(Repr.repr(args[0]))"
            let site = ("concurrent/futures/_base.py", 342, "_invoke_callbacks")
            if vm.libraryLog("concurrent.futures", level: 40, message, at: site, exception: exc) { return .none }
            vm.write(.stderr, message + "\n" + Traceback.render(exc, source: vm.source))
            return .none
        },
        VM.function("concurrent.futures", "_default_executor") { _, args, _ in
            (args[0].object as? EventLoop)?.defaultExecutor ?? .none
        },
        VM.function("concurrent.futures", "_set_default_executor") { _, args, _ in
            (args[0].object as? EventLoop)?.defaultExecutor = args[1]
            return .none
        },
    ])
}

extension VM {
    /// A name of `concurrent.futures` (a class, or a function of its Python half such as `_run_in_executor`),
    /// importing the module on first use.
    func futuresAttribute(_ name: String) throws -> Value {
        try importModule("concurrent.futures", leaf: true).attributes[name]!
    }
}
