import BigInt

/// Methods of `int` (and so of `bool`) for ints of either size.
enum IntMethods {
    static func install(on t: PyType) {
        t.define("bit_length") { _, args, kw in
            try Arguments.check("bit_length", Array(args.dropFirst()), kw, min: 0, max: 0)
            let m = try receiver(args).magnitude
            return .int(m.bitWidth)
        }
        t.define("bit_count") { _, args, kw in
            try Arguments.check("bit_count", Array(args.dropFirst()), kw, min: 0, max: 0)
            return .int(try receiver(args).magnitude.words.reduce(0) { $0 + $1.nonzeroBitCount })
        }
        t.define("conjugate") { _, args, kw in
            try Arguments.check("conjugate", Array(args.dropFirst()), kw, min: 0, max: 0)
            return .integer(try receiver(args))
        }
        t.define("as_integer_ratio") { _, args, kw in
            try Arguments.check("as_integer_ratio", Array(args.dropFirst()), kw, min: 0, max: 0)
            return .object(PyTuple([.integer(try receiver(args)), .int(1)]))
        }
        t.define("__index__") { _, args, kw in
            try Arguments.check("__index__", Array(args.dropFirst()), kw, min: 0, max: 0)
            return .integer(try receiver(args))
        }
    }

    private static func receiver(_ args: [Value]) throws -> BigInt {
        guard let first = args.first, let i = first.bigInt else {
            throw PyError.type("descriptor requires an 'int' object")
        }
        return i
    }
}
