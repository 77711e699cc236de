/// `sys`: the scenario's command line, exit, its output streams, the recursion limit (the run's
/// `--max-depth`), the switch interval (the machine's) and CPython 3.11's constants on a 64-bit Linux.
enum SysModule {
    static let versionInfoType = PyType("sys.version_info", base: BuiltinTypes.tuple)
    static let floatInfoType = PyType("sys.float_info", base: BuiltinTypes.tuple)
    /// The CPython release asyncviz reproduces.
    static let version = (major: 3, minor: 11, micro: 7)

    static func make(_ vm: VM) -> PyModule {
        let stdout = Value.object(PyTextStream(.stdout)), stderr = Value.object(PyTextStream(.stderr))
        let argv = [vm.source.path] + vm.scenarioArguments
        var attributes: [String: Value] = [
            "argv": .object(PyList(argv.map { .str($0) })),
            "stdout": stdout, "stderr": stderr, "__stdout__": stdout, "__stderr__": stderr,
            "version": .str("\(version.major).\(version.minor).\(version.micro) (main, asyncviz) [deterministic VM]"),
            "version_info": .object(versionInfo),
            "hexversion": .int(version.major << 24 | version.minor << 16 | version.micro << 8 | 0xF0),
            "maxsize": .int(Int.max),
            "platform": .str("linux"),
            "byteorder": .str("little"),
            "float_info": .object(floatInfo),
            "path": .object(PyList()),
            "modules": .object(loadedModules(vm)),
        ]
        for (name, value) in functions { attributes[name] = value }
        return PyModule(name: "sys", attributes: attributes)
    }

    /// `sys.modules`: `__main__` and every module imported so far (kept up to date by `import`).
    static func loadedModules(_ vm: VM) -> PyDict {
        let dict = PyDict()
        try? dict.set(.str("__main__"), .object(vm.mainModule))
        for name in vm.modules.keys.sorted() { try? dict.set(.str(name), .object(vm.modules[name]!)) }
        return dict
    }

    /// Records a newly imported module in `sys.modules`, when the scenario has imported `sys`.
    static func imported(_ module: PyModule, as name: String, vm: VM) {
        try? (vm.modules["sys"]?.attributes["modules"]?.object as? PyDict)?.set(.str(name), .object(module))
    }

    static var versionInfo: PyNamedTuple {
        PyNamedTuple(type: versionInfoType, fields: ["major", "minor", "micro", "releaselevel", "serial"],
                     items: [.int(version.major), .int(version.minor), .int(version.micro), .str("final"), .int(0)])
    }

    static var floatInfo: PyNamedTuple {
        let fields: [(String, Value)] = [
            ("max", .float(Double.greatestFiniteMagnitude)),
            ("max_exp", .int(Double.greatestFiniteMagnitude.exponent + 1)),
            ("max_10_exp", .int(308)), ("min", .float(Double.leastNormalMagnitude)),
            ("min_exp", .int(Double.leastNormalMagnitude.exponent + 1)), ("min_10_exp", .int(-307)),
            ("dig", .int(15)), ("mant_dig", .int(Double.significandBitCount + 1)), ("epsilon", .float(Double.ulpOfOne)),
            ("radix", .int(Double.radix)), ("rounds", .int(1)),
        ]
        return PyNamedTuple(type: floatInfoType, fields: fields.map(\.0), items: fields.map(\.1))
    }

    static let functions: [(String, Value)] = [
        VM.function("sys", "exit") { _, args, kw in
            try Arguments.check("exit", args, kw, min: 0, max: 1)
            // As CPython raises it: None gives no args, a tuple gives its items.
            let code = args.first ?? .none
            let exitArgs = code.isNoneValue ? [] : code.asTuple?.items ?? [code]
            throw PyError(PyException(ExceptionTypes.systemExit, exitArgs))
        },
        VM.function("sys", "getrecursionlimit") { vm, args, kw in
            try Arguments.check("getrecursionlimit", args, kw, min: 0, max: 0)
            return .int(vm.limits.maxRecursionDepth)
        },
        VM.function("sys", "setrecursionlimit") { vm, args, kw in
            try Arguments.check("setrecursionlimit", args, kw, min: 1, max: 1)
            try vm.setRecursionLimit(try Arguments.int(args[0]))
            return .none
        },
        VM.function("sys", "getswitchinterval") { vm, args, kw in
            try Arguments.check("getswitchinterval", args, kw, min: 0, max: 0)
            return .float(vm.machine.model.switchInterval)
        },
        VM.function("sys", "setswitchinterval") { vm, args, kw in
            try Arguments.check("setswitchinterval", args, kw, min: 1, max: 1)
            guard let seconds = Arithmetic.floatValue(args[0]) else {
                throw PyError.type("must be real number, not \(TypeOf.name(args[0]))")
            }
            if !(seconds > 0) { throw PyError.value("switch interval must be strictly positive") }
            if !vm.machine.model.fixed.contains("switch_interval") { vm.machine.model.switchInterval = seconds }
            return .none
        },
        VM.function("sys", "exc_info") { vm, args, kw in
            try Arguments.check("exc_info", args, kw, min: 0, max: 0)
            guard let e = vm.fiber.handling.last else { return .object(PyTuple([.none, .none, .none])) }
            return .object(PyTuple([.object(e.type), .object(e), PyTraceback.of(e)]))
        },
        VM.function("sys", "exception") { vm, args, kw in
            try Arguments.check("exception", args, kw, min: 0, max: 0)
            return vm.fiber.handling.last.map { .object($0) } ?? .none
        },
        VM.function("sys", "intern") { vm, args, kw in
            try Arguments.check("intern", args, kw, min: 1, max: 1)
            guard let s = args[0].asStr else {
                throw PyError.type("intern() argument must be str, not \(TypeOf.name(args[0]))")
            }
            if let first = vm.interned[s.value] { return first }
            vm.interned[s.value] = args[0]
            return args[0]
        },
        VM.function("sys", "getsizeof") { _, args, kw in
            try Arguments.check("getsizeof", args, kw, min: 1, max: 2)
            return .int(ObjectSizes.size(of: args[0]))
        },
        VM.function("sys", "getdefaultencoding") { _, args, kw in
            try Arguments.check("getdefaultencoding", args, kw, min: 0, max: 0)
            return .str("utf-8")
        },
    ]
}

extension VM {
    /// `sys.setrecursionlimit(n)`: the run's recursion limit from now on (CPython's checks and messages).
    func setRecursionLimit(_ limit: Int) throws {
        if limit > Int(Int32.max) { throw PyError.overflow("Python int too large to convert to C int") }
        if limit < 1 { throw PyError.value("recursion limit must be greater or equal than 1") }
        let depth = fiber.frames.count + framesBelow + 1
        if depth >= limit {
            let message = "cannot set the recursion limit to \(limit) at the recursion depth \(depth)"
            throw PyError(ExceptionTypes.recursionError, message + ": the limit is too low")
        }
        limits.maxRecursionDepth = limit
        ThreadState.current.budget?.recursionLimit = limit
    }
}
