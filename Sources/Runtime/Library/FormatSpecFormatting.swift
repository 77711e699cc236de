/// The `format(value, spec)` entry points for int, bool, float and str: dispatch on the presentation
/// type like CPython's `_PyLong_FormatAdvancedWriter` and friends, then `format_long_internal`,
/// `format_float_internal` and `format_string_internal`.
extension FormatSpec {
    /// An int to format, of either size: its sign, its magnitude's digits in a radix, and its value as a
    /// float (for `e f g %`) and as a machine int (for `c`) where it has one.
    struct IntegerOperand {
        let negative: Bool
        let digits: (Int) -> String
        let double: () throws -> Double
        let small: Int?

        init(_ value: Int) {
            negative = value < 0
            digits = { String(value.magnitude, radix: $0) }
            double = { Double(value) }
            small = value
        }

        init(negative: Bool, digits: @escaping (Int) -> String, double: @escaping () throws -> Double) {
            self.negative = negative
            self.digits = digits
            self.double = double
            small = nil
        }
    }

    static func format(int value: Int, spec: FormatSpec) throws -> String {
        if spec.source.isEmpty { return String(value) }
        return try formatInteger(IntegerOperand(value), spec.resolved(for: .int), typeName: "int")
    }

    /// An int too large for a machine word (its plain text comes from the caller when the spec is empty).
    static func format(int value: IntegerOperand, spec: FormatSpec) throws -> String {
        try formatInteger(value, spec.resolved(for: .int), typeName: "int")
    }

    /// `bool` formats like `str(True)` for an empty spec and like the int 1/0 otherwise.
    static func format(bool value: Bool, spec: FormatSpec) throws -> String {
        if spec.source.isEmpty { return value ? "True" : "False" }
        return try formatInteger(IntegerOperand(value ? 1 : 0), spec.resolved(for: .bool), typeName: "bool")
    }

    static func format(float value: Double, spec: FormatSpec) throws -> String {
        if spec.source.isEmpty { return FloatRepr.repr(value) }
        let field = try spec.resolved(for: .float)
        switch field.type {
        case nil, "e", "E", "f", "F", "g", "G", "n", "%":
            return try formatFloat(value, field)
        case let other?:
            throw unknownType(other, typeName: "float")
        }
    }

    static func format(string value: String, spec: FormatSpec) throws -> String {
        if spec.source.isEmpty { return value }
        let field = try spec.resolved(for: .str)
        guard field.type == "s" else { throw unknownType(field.type!, typeName: "str") }
        return try formatString(value, field)
    }

    private static func unknownType(_ type: Unicode.Scalar, typeName: String) -> FormatError {
        FormatError(message: "Unknown format code \(quoted(type)) for object of type '\(typeName)'")
    }

    private static func formatInteger(_ value: IntegerOperand, _ field: Field, typeName: String) throws -> String {
        let radix: Int
        switch field.type {
        case "e", "E", "f", "F", "g", "G", "%":
            return try formatFloat(try value.double(), field)
        case "c":
            return try formatCharacter(value.small ?? Int.max, field)
        case "b": radix = 2
        case "o": radix = 8
        case "x", "X": radix = 16
        case "d", "n": radix = 10
        default:
            throw unknownType(field.type!, typeName: typeName)
        }
        try rejectFloatOnlyOptions(field)
        var layout = NumberFieldLayout(negative: value.negative, digits: Array(value.digits(radix).unicodeScalars))
        if field.alternate && radix != 10 {
            layout.prefix = ["0", field.type!]
        }
        layout.uppercase = field.type == "X"
        return layout.render(field)
    }

    private static func rejectFloatOnlyOptions(_ field: Field) throws {
        if field.precision != nil {
            throw FormatError(message: "Precision not allowed in integer format specifier")
        }
        if field.noNegativeZero {
            throw FormatError(message: "Negative zero coercion (z) not allowed in integer format specifier")
        }
    }

    private static func formatCharacter(_ value: Int, _ field: Field) throws -> String {
        try rejectFloatOnlyOptions(field)
        if field.sign != nil {
            throw FormatError(message: "Sign not allowed with integer format specifier 'c'")
        }
        if field.alternate {
            throw FormatError(message: "Alternate form (#) not allowed with integer format specifier 'c'")
        }
        guard value >= 0 && value <= 0x10FFFF else {
            throw FormatError(message: "%c arg not in range(0x110000)", exceptionType: "OverflowError")
        }
        // A lone surrogate cannot live in a Swift string; it becomes U+FFFD.
        let character = Unicode.Scalar(UInt32(value)) ?? "\u{FFFD}"
        return NumberFieldLayout(negative: false, digits: [], remainder: [character]).render(field)
    }

    private static func formatFloat(_ value: Double, _ field: Field) throws -> String {
        if let precision = field.precision, precision > Int(Int32.max) {
            throw FormatError(message: "precision too big")
        }
        var code = field.type ?? "r"
        var value = value
        let defaultPrecision = field.type == nil ? 0 : 6
        if code == "n" { code = "g" }
        let percent = code == "%"
        if percent {
            code = "f"
            value *= 100
        }
        if field.precision != nil && code == "r" { code = "g" }
        var text = PyDoubleFormat.string(
            value, code: code, precision: field.precision ?? defaultPrecision,
            alternate: field.alternate, addDotZero: field.type == nil, noNegativeZero: field.noNegativeZero)
        if percent { text += "%" }

        var scalars = Array(text.unicodeScalars)
        let negative = scalars.first == "-"
        if negative { scalars.removeFirst() }
        let integerDigits = scalars.prefix { ("0"..."9").contains($0) }
        var rest = scalars[integerDigits.count...]
        let hasPoint = rest.first == "."
        if hasPoint { rest.removeFirst() }
        return NumberFieldLayout(
            negative: negative, digits: Array(integerDigits), hasDecimalPoint: hasPoint, remainder: Array(rest)
        ).render(field)
    }

    private static func formatString(_ value: String, _ field: Field) throws -> String {
        if let sign = field.sign {
            throw FormatError(message: sign == " "
                ? "Space not allowed in string format specifier"
                : "Sign not allowed in string format specifier")
        }
        if field.noNegativeZero {
            throw FormatError(message: "Negative zero coercion (z) not allowed in string format specifier")
        }
        if field.alternate {
            throw FormatError(message: "Alternate form (#) not allowed in string format specifier")
        }
        if field.align == "=" {
            throw FormatError(message: "'=' alignment not allowed in string format specifier")
        }
        var scalars = Array(value.unicodeScalars)
        if let precision = field.precision, scalars.count > precision {
            scalars.removeLast(scalars.count - precision)
        }
        let total = max(field.width ?? -1, scalars.count)
        let left: Int
        switch field.align {
        case ">": left = total - scalars.count
        case "^": left = (total - scalars.count) / 2
        default: left = 0
        }
        let fill = String(field.fill)
        return String(repeating: fill, count: left) + String(String.UnicodeScalarView(scalars))
            + String(repeating: fill, count: total - scalars.count - left)
    }
}
