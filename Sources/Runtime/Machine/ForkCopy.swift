/// What `fork` gives a worker process: its own copy of the program's
/// `__main__` as it is at that moment. Functions are rebound to the copy,
/// containers are copied deeply (so a worker's mutations stay its own);
/// immutable values and library objects are shared.
struct ForkCopy {
    private let original: PyModule
    private let copy: PyModule
    private var memo: [ObjectIdentifier: Value] = [:]

    static func copy(_ module: PyModule) throws -> PyModule {
        let child = PyModule(name: module.name, attributes: module.attributes)
        child.globalNames = module.globalNames
        var fork = ForkCopy(original: module, copy: child)
        child.globals = try module.globals.map { try fork.value($0) }
        return child
    }

    private init(original: PyModule, copy: PyModule) {
        self.original = original
        self.copy = copy
    }

    private mutating func value(_ v: Value) throws -> Value {
        guard case .object(let o) = v else { return v }
        try NativeStack.check()
        let key = ObjectIdentifier(o)
        if let done = memo[key] { return done }
        switch o {
        case let l as PyList:
            let fresh = PyList()
            memo[key] = .object(fresh)
            fresh.items = try l.items.map { try value($0) }
            return .object(fresh)
        case let t as PyTuple:
            let fresh = Value.object(PyTuple(try t.items.map { try value($0) }))
            memo[key] = fresh
            return fresh
        case let d as PyDict:
            let fresh = PyDict()
            memo[key] = .object(fresh)
            for (k, item) in d.entries {
                let copied = try value(item)
                try? fresh.set(k, copied)
            }
            return .object(fresh)
        case let s as PySet:
            let fresh = PySet(frozen: s.kind == .frozenset)
            memo[key] = .object(fresh)
            for e in s.elements { try? fresh.add(e) }
            return .object(fresh)
        case let c as PyCell:
            let fresh = PyCell()
            memo[key] = .object(fresh)
            fresh.value = try value(c.value)
            return .object(fresh)
        case let f as PyFunction where f.module === original:
            let closure = try f.closure.map { try value(.object($0)).object as! PyCell }
            let fresh = PyFunction(code: f.code, module: copy, defaults: try f.defaults.map { try value($0) }, keywordDefaults: f.keywordDefaults, closure: closure)
            fresh.name = f.name
            memo[key] = .object(fresh)
            return .object(fresh)
        default:
            return v
        }
    }
}
