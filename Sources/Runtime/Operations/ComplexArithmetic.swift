import Glibc

/// Python's arithmetic on `complex`, mixed with ints and floats: + - * / ** and the unary operators,
/// with CPython's errors. Division scales by the larger part of the divisor (Smith's method); integral
/// exponents up to 100 multiply by squaring, others go through polar form.
enum ComplexArithmetic {
    typealias Parts = (re: Double, im: Double)

    /// The value as a complex number if it is a number.
    static func parts(_ v: Value) throws -> Parts? {
        if let c = v.object as? PyComplex { return (c.real, c.imag) }
        if let d = try Arithmetic.toFloat(v) { return (d, 0) }
        return nil
    }

    static func value(_ p: Parts) -> Value { .object(PyComplex(p.re, p.im)) }

    static func binary(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value? {
        guard let x = try parts(a), let y = try parts(b) else { return nil }
        switch op {
        case .add: return value((x.re + y.re, x.im + y.im))
        case .sub: return value((x.re - y.re, x.im - y.im))
        case .mul: return value(multiply(x, y))
        case .div: return value(try divide(x, y))
        case .pow: return value(try power(x, y))
        default: return nil
        }
    }

    static func multiply(_ x: Parts, _ y: Parts) -> Parts {
        (x.re * y.re - x.im * y.im, x.re * y.im + x.im * y.re)
    }

    static func divide(_ x: Parts, _ y: Parts) throws -> Parts {
        let absRe = Swift.abs(y.re), absIm = Swift.abs(y.im)
        if absRe >= absIm {
            if absRe == 0 { throw PyError.zeroDivision("complex division by zero") }
            let ratio = y.im / y.re, denominator = y.re + y.im * ratio
            return ((x.re + x.im * ratio) / denominator, (x.im - x.re * ratio) / denominator)
        }
        if absIm >= absRe {
            let ratio = y.re / y.im, denominator = y.re * ratio + y.im
            return ((x.re * ratio + x.im) / denominator, (x.im * ratio - x.re) / denominator)
        }
        return (.nan, .nan)
    }

    static func power(_ x: Parts, _ y: Parts) throws -> Parts {
        let r: Parts
        if y.im == 0 && y.re == y.re.rounded(.down) && Swift.abs(y.re) <= 100 {
            let n = Int(y.re)
            let positive = integerPower(x, n.magnitude)
            if n < 0 && positive.re == 0 && positive.im == 0 {
                throw PyError.zeroDivision("0.0 to a negative or complex power")
            }
            r = n >= 0 ? positive : try divide((1, 0), positive)
        } else {
            r = try polarPower(x, y)
        }
        if !(r.re.isFinite && r.im.isFinite) && x.re.isFinite && x.im.isFinite && y.re.isFinite && y.im.isFinite {
            throw PyError.overflow("complex exponentiation")
        }
        return r
    }

    private static func integerPower(_ x: Parts, _ n: UInt) -> Parts {
        var result: Parts = (1, 0), base = x, mask: UInt = 1
        while mask > 0 && n >= mask {
            if n & mask != 0 { result = multiply(result, base) }
            mask <<= 1
            base = multiply(base, base)
        }
        return result
    }

    private static func polarPower(_ x: Parts, _ y: Parts) throws -> Parts {
        if y.re == 0 && y.im == 0 { return (1, 0) }
        if x.re == 0 && x.im == 0 {
            if y.im != 0 || y.re < 0 { throw PyError.zeroDivision("0.0 to a negative or complex power") }
            return (0, 0)
        }
        let magnitude = hypot(x.re, x.im)
        var length = pow(magnitude, y.re)
        let angle = atan2(x.im, x.re)
        var phase = angle * y.re
        if y.im != 0 {
            length /= exp(angle * y.im)
            phase += y.im * log(magnitude)
        }
        return (length * cos(phase), length * sin(phase))
    }

    /// `complex()`, `complex(x)`, `complex(re, im)` and `complex("1+2j")`.
    static func construct(_ vm: VM, _ args: [Value], _ kw: KeywordArguments) throws -> Value {
        try Arguments.check("complex", args, kw, min: 0, max: 2, keywords: ["real", "imag"])
        let re = args.count > 0 ? args[0] : Arguments.keyword(kw, "real") ?? .int(0)
        let im = args.count > 1 ? args[1] : Arguments.keyword(kw, "imag")
        if let s = re.asStr {
            if im != nil { throw PyError.type("complex() can't take second arg if first is a string") }
            guard let p = parse(s.value.trimmingPythonWhitespace()) else {
                throw PyError.value("complex() arg is a malformed string")
            }
            return value(p)
        }
        guard let x = try parts(re) else {
            throw PyError.type("complex() first argument must be a string or a number, not '\(TypeOf.name(re))'")
        }
        guard let im else { return value(x) }
        if im.asStr != nil { throw PyError.type("complex() second arg can't be a string") }
        guard let y = try parts(im) else {
            throw PyError.type("complex() second argument must be a number, not '\(TypeOf.name(im))'")
        }
        // A real argument contributes only its real part: complex(0.0, -0.0) keeps the -0.0.
        let realIsComplex = re.object is PyComplex, imagIsComplex = im.object is PyComplex
        return value((imagIsComplex ? x.re - y.im : x.re, realIsComplex ? y.re + x.im : y.re))
    }

    /// `1`, `2j`, `1+2j`, `(1-2.5e3j)`, `-j`: a real part, an imaginary part, or both.
    static func parse(_ text: String) -> Parts? {
        var s = Substring(text)
        if s.hasPrefix("(") && s.hasSuffix(")") { s = s.dropFirst().dropLast() }
        s = Substring(String(s).trimmingPythonWhitespace())
        guard !s.isEmpty, !s.contains(" ") else { return nil }
        guard s.hasSuffix("j") || s.hasSuffix("J") else { return Double(s).map { ($0, 0) } }
        let body = s.dropLast()
        // The split between the parts is the last sign that does not follow an exponent's e.
        var split: Substring.Index?
        var i = body.index(before: body.endIndex)
        while i > body.startIndex {
            let c = body[i], before = body[body.index(before: i)]
            if (c == "+" || c == "-") && before != "e" && before != "E" { split = i; break }
            i = body.index(before: i)
        }
        func number(_ t: Substring) -> Double? {
            t == "" || t == "+" ? 1 : t == "-" ? -1 : Double(t)
        }
        guard let split else { return number(body).map { (0, $0) } }
        guard let re = Double(body[..<split]), let im = number(body[split...]) else { return nil }
        return (re, im)
    }
}
