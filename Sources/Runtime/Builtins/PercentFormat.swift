import BigInt

/// `format % values`: printf-style formatting of a `str`, with CPython 3.11's conversions, flags,
/// `*` widths and precisions, `%(key)s` mapping lookups, and its error messages.
enum PercentFormat {
    /// One conversion's flags, width and precision.
    struct Spec {
        var leftAlign = false, sign: Character?, alternate = false, zeroPad = false
        var width = 0
        var precision: Int?
    }

    static func format(_ template: String, _ values: Value) throws -> String {
        try IntDigitsLimit.check { try render(template, values) }
    }

    private static func render(_ template: String, _ values: Value) throws -> String {
        var arguments = ArgumentList(values)
        let chars = Array(template.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < chars.count {
            guard chars[i] == "%" else {
                out.append(chars[i])
                i += 1
                continue
            }
            i += 1
            if i < chars.count && chars[i] == "%" {
                out.append("%")
                i += 1
                continue
            }
            var spec = Spec()
            var keyed: Value?
            if i < chars.count && chars[i] == "(" {
                keyed = try arguments.lookup(try mappingKey(chars, &i))
            }
            parseFlags(chars, &i, &spec)
            try parseWidth(chars, &i, &spec, &arguments)
            try parsePrecision(chars, &i, &spec, &arguments)
            while i < chars.count && "hlL".unicodeScalars.contains(chars[i]) { i += 1 }
            guard i < chars.count else { throw PyError.value("incomplete format") }
            let code = chars[i]
            let value = try keyed ?? arguments.next()
            out.appendScalars(of: try convert(value, code, spec, index: i))
            i += 1
        }
        try arguments.checkAllConverted()
        try NativeStack.raiseTripped()
        return String(out)
    }

    /// The argument list: a tuple's items one by one, a single value once, and a mapping for `%(key)`.
    struct ArgumentList {
        let items: [Value]
        let single: Bool
        let mapping: Value?
        var position = 0

        init(_ values: Value) {
            if let tuple = values.asTuple ?? SpecialMethods.baseValue(values)?.asTuple {
                items = tuple.items
                single = false
            } else {
                items = [values]
                single = true
            }
            if case .object(let o) = values, o.kind == .dict || o.kind == .list { mapping = values } else { mapping = nil }
        }

        mutating func next() throws -> Value {
            guard position < items.count else { throw PyError.type("not enough arguments for format string") }
            position += 1
            return items[position - 1]
        }

        /// A `%(key)` value; afterwards no positional argument is left (as CPython counts them).
        mutating func lookup(_ key: String) throws -> Value {
            guard let mapping else { throw PyError.type("format requires a mapping") }
            position = items.count
            return try Subscript.get(mapping, .str(key))
        }

        func checkAllConverted() throws {
            if !single && position < items.count && mapping == nil {
                throw PyError.type("not all arguments converted during string formatting")
            }
        }
    }

    private static func mappingKey(_ chars: [Unicode.Scalar], _ i: inout Int) throws -> String {
        var depth = 1
        i += 1
        let start = i
        while i < chars.count {
            if chars[i] == "(" { depth += 1 }
            if chars[i] == ")" {
                depth -= 1
                if depth == 0 { break }
            }
            i += 1
        }
        guard i < chars.count else { throw PyError.value("incomplete format key") }
        let key = String(String.UnicodeScalarView(chars[start..<i]))
        i += 1
        return key
    }

    private static func parseFlags(_ chars: [Unicode.Scalar], _ i: inout Int, _ spec: inout Spec) {
        while i < chars.count {
            switch chars[i] {
            case "-": spec.leftAlign = true
            case "+": spec.sign = "+"
            case " ": if spec.sign == nil { spec.sign = " " }
            case "#": spec.alternate = true
            case "0": spec.zeroPad = true
            default: return
            }
            i += 1
        }
    }

    private static func parseWidth(_ chars: [Unicode.Scalar], _ i: inout Int, _ spec: inout Spec,
                                   _ arguments: inout ArgumentList) throws {
        if i < chars.count && chars[i] == "*" {
            let w = try starArgument(&arguments)
            if w < 0 { spec.leftAlign = true }
            spec.width = Swift.abs(w)
            i += 1
            return
        }
        spec.width = try number(chars, &i, what: "width")
    }

    private static func parsePrecision(_ chars: [Unicode.Scalar], _ i: inout Int, _ spec: inout Spec,
                                       _ arguments: inout ArgumentList) throws {
        guard i < chars.count && chars[i] == "." else { return }
        i += 1
        if i < chars.count && chars[i] == "*" {
            spec.precision = max(0, try starArgument(&arguments))
            i += 1
            return
        }
        spec.precision = try number(chars, &i, what: "precision")
    }

    private static func starArgument(_ arguments: inout ArgumentList) throws -> Int {
        let v = try arguments.next()
        guard let n = Arithmetic.intValue(v) else {
            if v.isBigInt { throw PyError.value("width too big") }
            throw PyError.type("* wants int")
        }
        return n
    }

    private static func number(_ chars: [Unicode.Scalar], _ i: inout Int, what: String) throws -> Int {
        var n = 0
        while i < chars.count, chars[i] >= "0", chars[i] <= "9" {
            let d = Int(chars[i].value) - 48
            let (m, o1) = n.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(d)
            if o1 || o2 || s > Int(Int32.max) { throw PyError.value("\(what) too big") }
            n = s
            i += 1
        }
        return n
    }

    private static func convert(_ given: Value, _ code: Unicode.Scalar, _ spec: Spec, index: Int) throws -> String {
        var v = given
        if code != "s", code != "r", code != "a", let base = SpecialMethods.baseValue(given),
           base.bigInt != nil || Arithmetic.floatValue(base) != nil {
            v = base
        }
        switch code {
        case "s", "r", "a":
            var text = code == "s" ? Repr.str(v) : code == "r" ? Repr.repr(v) : Formatting.asciiRepr(v)
            if let p = spec.precision, p < text.unicodeScalars.count {
                text = String(String.UnicodeScalarView(text.unicodeScalars.prefix(p)))
            }
            return try pad(sign: "", body: text, spec, numeric: false)
        case "d", "i", "u", "x", "X", "o":
            return try integer(v, code, spec)
        case "e", "E", "f", "F", "g", "G":
            guard let d = try Arithmetic.toFloat(v) else {
                throw PyError.type("must be real number, not \(TypeOf.name(v))")
            }
            return try real(d, code, spec)
        case "c":
            return try pad(sign: "", body: try character(v), spec, numeric: false)
        default:
            let hex = String(code.value, radix: 16)
            let shown = code.value > 32 && code.value < 127 ? String(code) : "?"
            throw PyError.value("unsupported format character '\(shown)' (0x\(hex)) at index \(index)")
        }
    }

    private static func integer(_ v: Value, _ code: Unicode.Scalar, _ spec: Spec) throws -> String {
        let radix = code == "o" ? 8 : code == "x" || code == "X" ? 16 : 10
        if case .int(let i) = v {
            return try digits(i.magnitude, negative: i < 0, radix: radix, code, spec)
        }
        var number = v.bigInt
        if number == nil, case .float(let d) = v {
            guard code == "d" || code == "i" || code == "u" else {
                throw PyError.type("%\(code) format: an integer is required, not float")
            }
            number = try BuiltinConstructors.intFromFloat(d)
        }
        guard let n = number else {
            let kind = code == "d" || code == "i" || code == "u" ? "a real number" : "an integer"
            throw PyError.type("%\(code) format: \(kind) is required, not \(TypeOf.name(v))")
        }
        return try digits(n.magnitude, negative: n.sign == .minus, radix: radix, code, spec)
    }

    /// The padded text of an int of magnitude `magnitude` (a machine word or a big one).
    private static func digits<M: BinaryInteger>(_ magnitude: M, negative: Bool, radix: Int, _ code: Unicode.Scalar,
                                                _ spec: Spec) throws -> String {
        var digits = radix == 10 && magnitude.bitWidth > 64
            ? IntDigitsLimit.decimal(BigInt(magnitude)) : String(magnitude, radix: radix)
        if code == "X" { digits = digits.uppercased() }
        if let p = spec.precision, digits.count < p {
            try Cost.allocate(bytes: p)
            digits = String(repeating: "0", count: p - digits.count) + digits
        }
        var sign = negative ? "-" : spec.sign.map(String.init) ?? ""
        if spec.alternate && radix != 10 { sign += code == "o" ? "0o" : code == "x" ? "0x" : "0X" }
        return try pad(sign: sign, body: digits, spec, numeric: true)
    }

    private static func real(_ d: Double, _ code: Unicode.Scalar, _ spec: Spec) throws -> String {
        let text = PyDoubleFormat.string(d, code: code, precision: spec.precision ?? 6, alternate: spec.alternate)
        let negative = text.hasPrefix("-")
        let sign = negative ? "-" : spec.sign.map(String.init) ?? ""
        return try pad(sign: sign, body: negative ? String(text.dropFirst()) : text, spec, numeric: true)
    }

    private static func character(_ v: Value) throws -> String {
        if let s = v.asStr, s.count == 1 { return s.value }
        if let big = v.bigInt, case .int = v {
            guard big >= 0 && big < 0x110000, let scalar = Unicode.Scalar(UInt32(big)) else {
                throw PyError.overflow("%c arg not in range(0x110000)")
            }
            return String(scalar)
        }
        if v.isBigInt { throw PyError.overflow("%c arg not in range(0x110000)") }
        if case .bool(let b) = v { return b ? "\u{1}" : "\u{0}" }
        throw PyError.type("%c requires int or char")
    }

    /// Pads to the width: left-aligned with spaces, or zero-filled after the sign and prefix for numbers.
    private static func pad(sign: String, body: String, _ spec: Spec, numeric: Bool) throws -> String {
        let length = sign.unicodeScalars.count + body.unicodeScalars.count
        guard spec.width > length else { return sign + body }
        let fill = spec.width - length
        try Cost.allocate(bytes: fill)
        if spec.leftAlign { return sign + body + String(repeating: " ", count: fill) }
        if numeric && spec.zeroPad { return sign + String(repeating: "0", count: fill) + body }
        return String(repeating: " ", count: fill) + sign + body
    }
}
