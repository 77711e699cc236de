import BigInt
import Foundation

/// `math`: the C library's functions on floats (the same libm CPython calls, so the same bits), with
/// CPython's domain and range errors; integer functions (`factorial`, `gcd`, `comb`, ...) exact on ints.
enum MathModule {
    static func make(_ vm: VM) -> PyModule {
        var table: [String: Value] = [
            "pi": .float(Double.pi), "e": .float(M_E), "tau": .float(2 * Double.pi),
            "inf": .float(Double.infinity), "nan": .float(Double.nan),
        ]
        for (name, f) in unary { table[name] = real(name, f) }
        for (name, value) in functions { table[name] = value }
        for (name, value) in MathSteps.functions { table[name] = value }
        return PyModule(name: "math", attributes: table)
    }

    /// One float argument, as CPython converts it.
    static func number(_ v: Value) throws -> Double {
        if let d = try Arithmetic.toFloat(v) { return d }
        if let f = SpecialMethods.typeSpecial(v, "__float__") {
            let r = try SpecialMethods.invoke(f, v, [])
            if let d = Arithmetic.floatValue(r) { return d }
        }
        throw PyError.type("must be real number, not \(TypeOf.name(v))")
    }

    static let domain = PyError.value("math domain error")
    static let range = PyError.overflow("math range error")

    /// A libm function of one float: a NaN from a number is a domain error, an infinity from a finite one a
    /// range error.
    static func real(_ name: String, _ f: @escaping (Double) throws -> Double) -> Value {
        .object(PyBuiltin(name, qualifiedName: name) { _, args, kw in
            try Arguments.check(name, args, kw, min: 1, max: 1)
            let x = try number(args[0])
            let y = try f(x)
            if y.isNaN && !x.isNaN { throw domain }
            if y.isInfinite && x.isFinite { throw range }
            return .float(y)
        })
    }

    static func nonNegative(_ f: @escaping (Double) -> Double) -> (Double) throws -> Double {
        { x in if x < 0 { throw domain }; return f(x) }
    }

    static func positive(_ f: @escaping (Double) -> Double) -> (Double) throws -> Double {
        { x in if x <= 0 { throw domain }; return f(x) }
    }

    static let unary: [(String, (Double) throws -> Double)] = [
        ("sqrt", nonNegative(Foundation.sqrt)), ("exp", Foundation.exp), ("expm1", Foundation.expm1),
        ("cbrt", Foundation.cbrt), ("exp2", Foundation.exp2),
        ("log2", positive(Foundation.log2)), ("log10", positive(Foundation.log10)),
        ("log1p", { x in if x <= -1 { throw domain }; return Foundation.log1p(x) }),
        ("sin", Foundation.sin), ("cos", Foundation.cos), ("tan", Foundation.tan),
        ("asin", Foundation.asin), ("acos", Foundation.acos), ("atan", Foundation.atan),
        ("sinh", Foundation.sinh), ("cosh", Foundation.cosh), ("tanh", Foundation.tanh),
        ("asinh", Foundation.asinh), ("acosh", Foundation.acosh), ("atanh", Foundation.atanh),
        ("fabs", Swift.abs), ("erf", Foundation.erf), ("erfc", Foundation.erfc),
        ("gamma", { x in if x <= 0 && x == x.rounded() { throw domain }; return Foundation.tgamma(x) }),
        ("lgamma", { x in if x <= 0 && x == x.rounded() { throw domain }; return Foundation.lgamma(x) }),
        ("degrees", { $0 * 180 / Double.pi }), ("radians", { $0 * Double.pi / 180 }),
    ]

    /// A float that is a whole number, as an int (`floor`, `ceil`, `trunc`).
    static func whole(_ d: Double) throws -> Value {
        .integer(try BuiltinConstructors.intFromFloat(d))
    }

    static func integer(_ v: Value, _ name: String) throws -> BigInt {
        if case .float = v { throw PyError.type("'float' object cannot be interpreted as an integer") }
        guard let b = v.bigInt else {
            throw PyError.type("'\(TypeOf.name(v))' object cannot be interpreted as an integer")
        }
        return b
    }

    static func rounding(_ name: String, _ hook: String, _ rule: FloatingPointRoundingRule) -> (String, Value) {
        VM.function("math", name) { _, args, kw in
            try Arguments.check(name, args, kw, min: 1, max: 1)
            switch args[0] {
            case .int, .bool: return .int(Arithmetic.intValue(args[0])!)
            case .object(let o) where o is PyBigInt: return args[0]
            default: break
            }
            if let m = SpecialMethods.typeSpecial(args[0], hook) { return try SpecialMethods.invoke(m, args[0], []) }
            return try whole(try number(args[0]).rounded(rule))
        }
    }

    static let functions: [String: Value] = Dictionary(uniqueKeysWithValues: [
        rounding("floor", "__floor__", .down), rounding("ceil", "__ceil__", .up),
        rounding("trunc", "__trunc__", .towardZero),
        VM.function("math", "log") { _, args, kw in
            try Arguments.check("log", args, kw, min: 1, max: 2)
            let x = try logarithm(args[0])
            guard args.count == 2 else { return .float(x) }
            let base = try logarithm(args[1])
            if base == 0 { throw PyError(ExceptionTypes.zeroDivisionError, "float division by zero") }
            return .float(x / base)
        },
        VM.function("math", "pow") { _, args, kw in
            try Arguments.check("pow", args, kw, min: 2, max: 2)
            let x = try number(args[0]), y = try number(args[1])
            if x == 0 && y < 0 { throw domain }
            if x < 0 && y != y.rounded() && y.isFinite { throw domain }
            let r = Foundation.pow(x, y)
            if r.isInfinite && x.isFinite && y.isFinite { throw range }
            return .float(r)
        },
        VM.function("math", "atan2") { _, args, kw in
            try Arguments.check("atan2", args, kw, min: 2, max: 2)
            return .float(Foundation.atan2(try number(args[0]), try number(args[1])))
        },
        VM.function("math", "fmod") { _, args, kw in
            try Arguments.check("fmod", args, kw, min: 2, max: 2)
            let x = try number(args[0]), y = try number(args[1])
            if y == 0 && !x.isNaN || x.isInfinite { throw domain }
            return .float(Foundation.fmod(x, y))
        },
        VM.function("math", "copysign") { _, args, kw in
            try Arguments.check("copysign", args, kw, min: 2, max: 2)
            return .float(Foundation.copysign(try number(args[0]), try number(args[1])))
        },
        VM.function("math", "hypot") { _, args, _ in
            .float(EuclideanNorm.of(try args.map(number)))
        },
        VM.function("math", "dist") { vm, args, kw in
            try Arguments.check("dist", args, kw, min: 2, max: 2)
            let p = try Iteration.materialize(args[0], vm: vm).map(number)
            let q = try Iteration.materialize(args[1], vm: vm).map(number)
            guard p.count == q.count else { throw PyError.value("both points must have the same number of dimensions") }
            return .float(EuclideanNorm.of(zip(p, q).map { $0 - $1 }))
        },
        VM.function("math", "isclose") { _, args, kw in
            try Arguments.check("isclose", args, kw, min: 2, max: 2, keywords: ["rel_tol", "abs_tol"])
            let a = try number(args[0]), b = try number(args[1])
            let rel = try Arguments.keyword(kw, "rel_tol").map(number) ?? 1e-09
            let abs = try Arguments.keyword(kw, "abs_tol").map(number) ?? 0
            if rel < 0 || abs < 0 { throw PyError.value("tolerances must be non-negative") }
            if a == b { return .bool(true) }
            if a.isInfinite || b.isInfinite { return .bool(false) }
            let diff = Swift.abs(b - a)
            return .bool(diff <= Swift.abs(rel * b) || diff <= Swift.abs(rel * a) || diff <= abs)
        },
        VM.function("math", "isfinite") { _, args, _ in .bool(try number(args[0]).isFinite) },
        VM.function("math", "isinf") { _, args, _ in .bool(try number(args[0]).isInfinite) },
        VM.function("math", "isnan") { _, args, _ in .bool(try number(args[0]).isNaN) },
        VM.function("math", "modf") { _, args, _ in
            let x = try number(args[0])
            let whole = x.rounded(.towardZero)
            return .object(PyTuple([.float(x.isInfinite ? Foundation.copysign(0, x) : x - whole), .float(whole)]))
        },
        VM.function("math", "frexp") { _, args, _ in
            let x = try number(args[0])
            if x == 0 || !x.isFinite { return .object(PyTuple([.float(x), .int(0)])) }
            let e = x.exponent + 1
            return .object(PyTuple([.float(x / Foundation.pow(2, Double(e))), .int(Int(e))]))
        },
        VM.function("math", "ldexp") { _, args, _ in
            .float(Foundation.scalbn(try number(args[0]), try Arguments.int(args[1])))
        },
        VM.function("math", "fsum") { vm, args, _ in .float(try exactSum(Iteration.materialize(args[0], vm: vm))) },
        VM.function("math", "prod") { vm, args, kw in
            var product = Arguments.keyword(kw, "start") ?? .int(1)
            for v in try Iteration.materialize(args[0], vm: vm) { product = try Arithmetic.binary(.mul, product, v) }
            return product
        },
        VM.function("math", "factorial") { _, args, kw in
            try Arguments.check("factorial", args, kw, min: 1, max: 1)
            let n = try integer(args[0], "factorial")
            if n < 0 { throw PyError.value("factorial() not defined for negative values") }
            var r = BigInt(1)
            var k = BigInt(2)
            while k <= n { r *= k; k += 1 }
            return .integer(r)
        },
        VM.function("math", "gcd") { _, args, _ in
            .integer(try args.map { try integer($0, "gcd") }.reduce(BigInt(0), greatestDivisor))
        },
        VM.function("math", "lcm") { _, args, _ in
            .integer(try args.map { try integer($0, "lcm") }.reduce(BigInt(1), leastMultiple))
        },
        VM.function("math", "isqrt") { _, args, _ in
            let n = try integer(args[0], "isqrt")
            if n < 0 { throw PyError.value("isqrt() argument must be nonnegative") }
            return .integer(squareRoot(n))
        },
        VM.function("math", "comb") { _, args, kw in
            try Arguments.check("comb", args, kw, min: 2, max: 2)
            let n = try integer(args[0], "comb"), k = try integer(args[1], "comb")
            if n < 0 { throw PyError.value("n must be a non-negative integer") }
            if k < 0 { throw PyError.value("k must be a non-negative integer") }
            return .integer(k > n ? 0 : falling(n, min(k, n - k)) / falling(min(k, n - k), min(k, n - k)))
        },
        VM.function("math", "perm") { _, args, kw in
            try Arguments.check("perm", args, kw, min: 1, max: 2)
            let n = try integer(args[0], "perm")
            let k = args.count > 1 && !isNone(args[1]) ? try integer(args[1], "perm") : n
            if n < 0 { throw PyError.value("n must be a non-negative integer") }
            if k < 0 { throw PyError.value("k must be a non-negative integer") }
            return .integer(k > n ? 0 : falling(n, k))
        },
    ])

    static func isNone(_ v: Value) -> Bool {
        if case .none = v { return true }
        return false
    }

    static func logarithm(_ v: Value) throws -> Double {
        if let big = v.bigInt, case .object = v, big > 0 {
            let digits = big.bitWidth - 1
            let scaled = try BigArithmetic.toDouble(big >> max(digits - 60, 0))
            return Foundation.log(scaled) + Double(max(digits - 60, 0)) * M_LN2
        }
        let x = try number(v)
        if x <= 0 { throw domain }
        return Foundation.log(x)
    }

    static func leastMultiple(_ a: BigInt, _ b: BigInt) -> BigInt {
        if a == 0 || b == 0 { return 0 }
        let product = BigInt(a.magnitude) * BigInt(b.magnitude)
        return product / greatestDivisor(a, b)
    }

    static func greatestDivisor(_ a: BigInt, _ b: BigInt) -> BigInt {
        var (x, y) = (BigInt(a.magnitude), BigInt(b.magnitude))
        while y != 0 { (x, y) = (y, x % y) }
        return x
    }

    /// n * (n - 1) * ... * (n - k + 1).
    static func falling(_ n: BigInt, _ k: BigInt) -> BigInt {
        var r = BigInt(1)
        var i = BigInt(0)
        while i < k { r *= n - i; i += 1 }
        return r
    }

    static func squareRoot(_ n: BigInt) -> BigInt {
        if n < 2 { return n }
        var x = BigInt(1) << ((n.bitWidth + 1) / 2)
        while true {
            let y = (x + n / x) >> 1
            if y >= x { return x }
            x = y
        }
    }

    /// A correctly rounded sum: partial sums kept exact as non-overlapping floats (Shewchuk's method).
    static func exactSum(_ items: [Value]) throws -> Double {
        var partials: [Double] = []
        var special = 0.0
        for item in items {
            var x = try number(item)
            if !x.isFinite { special += x; continue }
            var kept: [Double] = []
            for p in partials {
                var (big, small) = Swift.abs(x) < Swift.abs(p) ? (p, x) : (x, p)
                let high = big + small
                small -= high - big
                big = high
                if small != 0 { kept.append(small) }
                x = big
            }
            kept.append(x)
            partials = kept
        }
        if special != 0 || special.isNaN { return special }
        var total = 0.0
        while let last = partials.popLast() {
            let sum = total + last
            let lost = last - (sum - total)
            total = sum
            if lost != 0 {
                if let next = partials.last, (lost < 0) == (next < 0), next != 0 {
                    let doubled = lost * 2
                    let candidate = total + doubled
                    if doubled == candidate - total { total = candidate }
                }
                break
            }
        }
        return total
    }
}
