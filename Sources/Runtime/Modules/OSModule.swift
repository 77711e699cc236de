/// `os`, sandboxed: what a scenario may know about its machine — the simulated process ids and cores,
/// an environment that starts empty (`getenv` reads what the scenario puts in `environ`), POSIX's separators — and `os.path`'s string functions. Nothing here reaches
/// the real system: files, directories, processes and the environment are absent (see README "Sandbox").
enum OSModule {
    static func make(_ vm: VM) throws -> PyModule {
        let path = try PosixPathModule.make(vm)
        vm.modules["os.path"] = path
        SysModule.imported(path, as: "os.path", vm: vm)
        var attributes: [String: Value] = [
            "name": .str("posix"), "sep": .str("/"), "altsep": .none, "extsep": .str("."), "pathsep": .str(":"),
            "linesep": .str("\n"), "curdir": .str("."), "pardir": .str(".."), "devnull": .str("/dev/null"),
            "environ": .object(PyDict()), "path": .object(path),
        ]
        for (name, value) in functions { attributes[name] = value }
        return PyModule(name: "os", attributes: attributes)
    }

    static let functions: [(String, Value)] = [
        VM.function("os", "getpid") { vm, args, kw in
            try Arguments.check("getpid", args, kw, min: 0, max: 0)
            return .int(vm.machine.current.process.osPid)
        },
        VM.function("os", "getppid") { vm, args, kw in
            try Arguments.check("getppid", args, kw, min: 0, max: 0)
            return .int(vm.machine.current.process.osParentPid)
        },
        VM.function("os", "cpu_count") { vm, args, kw in
            try Arguments.check("cpu_count", args, kw, min: 0, max: 0)
            return .int(vm.machine.model.cpus)
        },
        VM.function("os", "sched_getaffinity") { vm, args, kw in
            try Arguments.check("sched_getaffinity", args, kw, min: 1, max: 1)
            _ = try Arguments.int(args[0])
            let cores = PySet()
            try cores.add(contentsOf: (0..<vm.machine.model.cpus).map { .int($0) })
            return .object(cores)
        },
        VM.function("os", "getenv") { vm, args, kw in
            if args.count > 2 {
                throw PyError.type("getenv() takes from 1 to 2 positional arguments but \(args.count) were given")
            }
            var key = args.first, fallback = args.count > 1 ? args[1] : Value.none
            for (name, value) in kw {
                switch name {
                case "key": key = value
                case "default": fallback = value
                default: throw PyError.type("getenv() got an unexpected keyword argument '\(name)'")
                }
            }
            guard let key else { throw PyError.type("getenv() missing 1 required positional argument: 'key'") }
            guard key.asStr != nil else { throw PyError.type("str expected, not \(TypeOf.name(key))") }
            let environ = vm.modules["os"]?.attributes["environ"]?.object as? PyDict
            return try environ?.get(key) ?? fallback
        },
    ]
}

extension SimProcess {
    /// The process id `os.getpid()` reports: the main process is 4100, worker processes 4200, 4300, …
    var osPid: Int { 4_100 + pid * 100 }

    /// `os.getppid()`: a worker's parent is the main process; the main process's is the shell, 4000.
    var osParentPid: Int { pid == 0 ? 4_000 : SimProcess.mainPid }

    static let mainPid = 4_100
}
