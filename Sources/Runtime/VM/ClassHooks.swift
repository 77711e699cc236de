/// What CPython keeps on a metaclass, for the classes of asyncviz's library that need it (enum's
/// members, the ABCs of `collections.abc`): a classmethod named `__class_iter__`, `__class_len__`,
/// `__class_contains__`, `__class_repr__`, `__instancecheck__` or `__subclasscheck__` in a class's
/// namespace answers `iter(C)`, `len(C)`, `x in C`, `repr(C)`, `isinstance(x, C)` or
/// `issubclass(D, C)`. A scenario's own metaclass answers them as in CPython, with `__iter__`, `__len__`,
/// `__contains__`, `__repr__`, `__instancecheck__` and `__subclasscheck__` defined on it. `C[x]` is
/// `__class_getitem__`, or a `GenericAlias` for the builtin generics.
enum ClassHooks {
    /// The method a metaclass defines for each hook.
    private static let metaclassNames = ["__class_iter__": "__iter__", "__class_len__": "__len__",
                                         "__class_contains__": "__contains__", "__class_repr__": "__repr__"]

    /// The method `t`'s metaclass defines in Python for the hook `name` (nil for `type`'s own).
    private static func metaclassMethod(_ t: PyType, _ name: String) -> Value? {
        guard let meta = t.metaclass, let found = ClassAttributes.find(meta, metaclassNames[name] ?? name),
              !found.builtinMethod else { return nil }
        return found.value
    }

    /// The builtin types `list[int]` and the like subscript.
    static let genericBuiltins: [PyType] = [
        BuiltinTypes.list, BuiltinTypes.dict, BuiltinTypes.tuple, BuiltinTypes.set, BuiltinTypes.frozenset,
        BuiltinTypes.type,
    ]

    /// The hook's result, nil when the class has no such classmethod.
    static func call(_ t: PyType, _ name: String, _ args: [Value]) throws -> Value? {
        if let method = metaclassMethod(t, name), let vm = SpecialMethods.currentVM {
            return try vm.callAside(method, [.object(t)] + args, [])
        }
        guard t.isClass, t.lookupClassAttribute(name)?.object is PyClassMethod, let vm = SpecialMethods.currentVM,
              let bound = try ClassAttributes.classAttribute(t, name) else { return nil }
        return try vm.callAside(bound, args, [])
    }

    /// `C[index]`.
    static func item(_ t: PyType, _ index: Value) throws -> Value {
        if t.isClass, let getter = t.lookupClassAttribute("__class_getitem__"), let vm = SpecialMethods.currentVM {
            if let bound = try ClassAttributes.classAttribute(t, "__class_getitem__") {
                return try vm.callAside(bound, [index], [])
            }
            return try vm.callAside(getter, [index], [])
        }
        if genericBuiltins.contains(where: { $0 === t }) || isLibraryType(t) {
            return .object(PyGenericAlias(origin: .object(t), index))
        }
        throw PyError.type("type '\(t.name)' is not subscriptable")
    }

    /// A type of asyncviz's library (`asyncio.Queue`, `queue.Queue`, `collections.deque`, ...): generic in
    /// CPython, so `asyncio.Queue[int]` in an annotation works.
    static func isLibraryType(_ t: PyType) -> Bool {
        !["builtins", "__main__"].contains(t.moduleName) && !t.isExceptionType
    }

    static func iterator(_ t: PyType) throws -> PyIterator? {
        guard let it = try call(t, "__class_iter__", []) else { return nil }
        return try Iteration.iterator(it)
    }

    static func length(_ t: PyType) throws -> Int? {
        try call(t, "__class_len__", []).flatMap { Arithmetic.intValue($0) }
    }

    static func contains(_ t: PyType, _ item: Value) throws -> Bool? {
        try call(t, "__class_contains__", [item]).map { try SpecialMethods.truth($0) }
    }

    static func repr(_ t: PyType) -> String? {
        guard t.isClass, t.lookupClassAttribute("__class_repr__") != nil || metaclassMethod(t, "__class_repr__") != nil
        else { return nil }
        return (try? call(t, "__class_repr__", []))??.asStr?.value
    }

    static func isInstance(_ v: Value, _ t: PyType) throws -> Bool? {
        try call(t, "__instancecheck__", [v]).map { try SpecialMethods.truth($0) }
    }

    static func isSubclass(_ sub: PyType, _ t: PyType, metaclassOnly: Bool = false) throws -> Bool? {
        if metaclassOnly && metaclassMethod(t, "__subclasscheck__") == nil { return nil }
        return try call(t, "__subclasscheck__", [.object(sub)]).map { try SpecialMethods.truth($0) }
    }

    /// CPython's refusal to instantiate a class whose `__abstractmethods__` is not empty.
    static func checkAbstract(_ t: PyType) throws {
        guard let set = t.lookupClassAttribute("__abstractmethods__")?.object as? PySet, set.count > 0 else { return }
        let names = set.elements.map { Repr.str($0) }.sorted()
        let noun = names.count == 1 ? "method" : "methods"
        let listed = names.joined(separator: ", ")
        throw PyError.type("Can't instantiate abstract class \(t.name) with abstract \(noun) \(listed)")
    }
}

/// `list[int]`: a builtin generic type with its arguments (`types.GenericAlias`); calling it makes the origin.
final class PyGenericAlias: PyNativeObject, CustomReprObject, NativeAttributes {
    static let aliasType = PyType("GenericAlias", base: BuiltinTypes.object, module: "types")
    let origin: Value
    let arguments: [Value]

    init(origin: Value, _ index: Value) {
        self.origin = origin
        self.arguments = index.asTuple?.items ?? [index]
        super.init(type: Self.aliasType)
    }

    var pythonRepr: String { Self.name(origin) + "[" + arguments.map(Self.name).joined(separator: ", ") + "]" }

    /// How an alias shows a type among its arguments: `int`, `mod.Class`.
    static func name(_ v: Value) -> String {
        if let t = v.object as? PyType { return t.qualifiedName }
        return Repr.repr(v)
    }

    func attribute(_ name: String, vm: VM) throws -> Value? {
        switch name {
        case "__origin__": return origin
        case "__args__": return .object(PyTuple(arguments))
        default: return nil
        }
    }

    func setAttribute(_ name: String, _ value: Value) throws -> Bool { false }
}
