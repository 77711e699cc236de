/// Class keywords and metaclasses: `class A(Base, metaclass=Meta, flag=1)`. A metaclass is a class deriving
/// from `type`; a class it makes records it (`type(A) is Meta`), calling the class goes through the
/// metaclass's `__call__` when it defines one, and attributes the class lacks are looked up on the
/// metaclass (bound to the class). The keywords other than `metaclass` go to `__init_subclass__`.
extension VM {
    /// What a `class` statement makes: through its metaclass (the `metaclass=` keyword, else its bases'
    /// metaclass) unless that is `type`.
    func defineClass(_ name: String, namespace: PyDict, bases: [Value], keywords: PyDict?,
                     module: PyModule) throws -> Value {
        var rest: KeywordArguments = []
        var explicit: Value?
        for (key, value) in keywords?.entries ?? [] {
            guard let word = key.asStr?.value else { continue }
            if word == "metaclass" { explicit = value } else { rest.append((word, value)) }
        }
        let inherited = bases.lazy.compactMap { ($0.object as? PyType)?.metaclass }.first
        if let meta = explicit ?? inherited.map({ .object($0) }), meta.object !== BuiltinTypes.type {
            return try call(meta, [.str(name), .object(PyTuple(bases)), .object(namespace)], rest)
        }
        return .object(try makeClass(name, namespace: namespace, bases: bases, module: module, keywords: rest))
    }

    /// `type.__new__(metaclass, name, bases, namespace)`: the class, recording its metaclass.
    func newClass(_ metaclass: PyType, _ args: [Value], _ kw: KeywordArguments) throws -> Value {
        guard args.count == 3, let name = args[0].asStr, let bases = args[1].asTuple,
              let namespace = args[2].asDict else {
            throw PyError.type("type.__new__() takes exactly 3 arguments (\(args.count) given)")
        }
        let cls = try makeClass(name.value, namespace: namespace, bases: bases.items, module: mainModule, keywords: kw)
        if metaclass !== BuiltinTypes.type { cls.metaclass = metaclass }
        return .object(cls)
    }
}

/// The methods of `type` a metaclass reaches through `super()`.
enum TypeMethods {
    static func install() {
        let t = BuiltinTypes.type
        t.define("__new__") { vm, args, kw in
            guard let metaclass = args.first?.object as? PyType, metaclass.isSubtype(of: BuiltinTypes.type) else {
                throw PyError.type("type.__new__(X): X is not a type object")
            }
            return try vm.newClass(metaclass, Array(args.dropFirst()), kw)
        }
        t.define("__init__") { _, _, _ in .none }
        t.define("__call__") { vm, args, kw in
            guard let cls = args.first?.object as? PyType else {
                throw PyError.type("descriptor '__call__' requires a 'type' object")
            }
            return try vm.instantiate(cls, Array(args.dropFirst()), kw)
        }
    }
}
