/// `globals()`, `locals()` and `vars()`/`dir()` without an argument: the names of the running frame as
/// dicts (or a sorted list). `locals()` in a function is a snapshot, as in CPython; `globals()` is a
/// snapshot of the module's names too (in CPython it is the module's own dict: assigning into it defines a
/// name, which asyncviz does not do; the README says so). Builtins never appear among them.
enum NamespaceBuiltins {
    static let functions: [(String, PyBuiltin.Body)] = [
        ("globals", { vm, args, kw in
            try Arguments.check("globals", args, kw, min: 0, max: 0)
            return .object(globals(vm))
        }),
        ("locals", { vm, args, kw in
            try Arguments.check("locals", args, kw, min: 0, max: 0)
            return .object(locals(vm))
        }),
    ]

    /// The module's names bound so far, after `__name__` and `__doc__`, in the order the module names them.
    static func globals(_ vm: VM) -> PyDict {
        let module = vm.fiber.frames.last?.module ?? vm.mainModule
        let d = PyDict()
        try? d.set(.str("__name__"), .str(module.name))
        try? d.set(.str("__doc__"), .none)
        for (i, name) in module.globalNames.enumerated() where !name.hasPrefix("__") {
            let value = module.globals[i]
            if value.isUnbound { continue }
            if let builtin = Builtins.table[name], Equality.identical(builtin, value) { continue }
            try? d.set(.str(name), value)
        }
        return d
    }

    /// The running function's bound local variables (cells read through), or the module's names at top level.
    static func locals(_ vm: VM) -> PyDict {
        guard let frame = vm.fiber.frames.last, frame.function != nil else { return globals(vm) }
        let d = PyDict()
        for (i, name) in frame.code.slotNames.enumerated() where !name.hasPrefix(".") {
            var value = vm.fiber.stack[frame.base + i]
            if let cell = value.object as? PyCell { value = cell.value }
            if value.isUnbound { continue }
            try? d.set(.str(name), value)
        }
        return d
    }
}
