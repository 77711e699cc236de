import BigInt
import Glibc

/// Python's binary and unary arithmetic on the builtin types, with CPython's
/// error messages. Ints are machine words until a result does not fit, which
/// `BigArithmetic` computes as an arbitrary-precision int.
enum Arithmetic {
    /// The value as an int if it is an int or bool.
    @inline(__always) static func intValue(_ v: Value) -> Int? {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }

    @inline(__always) static func floatValue(_ v: Value) -> Double? {
        switch v {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }

    /// The value as a float where a float is wanted (`float(x)`, mixed arithmetic): big ints convert
    /// correctly rounded or raise CPython's OverflowError.
    static func toFloat(_ v: Value) throws -> Double? {
        if let d = floatValue(v) { return d }
        if case .object(let o) = v, let big = o as? PyBigInt { return try BigArithmetic.toDouble(big.value) }
        return nil
    }

    static func binary(_ op: BinaryOp, _ a: Value, _ b: Value, inPlace: Bool = false) throws -> Value {
        if case .bool(let x) = a, case .bool(let y) = b {
            switch op {
            case .and: return .bool(x && y)
            case .or: return .bool(x || y)
            case .xor: return .bool(x != y)
            default: break
            }
        }
        if let x = intValue(a), let y = intValue(b) { return try intBinary(op, x, y) }
        if case .float(let x) = a, let y = try toFloat(b) { return try floatBinary(op, x, y, a, b) }
        if case .float(let y) = b, let x = try toFloat(a) { return try floatBinary(op, x, y, a, b) }
        if case .object(let o) = a, let r = try sequenceBinary(op, o, b, inPlace: inPlace) { return r }
        if let bytes = a.object as? PyBytes, op == .add { return try BytesOperations.concatenate(bytes, b, inPlace: inPlace) }
        if let bytes = a.object as? PyBytes, op == .mul, let n = intValue(b) { return try BytesOperations.repeated(bytes, n) }
        if let bytes = b.object as? PyBytes, op == .mul, let n = intValue(a) { return try BytesOperations.repeated(bytes, n) }
        if a.isBigInt || b.isBigInt, let x = a.bigInt, let y = b.bigInt { return try BigArithmetic.binary(op, x, y) }
        if a.object is PyComplex || b.object is PyComplex, let r = try ComplexArithmetic.binary(op, a, b) { return r }
        if case .object(let o) = b, op == .mul, let n = intValue(a), let r = try repeatSequence(o, n) { return r }
        if let r = try SpecialMethods.binary(op, a, b, inPlace: inPlace) { return r }
        if op == .or, let union = PyUnionType.make(a, b) { return .object(union) }
        throw unsupported(op, a, b, inPlace: inPlace)
    }

    static func unsupported(_ op: BinaryOp, _ a: Value, _ b: Value, inPlace: Bool = false) -> PyError {
        if op == .mul, a.isBigInt || b.isBigInt, let o = (a.isBigInt ? b : a).object, [.str, .list, .tuple].contains(o.kind) {
            return PyError.overflow("cannot fit 'int' into an index-sized integer")
        }
        if op == .add, case .object(let o) = a, [.str, .list, .tuple].contains(o.kind) {
            let n = TypeOf.name(a)
            return PyError.type("can only concatenate \(n) (not \"\(TypeOf.name(b))\") to \(n)")
        }
        if op == .mul, case .object(let o) = a, [.str, .list, .tuple].contains(o.kind) {
            return PyError.type("can't multiply sequence by non-int of type '\(TypeOf.name(b))'")
        }
        if op == .mul, case .object(let o) = b, [.str, .list, .tuple].contains(o.kind) {
            return PyError.type("can't multiply sequence by non-int of type '\(TypeOf.name(a))'")
        }
        let symbol = inPlace ? op.rawValue + "=" : op == .pow ? "** or pow()" : op.rawValue
        return PyError.type("unsupported operand type(s) for \(symbol): '\(TypeOf.name(a))' and '\(TypeOf.name(b))'")
    }

    static func intBinary(_ op: BinaryOp, _ x: Int, _ y: Int) throws -> Value {
        switch op {
        case .add:
            let (r, o) = x.addingReportingOverflow(y)
            return o ? .integer(BigInt(x) + BigInt(y)) : .int(r)
        case .sub:
            let (r, o) = x.subtractingReportingOverflow(y)
            return o ? .integer(BigInt(x) - BigInt(y)) : .int(r)
        case .mul:
            let (r, o) = x.multipliedReportingOverflow(by: y)
            return o ? .integer(BigInt(x) * BigInt(y)) : .int(r)
        case .div:
            if y == 0 { throw PyError.zeroDivision("division by zero") }
            return .float(try trueDivide(x, y))
        case .floorDiv:
            if y == 0 { throw PyError.zeroDivision("integer division or modulo by zero") }
            if x == Int.min && y == -1 { return .integer(-BigInt(x)) }
            return .int(floorDiv(x, y))
        case .mod:
            if y == 0 { throw PyError.zeroDivision("integer modulo by zero") }
            return .int(floorMod(x, y))
        case .pow:
            return try intPow(x, y)
        case .lshift:
            if y < 0 { throw PyError.value("negative shift count") }
            if x == 0 { return .int(0) }
            if y < 63, case let r = x << y, r >> y == x { return .int(r) }
            return try BigArithmetic.binary(.lshift, BigInt(x), BigInt(y))
        case .rshift:
            if y < 0 { throw PyError.value("negative shift count") }
            return .int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y)
        case .and: return .int(x & y)
        case .or: return .int(x | y)
        case .xor: return .int(x ^ y)
        case .matmul:
            throw PyError.type("unsupported operand type(s) for @: 'int' and 'int'")
        }
    }

    /// int / int, correctly rounded: directly where both fit a double exactly.
    static func trueDivide(_ x: Int, _ y: Int) throws -> Double {
        let exact: UInt = 1 << 53
        if x.magnitude <= exact && y.magnitude <= exact { return Double(x) / Double(y) }
        return try BigArithmetic.trueDivide(BigInt(x), BigInt(y))
    }

    /// Floor division of machine ints (the caller handles `Int.min // -1`, which does not fit).
    static func floorDiv(_ x: Int, _ y: Int) -> Int {
        let q = x / y
        return (x % y != 0 && ((x < 0) != (y < 0))) ? q - 1 : q
    }

    static func floorMod(_ x: Int, _ y: Int) -> Int {
        if y == -1 { return 0 }
        let r = x % y
        return (r != 0 && ((r < 0) != (y < 0))) ? r + y : r
    }

    static func intPow(_ base: Int, _ exp: Int) throws -> Value {
        if exp < 0 {
            if base == 0 { throw PyError.zeroDivision("0.0 cannot be raised to a negative power") }
            return .float(pow(Double(base), Double(exp)))
        }
        var result = 1, b = base, e = exp
        while e > 0 {
            if e & 1 == 1 {
                let (r, o) = result.multipliedReportingOverflow(by: b)
                if o { return try BigArithmetic.power(BigInt(base), BigInt(exp)) }
                result = r
            }
            e >>= 1
            if e > 0 {
                let (sq, o) = b.multipliedReportingOverflow(by: b)
                if o { return try BigArithmetic.power(BigInt(base), BigInt(exp)) }
                b = sq
            }
        }
        return .int(result)
    }

    static func floatBinary(_ op: BinaryOp, _ x: Double, _ y: Double, _ a: Value, _ b: Value) throws -> Value {
        switch op {
        case .add: return .float(x + y)
        case .sub: return .float(x - y)
        case .mul: return .float(x * y)
        case .div:
            if y == 0 { throw PyError.zeroDivision("float division by zero") }
            return .float(x / y)
        case .floorDiv:
            if y == 0 { throw PyError.zeroDivision("float floor division by zero") }
            return .float(floatDivMod(x, y).0)
        case .mod:
            if y == 0 { throw PyError.zeroDivision("float modulo") }
            return .float(floatDivMod(x, y).1)
        case .pow:
            if x < 0 && y != y.rounded() && y.isFinite {
                return ComplexArithmetic.value(try ComplexArithmetic.power((x, 0), (y, 0)))
            }
            return .float(try floatPow(x, y))
        default:
            throw unsupported(op, a, b)
        }
    }

    /// CPython's `float_divmod`: floor quotient and a remainder with the divisor's sign.
    static func floatDivMod(_ vx: Double, _ wx: Double) -> (Double, Double) {
        var mod = fmod(vx, wx)
        var div = (vx - mod) / wx
        if mod != 0 {
            if (wx < 0) != (mod < 0) {
                mod += wx
                div -= 1.0
            }
        } else {
            mod = copysign(0.0, wx)
        }
        var floordiv: Double
        if div != 0 {
            floordiv = floor(div)
            if div - floordiv > 0.5 { floordiv += 1.0 }
        } else {
            floordiv = copysign(0.0, vx / wx)
        }
        return (floordiv, mod)
    }

    static func floatPow(_ x: Double, _ y: Double) throws -> Double {
        if x == 0 && y < 0 { throw PyError.zeroDivision("0.0 cannot be raised to a negative power") }
        let r = pow(x, y)
        if r.isInfinite && x.isFinite && y.isFinite {
            throw PyError(PyException(ExceptionTypes.overflowError, [.int(34), .str("Numerical result out of range")]))
        }
        return r
    }

    private static func sequenceBinary(_ op: BinaryOp, _ o: PyObject, _ b: Value, inPlace: Bool) throws -> Value? {
        switch (op, o.kind) {
        case (.add, .str):
            guard case .object(let p) = b, p.kind == .str else { return nil }
            try Cost.allocate(bytes: (o as! PyStr).value.utf8.count + (p as! PyStr).value.utf8.count)
            return .str((o as! PyStr).value + (p as! PyStr).value)
        case (.add, .list):
            guard case .object(let p) = b, p.kind == .list else { return nil }
            try Cost.allocate(bytes: MemoryLayout<Value>.stride * (p as! PyList).items.count)
            if inPlace {
                (o as! PyList).items += (p as! PyList).items
                return .object(o)
            }
            return .object(PyList((o as! PyList).items + (p as! PyList).items))
        case (.add, .tuple):
            guard case .object(let p) = b, p.kind == .tuple else { return nil }
            return .object(PyTuple((o as! PyTuple).items + (p as! PyTuple).items))
        case (.mul, _):
            guard let n = intValue(b) else { return nil }
            if inPlace, o.kind == .list {
                let l = o as! PyList
                l.items = try repeated(l.items, n)
                return .object(l)
            }
            return try repeatSequence(o, n)
        case (.mod, .str):
            return .str(try PercentFormat.format((o as! PyStr).value, b))
        case (.sub, .set), (.sub, .frozenset), (.and, .set), (.and, .frozenset), (.or, .set), (.or, .frozenset), (.xor, .set), (.xor, .frozenset):
            guard case .object(let p) = b, p.kind == .set || p.kind == .frozenset else { return nil }
            return .object(try SetAlgebra.apply(op, o as! PySet, p as! PySet, inPlace: inPlace))
        case (.or, .dict):
            guard case .object(let p) = b, p.kind == .dict else { return nil }
            let d = inPlace ? (o as! PyDict) : (o as! PyDict).copy()
            for (k, v) in (p as! PyDict).entries { try d.set(k, v) }
            return .object(d)
        default:
            return nil
        }
    }

    static func repeated(_ items: [Value], _ n: Int) throws -> [Value] {
        guard n > 0, !items.isEmpty else { return [] }
        let (total, o) = items.count.multipliedReportingOverflow(by: n)
        if o || total > 100_000_000 { throw PyError(ExceptionTypes.overflowError, "repeated sequence is too long") }
        try Cost.allocate(bytes: MemoryLayout<Value>.stride * total)
        var out: [Value] = []
        out.reserveCapacity(total)
        for _ in 0..<n { out += items }
        return out
    }

    static func repeatSequence(_ o: PyObject, _ n: Int) throws -> Value? {
        switch o.kind {
        case .str:
            let s = (o as! PyStr).value
            guard n > 0 else { return .str("") }
            if s.utf8.count.multipliedReportingOverflow(by: n).overflow || s.utf8.count * n > 400_000_000 {
                throw PyError(ExceptionTypes.overflowError, "repeated string is too long")
            }
            try Cost.allocate(bytes: s.utf8.count * n)
            return .str(String(repeating: s, count: n))
        case .list: return .object(PyList(try repeated((o as! PyList).items, n)))
        case .tuple: return .object(PyTuple(try repeated((o as! PyTuple).items, n)))
        default: return nil
        }
    }

    static func negate(_ v: Value) throws -> Value {
        switch v {
        case .int(let i):
            if i == Int.min { return .integer(-BigInt(i)) }
            return .int(-i)
        case .bool(let b): return .int(b ? -1 : 0)
        case .float(let d): return .float(-d)
        default:
            if let big = (v.object as? PyBigInt)?.value { return .integer(-big) }
            if let c = v.object as? PyComplex { return .object(PyComplex(-c.real, -c.imag)) }
            if let r = try SpecialMethods.unary("__neg__", v) { return r }
            throw PyError.type("bad operand type for unary -: '\(TypeOf.name(v))'")
        }
    }

    static func positive(_ v: Value) throws -> Value {
        switch v {
        case .int, .float: return v
        case .bool(let b): return .int(b ? 1 : 0)
        default:
            if v.isBigInt || v.object is PyComplex { return v }
            if let r = try SpecialMethods.unary("__pos__", v) { return r }
            throw PyError.type("bad operand type for unary +: '\(TypeOf.name(v))'")
        }
    }

    static func invert(_ v: Value) throws -> Value {
        if let i = intValue(v) { return .int(~i) }
        if let big = (v.object as? PyBigInt)?.value { return .integer(-big - 1) }
        if let r = try SpecialMethods.unary("__invert__", v) { return r }
        throw PyError.type("bad operand type for unary ~: '\(TypeOf.name(v))'")
    }
}
