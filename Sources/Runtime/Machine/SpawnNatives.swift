/// The native half of the `spawn` start method (`forkserver` is the same here) and of killing a process.
/// A spawned worker is a fresh interpreter: its `__main__` is the scenario imported again as `__mp_main__`
/// (top-level code runs again in the child, its globals are the child's own), and what it runs arrives pickled.
enum SpawnNatives {
    /// A spawned process takes this many times `--process-start` to start: a fresh interpreter starts and
    /// imports the script (CPython 3.11 on Linux takes about 14 times as long to spawn a process as to fork one).
    static let startFactor = 10.0

    static let entries: [(String, Value)] = [
        VM.function("multiprocessing", "_spawn") { vm, args, kw in
            try Arguments.check("_spawn", args, kw, min: 6, max: 6)
            if vm.machine.current.process.bootstrapping { throw PyError.runtime(unguardedStart) }
            let name = args[3].isNoneValue ? nil : Repr.str(args[3])
            let process = try vm.machine.spawnProcess(module: freshMain(vm), name: name, method: Repr.str(args[5]))
            let handle = try ThreadingModule.start(vm, bootstrap: args[0], arguments: args[2].asTuple?.items ?? [],
                                                   thread: args[1], name: process.name, daemon: Truth.isTrue(args[4]),
                                                   process: process)
            return .object(PyTuple([.object(handle), .int(MultiprocessingModule.pid(process))]))
        },
        VM.function("multiprocessing", "_spawn_started") { vm, _, _ in
            vm.machine.current.process.bootstrapping = true
            try vm.computeThread(vm.machine.model.processStart * startFactor, as: .starting)
            return .none
        },
        VM.function("multiprocessing", "_bootstrapped") { vm, _, _ in
            vm.machine.current.process.bootstrapping = false
            return .none
        },
        VM.function("multiprocessing", "_main_script") { vm, _, _ in
            // The script's module code as a function of this process's `__main__`: calling it runs the script
            // in the thread's own fiber, so its top-level code may block like any other code of the thread.
            guard let code = vm.mainCode else { return .none }
            return .object(PyFunction(code: code, module: vm.machine.current.process.mainModule, defaults: [],
                                      keywordDefaults: nil, closure: []))
        },
        VM.function("multiprocessing", "_spawn_pickle") { vm, args, kw in
            try Arguments.check("_spawn_pickle", args, kw, min: 3, max: 3)
            let kept = Set((args[1].asTuple?.items ?? []).compactMap { $0.object.map(ObjectIdentifier.init) })
            let passing = SpawnPassing(kept: kept, method: Repr.str(args[2]))
            let (tree, bytes) = try Pickling.pickle(args[0], vm: vm, spawning: passing)
            let cost = ProcessPoolNatives.cost(bytes, vm)
            vm.emit(.pickle, vm.machine.current.eventId, index: bytes, when: cost, text: "process")
            return try vm.compute(cost, thenReturn: .object(PyPickled(tree, bytes: bytes)), as: .pickling)
        },
        VM.function("multiprocessing", "_default_start_method") { vm, _, _ in
            guard let get = vm.modules["multiprocessing"]?.attributes["get_start_method"] else { return .str("fork") }
            return try vm.call(get, [])
        },
        VM.function("multiprocessing", "_kill_process") { vm, args, _ in
            if let handle = args.first?.object as? ThreadHandle { vm.machine.kill(handle.thread.process) }
            return .none
        },
        VM.function("multiprocessing", "_write_traceback") { vm, args, _ in
            guard let exc = args.first?.object as? PyException else { return .none }
            vm.write(.stderr, Traceback.render(exc, source: vm.source))
            return .none
        },
    ]

    /// CPython's words for a process started by the script's top-level code while a spawned child imports it.
    static let unguardedStart = [
        "", "An attempt has been made to start a new process before the",
        "current process has finished its bootstrapping phase.", "",
        "This probably means that you are not using fork to start your",
        "child processes and you have forgotten to use the proper idiom", "in the main module:", "",
        "    if __name__ == '__main__':", "        freeze_support()", "        ...", "",
        "The \"freeze_support()\" line can be omitted if the program",
        "is not going to be frozen to produce an executable.", "",
        "To fix this issue, refer to the \"Safe importing of main module\"",
        "section in https://docs.python.org/3/library/multiprocessing.html", "",
    ].map { $0.isEmpty ? $0 : "        " + $0 }.joined(separator: "\n") + "        "

    /// The `__main__` of a fresh interpreter, before the script runs in it: only builtins, named `__mp_main__`.
    static func freshMain(_ vm: VM) -> PyModule {
        let module = PyModule(name: "__mp_main__")
        module.globalNames = vm.mainModule.globalNames
        module.globals = module.globalNames.map { name in
            if name == "__name__" { return .str("__mp_main__") }
            if name == "__file__" { return .str(vm.source.tracebackPath) }
            return Builtins.table[name] ?? .unbound
        }
        return module
    }
}
