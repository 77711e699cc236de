/// `threading.local()`: an object whose attributes are kept apart per simulated thread.
/// Each thread reads and writes its own dict (created the first time the thread touches
/// the object); a name the thread never set is an `AttributeError` even if another thread set it.
final class PyThreadLocal: PyNativeObject, NativeAttributes {
    static let type: PyType = {
        let t = PyType("_local", base: BuiltinTypes.object, module: "_thread")
        t.constructor = { vm, args, kw in
            if !args.isEmpty || !kw.isEmpty { throw PyError.type("Initialization arguments are not supported") }
            return .object(PyThreadLocal(vm.machine))
        }
        return t
    }()

    private unowned let machine: Machine
    /// Each thread's attributes, by the thread's number in the machine.
    private var dicts: [Int: PyDict] = [:]

    init(_ machine: Machine) {
        self.machine = machine
        super.init(type: PyThreadLocal.type)
    }

    /// The current thread's dict, created on first use.
    private var mine: PyDict {
        let key = machine.current.number
        if let d = dicts[key] { return d }
        let d = PyDict()
        dicts[key] = d
        return d
    }

    func attribute(_ name: String, vm: VM) throws -> Value? {
        if name == "__dict__" { return .object(mine) }
        if let v = try mine.get(.str(name)) { return v }
        if name == "__class__" || PyThreadLocal.type.lookupMethod(name) != nil { return nil }
        throw missing(name)
    }

    func setAttribute(_ name: String, _ value: Value) throws -> Bool {
        if name == "__dict__" || name == "__class__" {
            throw PyError.attribute("'_thread._local' object attribute '\(name)' is read-only")
        }
        try mine.set(.str(name), value)
        return true
    }

    /// `del local.name` in the current thread.
    func deleteAttribute(_ name: String) throws {
        guard try mine.remove(.str(name)) != nil else { throw missing(name) }
    }

    private func missing(_ name: String) -> PyError {
        let e = PyException(ExceptionTypes.attributeError, "'_thread._local' object has no attribute '\(name)'")
        e.attributes["name"] = .str(name)
        e.attributes["obj"] = .object(self)
        return PyError(e)
    }
}

/// The per-thread attributes of an instance of a `threading.local` subclass. A thread that first touches
/// the object gets an empty set of attributes, and the class's `__init__` runs again for it with the
/// arguments the object was made with, as in CPython.
final class ThreadFields {
    unowned let machine: Machine
    let arguments: [Value]
    let keywords: KeywordArguments
    /// The thread whose attributes the instance holds now, and every other thread's.
    var active: Int
    var saved: [Int: (names: [String], values: [Value])] = [:]
    /// The threads `__init__` has run for.
    private var initialised: Set<Int>

    init(machine: Machine, arguments: [Value], keywords: KeywordArguments) {
        self.machine = machine
        self.arguments = arguments
        self.keywords = keywords
        active = machine.current.number
        initialised = [active]
    }

    /// Runs `__init__` for the running thread if it has not run for it yet.
    func prepare(_ instance: PyInstance, vm: VM) throws {
        let key = machine.current.number
        guard !initialised.contains(key) else { return }
        initialised.insert(key)
        instance.switchToCurrentThread()
        if let initializer = instance.type.lookupClassAttribute("__init__") {
            _ = try vm.callSpecialMethod(initializer, .object(instance), arguments, keywords)
        }
    }
}
