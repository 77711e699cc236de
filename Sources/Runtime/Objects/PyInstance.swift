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
    /// Once the program has asked for `__dict__`: the dict that holds the attributes from then on (`names`
    /// and `values` stay empty), so that writes through it are seen as attributes and the reverse. Only
    /// the paths that miss in `names` look at it: ordinary instances pay nothing.
    private var liveDict: PyDict?
    /// For an instance of a `threading.local` subclass: every thread's attributes; `names` and `values`
    /// hold those of the thread that touched the object last.
    var perThread: ThreadFields?
    /// This object's id in a run's events.
    var eventId = 0
    /// For an instance of a subclass of a builtin type (`dict`, `list`, `str`, `int`, `tuple`, ...): the builtin
    /// value it is, which the base type's methods (found through the class's MRO) work on.
    var storage: Value?
    /// Freed with the instance: tells its weak references (`weakref`), which then run their callbacks.
    var weakAnchor: WeakAnchor?
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
        if let i = position(name) { return values[i] }
        guard let liveDict else { return nil }
        return try? liveDict.get(.str(name))
    }

    /// The attributes' names in the order they were first set.
    var fieldOrder: [String] {
        if perThread != nil { switchToCurrentThread() }
        if let liveDict { return liveDict.entries.compactMap { $0.key.asStr?.value } }
        return names
    }

    /// The attributes' values, in the order they were first set.
    var fieldValues: [Value] {
        if perThread != nil { switchToCurrentThread() }
        if let liveDict { return liveDict.entries.map(\.value) }
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
        if let liveDict { held.append(.object(liveDict)) }
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
        if let liveDict {
            try? liveDict.set(.str(name), value)
            return
        }
        if name == "__dict__", perThread == nil, let d = value.asDict {
            replaceAttributeDict(d)
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
        guard let i = position(name) else {
            guard let liveDict else { return false }
            return (try? liveDict.remove(.str(name))) != nil
        }
        names.remove(at: i)
        values.remove(at: i)
        if positions != nil { reindex() }
        return true
    }

    /// `__dict__` and `vars()`: the dict of the attributes, live (what is written through it is an attribute,
    /// and the reverse). A `threading.local` subclass's instance gives its running thread's attributes as a copy.
    func attributeDict() -> PyDict {
        if perThread != nil { switchToCurrentThread() }
        if let liveDict { return liveDict }
        let d = PyDict()
        for (name, value) in zip(names, values) { try? d.set(.str(name), value) }
        if perThread == nil {
            liveDict = d
            (names, values, positions) = ([], [], nil)
        }
        return d
    }

    /// `obj.__dict__ = d`: `d` holds the attributes from now on.
    func replaceAttributeDict(_ d: PyDict) {
        if perThread != nil { switchToCurrentThread() }
        liveDict = d
        (names, values, positions) = ([], [], nil)
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
