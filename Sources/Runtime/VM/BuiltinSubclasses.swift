/// Subclasses of the builtin value types (`class Color(str)`, `class Celsius(float)`, `class Point(tuple)`,
/// `class Flags(int)`, `frozenset`, `bytes`, `set`): an instance is a `PyInstance` whose `storage` holds the
/// builtin value. `T.__new__(cls, ...)` makes one; the base type's methods work on the value and return
/// plain builtin values, as CPython's do; operations the class does not override fall back to the value
/// (`SpecialMethods.baseValue`).
enum BuiltinSubclasses {
    /// The immutable builtin types a class may derive from; their value is fixed by `__new__`.
    static let valueTypes: [PyType] = [
        BuiltinTypes.str, BuiltinTypes.int, BuiltinTypes.float, BuiltinTypes.tuple, BuiltinTypes.frozenset,
        PyBytes.bytesType,
    ]

    /// The immutable builtin type `t` derives from, if any.
    static func valueBase(_ t: PyType) -> PyType? {
        let candidates = valueTypes
        if candidates.contains(where: { $0 === t }) { return t }
        return t.ancestors.first { m in candidates.contains { $0 === m } }
    }

    /// The value an instance of `t` starts with before `__new__` or `__init__` gives it one.
    static func emptyValue(_ t: PyType) -> Value? {
        if t.isSubtype(of: BuiltinTypes.dict) { return .object(PyDict()) }
        if t.isSubtype(of: BuiltinTypes.list) { return .object(PyList([])) }
        if t.isSubtype(of: BuiltinTypes.set) { return .object(PySet()) }
        guard let base = valueBase(t) else { return nil }
        if base === BuiltinTypes.str { return .str("") }
        if base === BuiltinTypes.int { return .int(0) }
        if base === BuiltinTypes.float { return .float(0) }
        if base === BuiltinTypes.tuple { return .object(PyTuple([])) }
        if base === BuiltinTypes.frozenset { return .object(PySet(frozen: true)) }
        return .object(PyBytes([]))
    }

    /// `T.__new__(cls, *args)` for each value type, and `set.__new__` / `set.__init__` for `set` subclasses.
    static func install() {
        ValueDunders.install()
        for t in valueTypes {
            t.define("__new__") { vm, args, kw in
                let cls = try subtype(args, of: t)
                let value = try t.constructor!(vm, Array(args.dropFirst()), kw)
                return cls === t ? value : .object(vm.subclassInstance(cls, storage: value))
            }
        }
        let set = BuiltinTypes.set
        set.define("__new__") { vm, args, _ in
            let cls = try subtype(args, of: set)
            return cls === set ? .object(PySet()) : .object(vm.subclassInstance(cls, storage: .object(PySet())))
        }
        set.define("__init__") { vm, args, kw in
            guard let s = args.first?.asSet else {
                throw PyError.type("descriptor '__init__' requires a 'set' object")
            }
            try Arguments.check("set", Array(args.dropFirst()), kw, min: 0, max: 1)
            s.table = CPythonSetTable<Value>()
            for item in args.count == 2 ? try Iteration.materialize(args[1], vm: vm) : [] { try s.add(item) }
            return .none
        }
    }

    /// The class `T.__new__` was given, or CPython's error when it is not a subtype of `T`.
    private static func subtype(_ args: [Value], of t: PyType) throws -> PyType {
        guard let first = args.first else { throw PyError.type("\(t.name).__new__(): not enough arguments") }
        guard let cls = first.object as? PyType else {
            throw PyError.type("\(t.name).__new__(X): X is not a type object (\(TypeOf.name(first)))")
        }
        guard cls.isSubtype(of: t) else {
            throw PyError.type("\(t.name).__new__(\(cls.name)): \(cls.name) is not a subtype of \(t.name)")
        }
        return cls
    }

    /// The receiver a builtin method gets: the value of an instance of an immutable builtin type's subclass
    /// when the method is that type's own (`Color('a').upper()` works on the str and returns a plain str).
    @inline(__always) static func receiver(_ method: Value, _ receiver: Value) -> Value {
        guard let base = SpecialMethods.baseValue(receiver), let b = method.object as? PyBuiltin else {
            return receiver
        }
        if let o = base.object, [.dict, .list, .set, .frozenset].contains(o.kind) { return receiver }
        guard TypeOf.type(base).lookupMethod(b.name) === b, BuiltinTypes.object.methods[b.name] !== b else {
            return receiver
        }
        return base
    }

    /// `repr()` of an instance whose class leaves `__repr__` to its builtin base: a set's names the class.
    static func repr(_ storage: Value, type: PyType) -> String {
        guard let s = storage.object as? PySet else { return Repr.repr(storage) }
        if s.count == 0 { return "\(type.name)()" }
        let plain = Repr.repr(.object(s.copy(frozen: false)))
        return "\(type.name)(\(plain))"
    }
}

extension VM {
    /// An instance of `cls`, a subclass of a builtin type, that is `storage`.
    func subclassInstance(_ cls: PyType, storage: Value) -> PyInstance {
        let object = PyInstance(type: cls, vm: self)
        object.eventId = nextId()
        object.storage = storage
        return object
    }
}
