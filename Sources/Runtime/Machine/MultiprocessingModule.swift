/// `multiprocessing` and `multiprocessing.pool`: the library Python of
/// `MultiprocessingLibrarySource` over threading, queue, and the process
/// machinery `ProcessPoolExecutor` uses (forking a simulated process,
/// its start-up cost, pickling at a cost). Here: the exception classes,
/// the process identities and the fork that names its process.
enum MultiprocessingModule {
    static let processError = PyType("ProcessError", base: ExceptionTypes.exception, module: "multiprocessing")
    static let bufferTooShort = PyType("BufferTooShort", base: processError, module: "multiprocessing")
    static let timeoutError = PyType("TimeoutError", base: processError, module: "multiprocessing")
    static let authenticationError = PyType("AuthenticationError", base: processError, module: "multiprocessing")
    /// What a pool worker's exception has as `__cause__` in the parent: the traceback text from the worker.
    static let remoteTraceback = PyType("RemoteTraceback", base: ExceptionTypes.exception,
                                        module: "multiprocessing.pool")

    static let exported = [
        "Process", "current_process", "parent_process", "active_children", "cpu_count", "freeze_support",
        "get_start_method", "get_all_start_methods", "set_start_method", "get_context",
        "Lock", "RLock", "Semaphore", "BoundedSemaphore", "Condition", "Event", "Barrier",
        "Queue", "JoinableQueue", "SimpleQueue", "Value", "Array", "RawValue", "RawArray", "Pool", "Pipe",
        "Manager",
    ]
    static let managersExported = [
        "BaseManager", "SyncManager", "BaseProxy", "DictProxy", "ListProxy", "ValueProxy", "NamespaceProxy",
        "AcquirerProxy", "EventProxy", "ConditionProxy", "BarrierProxy", "ArrayProxy", "Namespace", "_ManagedValue",
    ]
    static let connectionExported = ["Connection", "Pipe", "wait"]
    static let poolExported = [
        "Pool", "ThreadPool", "ApplyResult", "AsyncResult", "MapResult", "IMapIterator", "IMapUnorderedIterator",
        "RemoteTraceback",
    ]

    static func make(_ vm: VM) throws -> PyModule {
        let threading = try vm.importModule("threading", leaf: true)
        let queue = try vm.importModule("queue", leaf: true)
        let errors: [String: Value] = [
            "ProcessError": .object(processError), "BufferTooShort": .object(bufferTooShort),
            "TimeoutError": .object(timeoutError), "AuthenticationError": .object(authenticationError),
        ]
        let module = PyModule(name: "multiprocessing", attributes: errors)
        var natives = errors
        natives["RemoteTraceback"] = .object(remoteTraceback)
        for name in ["Thread", "get_ident", "current_thread", "_address", "_suggest_wait_reason", "_trace"] {
            natives[name] = threading.attributes[name]
        }
        natives["_allocate_lock"] = threading.attributes["Lock"]
        natives["_monotonic"] = try vm.importModule("time", leaf: true).attributes["monotonic"]
        for name in ["Semaphore", "BoundedSemaphore", "Event", "Barrier", "Condition", "RLock"] {
            natives["_Thread" + name] = threading.attributes[name]
        }
        natives["_ThreadQueue"] = queue.attributes["Queue"]
        natives["_ThreadSimpleQueue"] = queue.attributes["SimpleQueue"]
        for (name, value) in FuturesModule.functions { natives[name] = value }
        for (name, value) in ProcessPoolNatives.functions { natives[name] = value }
        for (name, value) in functions { natives[name] = value }
        let library = PyModule(name: "multiprocessing.pool", attributes: ["TimeoutError": .object(timeoutError)])
        try LibraryCode.load("multiprocessing", path: "<asyncviz>/multiprocessing.py",
                             text: MultiprocessingLibrarySource.text, natives: natives,
                             exported: exported + poolExported + connectionExported + managersExported,
                             into: library, vm: vm)
        for (name, names) in [("connection", connectionExported), ("managers", managersExported)] {
            let submodule = PyModule(name: "multiprocessing." + name)
            for name in names { submodule.attributes[name == "_ManagedValue" ? "Value" : name] = library.attributes[name] }
            vm.modules["multiprocessing." + name] = submodule
        }
        for name in exported { module.attributes[name] = library.attributes[name] }
        for name in exported + connectionExported + managersExported where !poolExported.contains(name) {
            library.attributes[name] = nil
        }
        vm.modules["multiprocessing.pool"] = library
        return module
    }

    /// `multiprocessing.pool`, `.connection` or `.managers` (`name`), made with their package.
    static func makeSubmodule(_ vm: VM, _ name: String) throws -> PyModule {
        _ = try vm.importModule("multiprocessing", leaf: true)
        guard let module = vm.modules["multiprocessing." + name] else {
            throw PyError(ExceptionTypes.importError, "cannot import name '\(name)' from 'multiprocessing'")
        }
        return module
    }

    /// A process's id as `os.getpid()` would show it: deterministic, shaped like a Linux pid.
    static func pid(_ process: SimProcess) -> Int { 4_100 + process.pid * 100 }

    static let functions: [String: Value] = Dictionary(uniqueKeysWithValues: [
        VM.function("multiprocessing", "_launch") { vm, args, kw in
            try Arguments.check("_launch", args, kw, min: 5, max: 5)
            let handle = try ProcessPoolNatives.launch(vm, bootstrap: args[0], thread: args[1], arguments: args[2],
                                                       name: Repr.str(args[3]), daemon: Truth.isTrue(args[4]))
            return .object(PyTuple([.object(handle), .int(pid(handle.thread.process))]))
        },
        VM.function("multiprocessing", "_os_pid") { vm, _, _ in .int(pid(vm.machine.current.process)) },
        VM.function("multiprocessing", "_forked") { vm, args, _ in
            // A function of the parent's `__main__`, as the running process's own copy of the module has it.
            let module = vm.machine.current.process.mainModule
            guard let f = args.first?.object as? PyFunction, f.module !== module, Pickling.isMain(f.module.name),
                  let mine = module.attribute(f.code.qualifiedName), (mine.object as? PyFunction)?.code === f.code
            else { return args.first ?? .none }
            return mine
        },
        VM.function("multiprocessing", "_write_stderr") { vm, args, _ in
            vm.write(.stderr, Repr.str(args.first ?? .none))
            return .none
        },
    ])
}
