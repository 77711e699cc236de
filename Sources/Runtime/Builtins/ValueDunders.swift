/// The special methods of the immutable builtin types as methods of their types (`int.__add__`,
/// `str.__eq__`, `tuple.__getitem__`, `int.__repr__`), which `super()` and explicit calls in a subclass reach
/// (`return Flags(super().__or__(other))`). Each works on the values of a subclass's instances and returns
/// NotImplemented for an operand of a type it does not take, as CPython's do.
enum ValueDunders {
    private static let int = BuiltinTypes.int, float = BuiltinTypes.float, str = BuiltinTypes.str
    private static let tuple = BuiltinTypes.tuple, frozenset = BuiltinTypes.frozenset, set = BuiltinTypes.set
    private static let bytes = PyBytes.bytesType, bytearray = PyBytes.bytearrayType

    static func install() {
        let numeric: [BinaryOp] = [.add, .sub, .mul, .div, .floorDiv, .mod, .pow]
        binary(on: int, numeric + [.lshift, .rshift, .and, .or, .xor], taking: [int])
        binary(on: float, numeric, taking: [int, float])
        binary(on: str, [.add], taking: [str])
        binary(on: tuple, [.add], taking: [tuple])
        binary(on: bytes, [.add], taking: [bytes, bytearray])
        binary(on: frozenset, [.or, .and, .sub, .xor], taking: [set, frozenset])
        for t in [str, tuple, bytes] {
            binary(on: t, [.mul], taking: [int])
            sequence(on: t)
        }
        binary(on: str, [.mod], taking: [BuiltinTypes.object])
        for (t, others) in [(int, [int, float]), (float, [int, float]), (str, [str]), (tuple, [tuple]),
                            (bytes, [bytes, bytearray]), (frozenset, [set, frozenset])] {
            comparisons(on: t, taking: others)
            t.define("__hash__") { _, args, kw in
                try check("__hash__", args, kw, 0)
                return .int(try Hashing.hash(value(args[0])))
            }
            t.define("__repr__") { _, args, kw in
                try check("__repr__", args, kw, 0)
                if case .bool(let b) = args[0] { return .str(b ? "1" : "0") }
                guard let instance = args[0].object as? PyInstance, let storage = instance.storage else {
                    return .str(Repr.repr(args[0]))
                }
                return .str(BuiltinSubclasses.repr(storage, type: instance.type))
            }
        }
        sequence(on: frozenset)
        BuiltinTypes.bool.define("__repr__") { _, args, kw in
            try check("__repr__", args, kw, 0)
            return .str(Repr.repr(args[0]))
        }
        str.define("__str__") { _, args, kw in
            try check("__str__", args, kw, 0)
            return .str(try Arguments.string(value(args[0]), "__str__"))
        }
        numbers()
    }

    /// The receiver's or an operand's builtin value.
    private static func value(_ v: Value) -> Value { SpecialMethods.baseValue(v) ?? v }

    private static func check(_ name: String, _ args: [Value], _ kw: KeywordArguments, _ count: Int) throws {
        try Arguments.check(name, Array(args.dropFirst()), kw, min: count, max: count)
    }

    private static func accepts(_ others: [PyType], _ v: Value) -> Bool {
        let t = TypeOf.type(v)
        return others.contains { t.isSubtype(of: $0) }
    }

    /// `__op__` and `__rop__` for each operator.
    private static func binary(on t: PyType, _ ops: [BinaryOp], taking others: [PyType]) {
        for op in ops {
            let (forward, reflected, _) = SpecialMethods.names(op)
            for (name, swapped) in [(forward, false), (reflected, true)] {
                t.define(name) { _, args, kw in
                    try check(name, args, kw, 1)
                    let a = value(args[0]), b = value(args[1])
                    guard accepts(others, b) else { return .object(NotImplementedValue.instance) }
                    return swapped ? try Arithmetic.binary(op, b, a) : try Arithmetic.binary(op, a, b)
                }
            }
        }
    }

    private static func comparisons(on t: PyType, taking others: [PyType]) {
        for op in [CompareOp.lt, .le, .eq, .ne, .gt, .ge] {
            let name = SpecialMethods.forwardName(op)
            t.define(name) { _, args, kw in
                try check(name, args, kw, 1)
                let b = value(args[1])
                guard accepts(others, b) else { return .object(NotImplementedValue.instance) }
                return .bool(try Comparison.compare(op, value(args[0]), b))
            }
        }
    }

    /// `__len__`, `__getitem__`, `__contains__` and `__iter__`.
    private static func sequence(on t: PyType) {
        t.define("__len__") { _, args, kw in
            try check("__len__", args, kw, 0)
            return .int(try Builtins.length(value(args[0])))
        }
        t.define("__getitem__") { _, args, kw in
            try check("__getitem__", args, kw, 1)
            return try Subscript.get(value(args[0]), args[1])
        }
        t.define("__contains__") { _, args, kw in
            try check("__contains__", args, kw, 1)
            return .bool(try Comparison.contains(value(args[0]), args[1]))
        }
        t.define("__iter__") { _, args, kw in
            try check("__iter__", args, kw, 0)
            return .object(try Iteration.iterator(value(args[0])))
        }
    }

    /// The unary operators and conversions of `int` and `float`.
    private static func numbers() {
        for t in [int, float] {
            for name in ["__neg__", "__pos__", "__abs__"] + (t === int ? ["__invert__"] : []) {
                t.define(name) { _, args, kw in
                    try check(name, args, kw, 0)
                    return try SpecialMethods.builtinUnary(name, value(args[0]))
                }
            }
            t.define("__bool__") { _, args, kw in
                try check("__bool__", args, kw, 0)
                return .bool(Truth.isTrue(value(args[0])))
            }
            t.define("__float__") { vm, args, kw in
                try check("__float__", args, kw, 0)
                return try BuiltinConstructors.makeFloat(vm, [value(args[0])], [])
            }
            t.define("__int__") { vm, args, kw in
                try check("__int__", args, kw, 0)
                return try BuiltinConstructors.makeInt(vm, [value(args[0])], [])
            }
        }
    }
}
