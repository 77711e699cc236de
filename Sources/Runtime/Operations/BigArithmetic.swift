import BigInt
import Glibc

/// Python's int arithmetic on arbitrary-precision ints: the slow path `Arithmetic` takes when an operand
/// is a `PyBigInt` or a machine-word result overflows. Division floors, shifts and bitwise operators act
/// on the infinite two's complement form, and results that fit a word come back inline.
enum BigArithmetic {
    static func binary(_ op: BinaryOp, _ x: BigInt, _ y: BigInt) throws -> Value {
        switch op {
        case .add: return .integer(x + y)
        case .sub: return .integer(x - y)
        case .mul: return .integer(try CountedMultiplication.product(x, y))
        case .div: return .float(try trueDivide(x, y))
        case .floorDiv:
            if y.isZero { throw PyError.zeroDivision("integer division or modulo by zero") }
            return .integer(divMod(x, y).0)
        case .mod:
            if y.isZero { throw PyError.zeroDivision("integer modulo by zero") }
            return .integer(divMod(x, y).1)
        case .pow: return try power(x, y)
        case .lshift:
            if y.sign == .minus { throw PyError.value("negative shift count") }
            if x.isZero { return .int(0) }
            guard let n = Int(exactly: y), n <= 1 << 40 else { throw PyError(ExceptionTypes.overflowError, "too many digits in integer") }
            try Cost.allocate(bytes: n / 8 + x.magnitude.words.count * MemoryLayout<UInt>.size)
            return .integer(x << n)
        case .rshift:
            if y.sign == .minus { throw PyError.value("negative shift count") }
            guard let n = Int(exactly: y) else { return .int(x.sign == .minus ? -1 : 0) }
            return .integer(shiftRight(x, n))
        case .and: return .integer(bitwise(x, y, &))
        case .or: return .integer(bitwise(x, y, |))
        case .xor: return .integer(bitwise(x, y, ^))
        case .matmul:
            throw PyError.type("unsupported operand type(s) for @: 'int' and 'int'")
        }
    }

    /// Floor division and the remainder with the divisor's sign (`divmod`).
    static func divMod(_ x: BigInt, _ y: BigInt) -> (BigInt, BigInt) {
        var (q, r) = x.quotientAndRemainder(dividingBy: y)
        if !r.isZero && (r.sign == .minus) != (y.sign == .minus) {
            q -= 1
            r += y
        }
        return (q, r)
    }

    /// `x >> n`, rounding toward negative infinity.
    static func shiftRight(_ x: BigInt, _ n: Int) -> BigInt {
        if x.sign == .plus { return BigInt(sign: .plus, magnitude: x.magnitude >> n) }
        // -m >> n == -((m - 1) >> n) - 1 for m > 0.
        return -BigInt(sign: .plus, magnitude: (x.magnitude - 1) >> n) - 1
    }

    /// A bitwise operator on the two's complement forms, each operand sign-extended to a common width.
    static func bitwise(_ x: BigInt, _ y: BigInt, _ op: (UInt, UInt) -> UInt) -> BigInt {
        let count = max(x.magnitude.words.count, y.magnitude.words.count) + 1
        let a = twosComplement(x, count), b = twosComplement(y, count)
        var words = (0..<count).map { op(a[$0], b[$0]) }
        if words[count - 1] >> (UInt.bitWidth - 1) == 1 {
            for i in words.indices { words[i] = ~words[i] }
            return -BigInt(sign: .plus, magnitude: BigUInt(words: words)) - 1
        }
        return BigInt(sign: .plus, magnitude: BigUInt(words: words))
    }

    private static func twosComplement(_ x: BigInt, _ count: Int) -> [UInt] {
        if x.sign == .plus {
            var w = Array(x.magnitude.words)
            w += Array(repeating: 0, count: count - w.count)
            return w
        }
        // -m == ~(m - 1)
        var w = Array((x.magnitude - 1).words)
        w += Array(repeating: 0, count: count - w.count)
        return w.map { ~$0 }
    }

    static func power(_ x: BigInt, _ y: BigInt) throws -> Value {
        if y.sign == .minus {
            if x.isZero { throw PyError.zeroDivision("0.0 cannot be raised to a negative power") }
            return .float(try Arithmetic.floatPow(try toDouble(x), try toDouble(y)))
        }
        if x == 1 { return .int(1) }
        if x == -1 { return .int(y.magnitude.words.first.map { $0 & 1 == 0 ? 1 : -1 } ?? 1) }
        if x.isZero { return .int(y.isZero ? 1 : 0) }
        guard let e = Int(exactly: y), e <= 1 << 32 else { throw PyError.overflow("int exponent too large") }
        return .integer(try CountedMultiplication.power(x, e))
    }

    /// `pow(x, y, m)`: the modular power, a negative exponent taking the modular inverse.
    static func modularPower(_ x: BigInt, _ y: BigInt, _ m: BigInt) throws -> Value {
        if m.isZero { throw PyError.value("pow() 3rd argument cannot be 0") }
        let modulus = BigInt(sign: .plus, magnitude: m.magnitude)
        var base = divMod(x, modulus).1
        if y.sign == .minus {
            guard let inverse = base.inverse(modulus) else { throw PyError.value("base is not invertible for the given modulus") }
            base = inverse
        }
        let exponent = BigInt(sign: .plus, magnitude: y.magnitude)
        let r = modulus == 1 ? 0 : base.power(exponent, modulus: modulus)
        // The result takes the modulus's sign, as `%` does.
        return .integer(m.sign == .minus && !r.isZero ? r + m : r)
    }

    /// `float(x)`, correctly rounded, or CPython's OverflowError.
    static func toDouble(_ x: BigInt) throws -> Double {
        guard let d = roundedDouble(x.magnitude, scale: 0) else {
            throw PyError(ExceptionTypes.overflowError, "int too large to convert to float")
        }
        return x.sign == .minus ? -d : d
    }

    /// `m * 2**scale` rounded to the nearest double (ties to even); nil past the largest finite double.
    static func roundedDouble(_ m: BigUInt, scale: Int, sticky: Bool = false) -> Double? {
        let width = m.bitWidth
        if width == 0 { return 0 }
        var mantissa: BigUInt, exponent = scale, inexact = sticky
        if width > 54 {
            let drop = width - 54
            mantissa = m >> drop
            inexact = inexact || m.trailingZeroBitCount < drop
            exponent += drop
        } else {
            mantissa = m
        }
        var bits = UInt64(mantissa)
        // Round from 54 to 53 significant bits, to even on an exact tie.
        if mantissa.bitWidth == 54 {
            let half = bits & 1 == 1
            bits >>= 1
            exponent += 1
            if half && (inexact || bits & 1 == 1) { bits += 1 }
        }
        let d = scalbn(Double(bits), Int32(clamping: exponent))
        return d.isInfinite ? nil : d
    }

    /// `x / y` for ints, correctly rounded as CPython's `long_true_divide`.
    static func trueDivide(_ x: BigInt, _ y: BigInt) throws -> Double {
        if y.isZero { throw PyError.zeroDivision("division by zero") }
        if x.isZero { return (y.sign == .minus) ? -0.0 : 0.0 }
        let a = x.magnitude, b = y.magnitude
        let shift = 55 - (a.bitWidth - b.bitWidth)
        let (q, r) = shift >= 0 ? (a << shift).quotientAndRemainder(dividingBy: b)
                                : a.quotientAndRemainder(dividingBy: b << -shift)
        guard let d = roundedDouble(q, scale: -shift, sticky: !r.isZero) else {
            throw PyError(ExceptionTypes.overflowError, "integer division result too large for a float")
        }
        return (x.sign == .minus) != (y.sign == .minus) ? -d : d
    }

    /// Compares an int with a float exactly (NaN compares false): -1, 0 or 1, nil for NaN.
    static func compare(_ x: BigInt, _ d: Double) -> Int? {
        if d.isNaN { return nil }
        if d.isInfinite { return d > 0 ? -1 : 1 }
        let floor = d.rounded(.down)
        let f = BigInt(exactly: floor)!
        if x < f { return -1 }
        if x > f { return 1 }
        return floor == d ? 0 : -1
    }

    /// `hash(x)` as CPython: the magnitude modulo 2**61 - 1 with the int's sign, -1 becoming -2.
    static func hash(_ x: BigInt) -> Int {
        let reduced = Int(x.magnitude % BigUInt(CPythonHash.modulus))
        let h = x.sign == .minus ? -reduced : reduced
        return h == -1 ? -2 : h
    }

    /// The big int as a machine int for an index or a count, or CPython's OverflowError.
    static func indexOverflow() -> PyError {
        PyError(ExceptionTypes.overflowError, "Python int too large to convert to C ssize_t")
    }
}
