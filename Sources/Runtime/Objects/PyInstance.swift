/// An instance of a class (a scenario's or asyncviz's library code's, `asyncio.Lock`,
/// `threading.Thread`, ...): its own attributes in definition order; its class holds the rest.
final class PyInstance: PyNativeObject, CustomReprObject {
    /// The attributes' names in the order they were first set (what `vars()` lists) and their values. Most
    /// instances have a handful, found faster by a scan than by hashing the name; past `indexedFrom` a
    /// dictionary of positions takes over.
    private var names: [String] = []
    private var values: [Value] = []
    private var positions: [String: Int]?
    private static let indexedFrom = 12
    /// For an instance of a `threading.local` subclass: every thread's attributes; `names` and `values`
    /// hold those of the thread that touched the object last.
    var perThread: ThreadFields?
    /// This object's id in a run's events.
    var eventId = 0
    /// For an instance of a subclass of a builtin type (`dict`, `list`, `str`, `int`, `tuple`, ...): the builtin
    /// value it is, which the base type's methods (found through the class's MRO) work on.
    var storage: Value?
    /// The VM that runs the class's special methods.
    unowned(unsafe) let vm: VM

    init(type: PyType, vm: VM) {
        self.vm = vm
        super.init(type: type)
    }

    @inline(__always) private func position(_ name: String) -> Int? {
        if let positions { return positions[name] }
        for i in names.indices where names[i] == name { return i }
        return nil
    }

    @inline(__always) func field(_ name: String) -> Value? {
        if perThread != nil { switchToCurrentThread() }
        return position(name).map { values[$0] }
    }

    /// The attributes' names in the order they were first set.
    var fieldOrder: [String] {
        if perThread != nil { switchToCurrentThread() }
        return names
    }

    /// The attributes' values, in the order they were first set.
    var fieldValues: [Value] {
        if perThread != nil { switchToCurrentThread() }
        return values
    }

    /// Makes the attributes the running thread's (a `threading.local` subclass's instance).
    func switchToCurrentThread() {
        guard let p = perThread else { return }
        let key = p.machine.current.number
        guard key != p.active else { return }
        p.saved[p.active] = (names, values)
        (names, values) = p.saved.removeValue(forKey: key) ?? ([], [])
        positions = nil
        if names.count > Self.indexedFrom { reindex() }
        p.active = key
    }

    private func reindex() {
        positions = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
    }

    deinit {
        var held = values + (perThread?.saved.values.flatMap { $0.values } ?? [])
        if let storage { held.append(storage) }
        values = []
        Teardown.adopt(&held)
    }

    func setField(_ name: String, _ value: Value) {
        if perThread != nil { switchToCurrentThread() }
        if let i = position(name) {
            values[i] = value
            return
        }
        names.append(name)
        values.append(value)
        if positions != nil {
            positions![name] = names.count - 1
        } else if names.count > Self.indexedFrom {
            reindex()
        }
    }

    /// Removes an attribute; false when the instance has none of that name.
    func removeField(_ name: String) -> Bool {
        if perThread != nil { switchToCurrentThread() }
        guard let i = position(name) else { return false }
        names.remove(at: i)
        values.remove(at: i)
        if positions != nil { reindex() }
        return true
    }

    /// The attributes as a new dict, in the order they were set (`__dict__`, `vars()`).
    func fieldsDict() -> PyDict {
        if perThread != nil { switchToCurrentThread() }
        let d = PyDict()
        for (name, value) in zip(names, values) { try? d.set(.str(name), value) }
        return d
    }

    /// `__repr__` of the class, the builtin value's repr for a subclass of a builtin type, or CPython's
    /// default `<module.Class object at 0x…>`.
    var pythonRepr: String {
        if let m = SpecialMethods.typeSpecial(.object(self), "__repr__") {
            return SpecialMethods.stringResult(m, .object(self)) ?? defaultRepr
        }
        if let storage { return BuiltinSubclasses.repr(storage, type: type) }
        return defaultRepr
    }

    /// `object.__repr__`.
    var defaultRepr: String { "<\(type.qualifiedName) object at \(Repr.address(self))>" }

    /// `__str__` when the class defines it (its own or a base's), the value of a `str` subclass's instance,
    /// else the repr.
    var pythonStr: String {
        if let m = type.lookupClassAttribute("__str__"), let s = SpecialMethods.stringResult(m, .object(self)) {
            return s
        }
        if case .object(let o)? = storage, o.kind == .str { return unsafeDowncast(o, to: PyStr.self).value }
        return pythonRepr
    }
}
