/// What the VM needs for asyncviz's library code beyond the scenario language:
/// classes (built from a class body's locals) and async context managers.
extension VM {
    /// The namespace of a finished class body: its local slots by name (cells read through).
    func classNamespace(_ code: CodeObject, locals: UnsafeMutablePointer<Value>) throws -> PyDict {
        let namespace = PyDict()
        for (i, name) in code.slotNames.enumerated() where !code.freeSlots.contains(i) {
            var v = locals[i]
            if let cell = v.object as? PyCell { v = cell.value }
            if !v.isUnbound { try namespace.set(.str(name), v) }
        }
        return namespace
    }

    /// A class with one base (or `object`); `__module__` in the namespace names its module.
    func makeClass(_ name: String, namespace: PyDict, bases: [Value], module: PyModule) throws -> PyType {
        let base = bases.first?.object as? PyType ?? BuiltinTypes.object
        let moduleName = try namespace.get(.str("__module__"))?.asStr?.value ?? module.name
        let cls = PyType(name, base: base, module: moduleName)
        var attributes: [String: Value] = [:]
        for (k, v) in namespace.entries { if let s = k.asStr { attributes[s.value] = v } }
        cls.classAttributes = attributes
        return cls
    }

    /// `__aexit__` and `__aenter__` of an `async with` operand, or CPython's TypeError.
    func asyncContextMethods(_ manager: Value) throws -> (exit: Value, enter: Value) {
        do {
            return (try Attributes.get(manager, "__aexit__", vm: self), try Attributes.get(manager, "__aenter__", vm: self))
        } catch {
            throw PyError.type("'\(TypeOf.name(manager))' object does not support the asynchronous context manager protocol")
        }
    }
}
