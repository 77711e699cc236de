/// What the VM needs for a `class` statement's body and for `with`: the namespace a finished
/// class body leaves, and a context manager's methods.
extension VM {
    /// The namespace of a finished class body: `__module__` and `__qualname__`, then its local slots by
    /// name in definition order (cells read through); the `__class__` cell goes in as `__classcell__`.
    func classNamespace(_ code: CodeObject, locals: UnsafeMutablePointer<Value>, module: PyModule) throws -> PyDict {
        let namespace = PyDict()
        try namespace.set(.str("__module__"), .str(module.name))
        try namespace.set(.str("__qualname__"), .str(code.qualifiedName))
        if let doc = code.docstring { try namespace.set(.str("__doc__"), .str(doc)) }
        for (i, name) in code.slotNames.enumerated() where !code.freeSlots.contains(i) {
            var v = locals[i]
            if name == "__class__" {
                if v.object is PyCell { try namespace.set(.str("__classcell__"), v) }
                continue
            }
            if let cell = v.object as? PyCell { v = cell.value }
            if !v.isUnbound { try namespace.set(.str(name), v) }
        }
        return namespace
    }

    /// `__exit__` and `__enter__` of a `with` operand, or CPython's TypeError.
    func contextMethods(_ manager: Value) throws -> (exit: Value, enter: Value) {
        do {
            let exit = try Attributes.get(manager, "__exit__", vm: self)
            return (exit, try Attributes.get(manager, "__enter__", vm: self))
        } catch let e as PyError where e.exception.type.isSubtype(of: ExceptionTypes.attributeError) {
            throw PyError.type("'\(TypeOf.name(manager))' object does not support the context manager protocol")
        }
    }

    /// `__aexit__` and `__aenter__` of an `async with` operand, or CPython's TypeError.
    func asyncContextMethods(_ manager: Value) throws -> (exit: Value, enter: Value) {
        do {
            let exit = try Attributes.get(manager, "__aexit__", vm: self)
            return (exit, try Attributes.get(manager, "__aenter__", vm: self))
        } catch {
            let name = TypeOf.name(manager)
            throw PyError.type("'\(name)' object does not support the asynchronous context manager protocol")
        }
    }
}
