/// The modules a scenario may import, built on first import for each VM.
enum ModuleRegistry {
    /// Every importable module name (dotted names include their packages).
    static let available = ["asyncio", "concurrent", "concurrent.futures", "multiprocessing",
                            "multiprocessing.pool", "queue", "random", "sim", "threading", "time"]

    static func make(_ name: String, vm: VM) throws -> PyModule? {
        switch name {
        case "asyncio": return try AsyncioModule.make(vm)
        case "random": return RandomModule.make(vm)
        case "time": return TimeModule.make(vm)
        case "sim": return SimModule.make(vm)
        case "threading": return try ThreadingModule.make(vm)
        case "queue": return try QueueModule.make(vm)
        case "concurrent": return PyModule(name: "concurrent")
        case "concurrent.futures": return try FuturesModule.make(vm)
        case "multiprocessing": return try MultiprocessingModule.make(vm)
        case "multiprocessing.pool": return try MultiprocessingModule.makePool(vm)
        default: return nil
        }
    }
}

extension VM {
    /// `import name`: the module itself (`leaf`) or the top-level package it is in.
    func importModule(_ name: String, leaf: Bool) throws -> PyModule {
        let parts = name.split(separator: ".").map(String.init)
        var path = ""
        var top: PyModule?
        var last: PyModule?
        for part in parts {
            path = path.isEmpty ? part : path + "." + part
            let module: PyModule
            if let m = modules[path] {
                module = m
            } else if let m = try ModuleRegistry.make(path, vm: self) {
                modules[path] = m
                module = m
            } else {
                throw PyError(ExceptionTypes.moduleNotFoundError, "No module named '\(path)'")
            }
            if let parent = last, parent.attributes[part] == nil { parent.attributes[part] = .object(module) }
            if top == nil { top = module }
            last = module
        }
        return leaf ? last! : top!
    }

    /// `from package import name` where `name` is a submodule not imported yet (`from concurrent import futures`).
    func submodule(of package: PyModule, _ name: String) throws -> Value? {
        let path = package.name + "." + name
        guard ModuleRegistry.available.contains(path) else { return nil }
        return .object(try importModule(path, leaf: true))
    }

    /// A module function: a builtin named `module.name` in messages.
    static func function(_ module: String, _ name: String, _ body: @escaping PyBuiltin.Body) -> (String, Value) {
        (name, .object(PyBuiltin(name, qualifiedName: name, body)))
    }
}

/// `time`: the clocks read virtual time; `sleep` advances it.
enum TimeModule {
    static func make(_ vm: VM) -> PyModule {
        let clock: PyBuiltin.Body = { vm, args, kw in
            try Arguments.check("time", args, kw, min: 0, max: 0)
            return .float(vm.clock)
        }
        return PyModule(name: "time", attributes: Dictionary(uniqueKeysWithValues: [
            VM.function("time", "time", clock),
            VM.function("time", "monotonic", clock),
            VM.function("time", "perf_counter", clock),
            VM.function("time", "sleep") { vm, args, kw in
                try Arguments.check("sleep", args, kw, min: 1, max: 1)
                try vm.sleepThread(try SimModule.seconds(args[0], "sleep"), io: false)
                return .none
            },
        ]))
    }
}

/// `sim`: the harness module. In a single-threaded run `cpu` and `io` advance the virtual clock.
enum SimModule {
    static func seconds(_ v: Value, _ what: String) throws -> Double {
        guard let d = Arithmetic.floatValue(v) else {
            throw PyError.type("'\(TypeOf.name(v))' object cannot be interpreted as an integer")
        }
        if d < 0 { throw PyError.value(what == "sleep" ? "sleep length must be non-negative" : "\(what)() duration must be non-negative") }
        if !d.isFinite { throw PyError.value("\(what)() duration must be finite") }
        return d
    }

    static func make(_ vm: VM) -> PyModule {
        PyModule(name: "sim", attributes: Dictionary(uniqueKeysWithValues: [
            VM.function("sim", "cpu") { vm, args, kw in
                try Arguments.check("cpu", args, kw, min: 1, max: 1)
                try vm.computeThread(try seconds(args[0], "cpu"))
                return .none
            },
            VM.function("sim", "io") { vm, args, kw in
                try Arguments.check("io", args, kw, min: 1, max: 1)
                try vm.sleepThread(try seconds(args[0], "io"), io: true)
                return .none
            },
            VM.function("sim", "note") { vm, args, kw in
                try Arguments.check("note", args, kw, min: 1, max: 1)
                let text = try Arguments.string(args[0], "note() argument")
                vm.emit(.note, index: vm.currentLine, text: text)
                return .none
            },
            VM.function("sim", "configure") { vm, args, kw in
                try Arguments.check("configure", args, kw, min: 0, max: 0, keywords: MachineModel.keywords)
                try vm.machine.configure(kw)
                return .none
            },
        ]))
    }
}
