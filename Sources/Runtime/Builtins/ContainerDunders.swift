/// The special methods of `dict` and `list` as methods of their types (`d.__len__()`, `super().__setitem__`),
/// working on the receiver's storage. An instance of a subclass reaches them through its class's MRO, so
/// `len`, indexing, `in`, iteration, `==` and `repr` of `class Registry(dict)` behave as a dict's, and a
/// subclass's own `__setitem__` or `__missing__` takes their place as in CPython.
enum ContainerDunders {
    static func install() {
        installShared(on: BuiltinTypes.dict) { $0.asDict }
        installShared(on: BuiltinTypes.list) { $0.asList }
        installDict(on: BuiltinTypes.dict)
        installList(on: BuiltinTypes.list)
    }

    /// The methods both containers have, given how to find a receiver's storage.
    private static func installShared(on t: PyType, storage: @escaping (Value) -> PyObject?) {
        let name = t.name
        func of(_ args: [Value], _ method: String) throws -> Value {
            guard let s = args.first.flatMap(storage) else {
                throw PyError.type("descriptor '\(method)' requires a '\(name)' object")
            }
            return .object(s)
        }
        func arguments(_ method: String, _ args: [Value], _ kw: KeywordArguments, _ count: Int) throws {
            try Arguments.check(method, Array(args.dropFirst()), kw, min: count, max: count)
        }
        t.define("__len__") { _, args, kw in
            try arguments("__len__", args, kw, 0)
            return .int(try Builtins.length(try of(args, "__len__")))
        }
        t.define("__setitem__") { vm, args, kw in
            try arguments("__setitem__", args, kw, 2)
            try Subscript.set(try of(args, "__setitem__"), args[1], args[2], vm: vm)
            return .none
        }
        t.define("__delitem__") { _, args, kw in
            try arguments("__delitem__", args, kw, 1)
            try Subscript.delete(try of(args, "__delitem__"), args[1])
            return .none
        }
        t.define("__contains__") { _, args, kw in
            try arguments("__contains__", args, kw, 1)
            return .bool(try Comparison.contains(try of(args, "__contains__"), args[1]))
        }
        t.define("__iter__") { _, args, kw in
            try arguments("__iter__", args, kw, 0)
            return .object(try Iteration.iterator(try of(args, "__iter__")))
        }
        t.define("__repr__") { _, args, kw in
            try arguments("__repr__", args, kw, 0)
            return .str(Repr.repr(try of(args, "__repr__")))
        }
        for (method, negated) in [("__eq__", false), ("__ne__", true)] {
            t.define(method) { _, args, kw in
                try arguments(method, args, kw, 1)
                guard let other = storage(args[1]) else { return .object(NotImplementedValue.instance) }
                let equal = Equality.equal(try of(args, method), .object(other))
                return .bool(equal != negated)
            }
        }
    }

    /// The dict a method's receiver is, or CPython's error for another receiver.
    private static func dict(_ args: [Value], _ method: String) throws -> PyDict {
        guard let d = args.first?.asDict else { throw PyError.type("descriptor '\(method)' requires a 'dict' object") }
        return d
    }

    /// The list a method's receiver is, or CPython's error for another receiver.
    private static func list(_ args: [Value], _ method: String) throws -> PyList {
        guard let l = args.first?.asList else { throw PyError.type("descriptor '\(method)' requires a 'list' object") }
        return l
    }

    private static func installDict(on t: PyType) {
        t.define("__getitem__") { vm, args, kw in
            try Arguments.check("__getitem__", Array(args.dropFirst()), kw, min: 1, max: 1)
            let d = try dict(args, "__getitem__")
            if let value = try d.get(args[1]) { return value }
            if let missing = SpecialMethods.typeSpecial(args[0], "__missing__") {
                return try SpecialMethods.invoke(missing, args[0], [args[1]])
            }
            throw PyError.key(args[1])
        }
        t.define("__init__") { vm, args, kw in
            let d = try dict(args, "__init__")
            guard args.count <= 2 else { throw PyError.type("dict expected at most 1 argument, got \(args.count - 1)") }
            if args.count == 2 { try DictMethods.update(d, from: args[1], vm: vm) }
            for (k, v) in kw { try d.set(.str(k), v) }
            return .none
        }
    }

    private static func installList(on t: PyType) {
        t.define("__getitem__") { _, args, kw in
            try Arguments.check("__getitem__", Array(args.dropFirst()), kw, min: 1, max: 1)
            let l = try list(args, "__getitem__")
            return try Subscript.get(.object(l), args[1])
        }
        t.define("__init__") { vm, args, kw in
            let l = try list(args, "__init__")
            try Arguments.check("list", Array(args.dropFirst()), kw, min: 0, max: 1)
            l.items = args.count == 2 ? try Iteration.materialize(args[1], vm: vm) : []
            return .none
        }
        t.define("__add__") { _, args, kw in
            try Arguments.check("__add__", Array(args.dropFirst()), kw, min: 1, max: 1)
            let l = try list(args, "__add__")
            guard let other = args[1].asList else {
                throw PyError.type("can only concatenate list (not \"\(TypeOf.name(args[1]))\") to list")
            }
            return .object(PyList(l.items + other.items))
        }
        t.define("__iadd__") { vm, args, kw in
            try Arguments.check("__iadd__", Array(args.dropFirst()), kw, min: 1, max: 1)
            let l = try list(args, "__iadd__")
            l.items += try Iteration.materialize(args[1], vm: vm)
            return args[0]
        }
        for method in ["__mul__", "__rmul__"] {
            t.define(method) { _, args, kw in
                try Arguments.check(method, Array(args.dropFirst()), kw, min: 1, max: 1)
                let l = try list(args, method)
                guard let n = Arithmetic.intValue(args[1]) else { return .object(NotImplementedValue.instance) }
                return try Arithmetic.repeatSequence(l, n) ?? .object(PyList([]))
            }
        }
    }
}
