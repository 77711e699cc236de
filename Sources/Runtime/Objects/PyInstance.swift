/// An instance of a class (a scenario's or asyncviz's library code's, `asyncio.Lock`,
/// `threading.Thread`, ...): its own attributes in definition order; its class holds the rest.
final class PyInstance: PyNativeObject, CustomReprObject {
    fileprivate(set) var fields: [String: Value] = [:]
    /// The names of `fields` in the order they were first set (what `vars()` lists).
    fileprivate(set) var fieldOrder: [String] = []
    /// For an instance of a `threading.local` subclass: every thread's attributes; `fields` holds those of
    /// the thread that touched the object last.
    var perThread: ThreadFields?
    /// This object's id in a run's events.
    var eventId = 0
    /// For an instance of a subclass of `dict` or `list`: the dict or list it is, which the builtin methods
    /// (found through the class's MRO) work on.
    var storage: PyObject?
    /// The VM that runs the class's special methods.
    unowned(unsafe) let vm: VM

    init(type: PyType, vm: VM) {
        self.vm = vm
        super.init(type: type)
    }

    @inline(__always) func field(_ name: String) -> Value? {
        if perThread != nil { switchToCurrentThread() }
        return fields[name]
    }

    /// Makes `fields` the running thread's attributes (a `threading.local` subclass's instance).
    func switchToCurrentThread() {
        guard let p = perThread else { return }
        let key = p.machine.current.number
        guard key != p.active else { return }
        p.saved[p.active] = (fields, fieldOrder)
        (fields, fieldOrder) = p.saved.removeValue(forKey: key) ?? ([:], [])
        p.active = key
    }

    deinit {
        var held = Array(fields.values) + (perThread?.saved.values.flatMap { $0.fields.values } ?? [])
        if let storage { held.append(.object(storage)) }
        fields = [:]
        Teardown.adopt(&held)
    }

    func setField(_ name: String, _ value: Value) {
        if perThread != nil { switchToCurrentThread() }
        if fields.updateValue(value, forKey: name) == nil { fieldOrder.append(name) }
    }

    /// Removes an attribute; false when the instance has none of that name.
    func removeField(_ name: String) -> Bool {
        if perThread != nil { switchToCurrentThread() }
        guard fields.removeValue(forKey: name) != nil else { return false }
        fieldOrder.removeAll { $0 == name }
        return true
    }

    /// The attributes as a new dict, in the order they were set (`__dict__`, `vars()`).
    func fieldsDict() -> PyDict {
        if perThread != nil { switchToCurrentThread() }
        let d = PyDict()
        for name in fieldOrder { if let v = fields[name] { try? d.set(.str(name), v) } }
        return d
    }

    /// `__repr__` of the class, or CPython's default `<module.Class object at 0x…>`.
    var pythonRepr: String {
        if let m = SpecialMethods.typeSpecial(.object(self), "__repr__"),
           let s = SpecialMethods.stringResult(m, .object(self)) {
            return s
        }
        return defaultRepr
    }

    /// `object.__repr__`.
    var defaultRepr: String { "<\(type.qualifiedName) object at \(Repr.address(self))>" }

    /// `__str__` when the class defines it (its own or a base's), else the repr.
    var pythonStr: String {
        if let m = type.lookupClassAttribute("__str__"), let s = SpecialMethods.stringResult(m, .object(self)) {
            return s
        }
        return pythonRepr
    }
}
