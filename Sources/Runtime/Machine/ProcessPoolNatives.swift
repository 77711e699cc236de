/// The native half of `ProcessPoolExecutor`: forking a worker process,
/// its start-up cost, and pickling at a cost proportional to the bytes.
enum ProcessPoolNatives {
    static let brokenProcessPool = PyType("BrokenProcessPool", base: FuturesModule.brokenExecutor, module: "concurrent.futures.process")

    static let functions: [String: Value] = Dictionary(uniqueKeysWithValues: SpawnNatives.entries + [
        VM.function("concurrent.futures", "_launch_process") { vm, args, _ in
            .object(try launch(vm, bootstrap: args[0], thread: args[1], arguments: args[2], name: nil, daemon: false))
        },
        VM.function("concurrent.futures", "_process_started") { vm, _, _ in
            try vm.computeThread(vm.machine.model.processStart, as: .starting)
            return .none
        },
        VM.function("concurrent.futures", "_pickle") { vm, args, _ in
            let (tree, bytes) = try Pickling.pickle(args[0], vm: vm)
            let what = args.count > 1 ? Repr.str(args[1]) : "pickle"
            vm.emit(.pickle, vm.machine.current.eventId, index: bytes, when: cost(bytes, vm), text: what)
            return try vm.compute(cost(bytes, vm), thenReturn: .object(PyPickled(tree, bytes: bytes)), as: .pickling)
        },
        VM.function("concurrent.futures", "_unpickle") { vm, args, _ in
            guard let p = args[0].object as? PyPickled else { return args[0] }
            let value = try Pickling.unpickle(p.tree, into: vm.machine.current.process.mainModule)
            vm.emit(.pickle, vm.machine.current.eventId, index: p.bytes, when: cost(p.bytes, vm), text: "unpickle")
            return try vm.compute(cost(p.bytes, vm), thenReturn: value, as: .pickling)
        },
    ])

    /// Forks a simulated process (its `__main__` a copy of the caller's) whose main thread `thread`
    /// runs `bootstrap(*arguments)`.
    static func launch(_ vm: VM, bootstrap: Value, thread: Value, arguments: Value, name: String?,
                       daemon: Bool) throws -> ThreadHandle {
        let module = try ForkCopy.copy(vm.machine.current.process.mainModule)
        let process = try vm.machine.spawnProcess(module: module, name: name)
        return try ThreadingModule.start(vm, bootstrap: bootstrap, arguments: arguments.asTuple?.items ?? [],
                                         thread: thread, name: process.name, daemon: daemon, process: process)
    }

    /// `pickle_cost` virtual seconds per 1,000 bytes.
    static func cost(_ bytes: Int, _ vm: VM) -> Double {
        Double(bytes) / 1000 * vm.machine.model.pickleCost
    }
}
