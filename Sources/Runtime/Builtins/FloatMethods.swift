import BigInt

/// Methods of `float` (`is_integer`, `as_integer_ratio`, `hex`, `fromhex`, `conjugate`), and the number
/// attributes of ints and floats (`real`, `imag`, `numerator`, `denominator`).
enum FloatMethods {
    static func install(on t: PyType) {
        func receiver(_ args: [Value]) throws -> Double {
            guard case .float(let d)? = args.first else { throw PyError.type("descriptor requires a 'float' object") }
            return d
        }
        t.define("is_integer") { _, args, _ in
            let d = try receiver(args)
            return .bool(d.isFinite && d == d.rounded(.towardZero))
        }
        t.define("conjugate") { _, args, _ in .float(try receiver(args)) }
        t.define("as_integer_ratio") { _, args, _ in
            let (numerator, denominator) = try ratio(try receiver(args))
            return .object(PyTuple([.integer(numerator), .integer(denominator)]))
        }
        t.define("hex") { _, args, _ in .str(hex(try receiver(args))) }
        t.define("fromhex") { _, args, _ in
            guard let text = args.last?.asStr, args.count <= 2 else {
                throw PyError.type("fromhex() argument must be str, not \(TypeOf.name(args.last ?? .none))")
            }
            return .float(try fromHex(text.value))
        }
    }

    /// `real`, `imag`, `numerator`, `denominator` of an int, `real` and `imag` of a float (nil: not one of these).
    static func attribute(_ v: Value, _ name: String) -> Value? {
        if case .float(let d) = v {
            switch name {
            case "real": return .float(d)
            case "imag": return .float(0)
            default: return nil
            }
        }
        guard let i = v.bigInt else { return nil }
        switch name {
        case "real", "numerator": return .integer(i)
        case "imag": return .int(0)
        case "denominator": return .int(1)
        default: return nil
        }
    }

    /// The exact fraction a finite double is, in lowest terms.
    static func ratio(_ d: Double) throws -> (BigInt, BigInt) {
        if d.isNaN { throw PyError.value("cannot convert NaN to integer ratio") }
        if d.isInfinite { throw PyError(ExceptionTypes.overflowError, "cannot convert Infinity to integer ratio") }
        if d == 0 { return (0, 1) }
        var mantissa = BigInt(d.significandBitPattern) | (d.isNormal ? BigInt(1) << 52 : 0)
        var exponent = (d.isNormal ? Int(d.exponent) : -1022) - 52
        let zeros = mantissa.trailingZeroBitCount
        mantissa >>= zeros
        exponent += zeros
        if d < 0 { mantissa.negate() }
        return exponent >= 0 ? (mantissa << exponent, 1) : (mantissa, BigInt(1) << -exponent)
    }

    /// `float.hex`: `0x1.8000000000000p+0`, `-0x0.0p+0`, `inf`, `nan`.
    static func hex(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        let sign = d.sign == .minus ? "-" : ""
        if d == 0 { return sign + "0x0.0p+0" }
        let digits = String(d.significandBitPattern, radix: 16)
        let fraction = String(repeating: "0", count: 13 - digits.count) + digits
        let exponent = d.isNormal ? Int(d.exponent) : -1022
        return "\(sign)0x\(d.isNormal ? 1 : 0).\(fraction)p\(exponent >= 0 ? "+" : "")\(exponent)"
    }

    /// `float.fromhex`: `[sign]['0x']digits['.'digits]['p'exponent]`, `inf`, `nan`, surrounding spaces allowed.
    static func fromHex(_ text: String) throws -> Double {
        let space: Set<Character> = [" ", "\t", "\n", "\r", "\u{0B}", "\u{0C}"]
        var s = Substring(text).drop { space.contains($0) }
        while let last = s.last, space.contains(last) { s = s.dropLast() }
        var negative = false
        if let c = s.first, c == "+" || c == "-" {
            negative = c == "-"
            s = s.dropFirst()
        }
        let lowered = s.lowercased()
        if ["inf", "infinity"].contains(lowered) { return negative ? -.infinity : .infinity }
        if lowered == "nan" { return .nan }
        if lowered.hasPrefix("0x") { s = s.dropFirst(2) }
        var mantissa = BigInt(0), exponent = 0, digits = 0, seenPoint = false
        while let c = s.first, c.isHexDigit || (c == "." && !seenPoint) {
            s = s.dropFirst()
            if c == "." {
                seenPoint = true
                continue
            }
            mantissa = mantissa * 16 + BigInt(c.hexDigitValue!)
            digits += 1
            if seenPoint { exponent -= 4 }
        }
        guard digits > 0 else { throw PyError.value("invalid hexadecimal floating-point string") }
        if let c = s.first, c == "p" || c == "P" {
            guard let e = Int(s.dropFirst()) else { throw PyError.value("invalid hexadecimal floating-point string") }
            exponent += e
            s = ""
        }
        guard s.isEmpty else { throw PyError.value("invalid hexadecimal floating-point string") }
        let value = try scaled(mantissa, exponent)
        return negative ? -value : value
    }

    /// `mantissa × 2^exponent` rounded to the nearest double (ties to even), or OverflowError.
    private static func scaled(_ mantissa: BigInt, _ exponent: Int) throws -> Double {
        guard mantissa != 0 else { return 0 }
        let width = mantissa.bitWidth - 1
        let top = width + exponent
        if top > 1023 { throw PyError(ExceptionTypes.overflowError, "hexadecimal value too large to represent as a float") }
        let keep = max(0, min(53, top + 1074 + 1))
        let shift = width + 1 - keep
        var m = shift > 0 ? mantissa >> shift : mantissa << -shift
        if shift > 0 {
            let rest = mantissa - (m << shift)
            let half = BigInt(1) << (shift - 1)
            if rest > half || (rest == half && m & 1 == 1) { m += 1 }
        }
        let result = Double(sign: .plus, exponent: exponent + shift, significand: Double(m))
        if result.isInfinite { throw PyError(ExceptionTypes.overflowError, "hexadecimal value too large to represent as a float") }
        return result
    }
}
