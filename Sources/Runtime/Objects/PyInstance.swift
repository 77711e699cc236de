/// An instance of a class defined by asyncviz's library code (`asyncio.Lock`,
/// `asyncio.Queue`, ...): its own attributes, then its class's.
final class PyInstance: PyNativeObject, NativeAttributes, CustomReprObject {
    var fields: [String: Value] = [:]
    /// This object's id in a run's events.
    var eventId = 0
    /// The VM that runs the class's `__repr__` and `__str__`.
    unowned(unsafe) let vm: VM

    init(type: PyType, vm: VM) {
        self.vm = vm
        super.init(type: type)
    }

    deinit {
        var held = Array(fields.values)
        fields = [:]
        Teardown.adopt(&held)
    }

    /// `__repr__` of the class, or CPython's default `<module.Class object at 0x…>`.
    var pythonRepr: String { call("__repr__") ?? "<\(type.moduleName).\(type.name) object at \(Repr.address(self))>" }

    /// `__str__` when the class defines it (its own or a base's), else the repr.
    var pythonStr: String { call("__str__") ?? pythonRepr }

    private func call(_ method: String) -> String? {
        guard let m = type.lookupClassAttribute(method) else { return nil }
        return (try? vm.callAside(m, [.object(self)]))?.asStr?.value
    }

    func attribute(_ name: String, vm: VM) throws -> Value? {
        if let v = fields[name] { return v }
        guard let v = type.lookupClassAttribute(name) else { return nil }
        if case .object(let o) = v, o.kind == .function {
            return .object(PyBoundMethod(receiver: .object(self), function: v))
        }
        return v
    }

    func setAttribute(_ name: String, _ value: Value) throws -> Bool {
        fields[name] = value
        return true
    }
}
