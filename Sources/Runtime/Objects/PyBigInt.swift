import BigInt

/// An `int` too large for a machine word. Ints live inline as `Value.int` while they fit; a result that
/// does not fit becomes a `PyBigInt` (its type is `int`), and every result that fits again goes back inline,
/// so a `PyBigInt` never holds a value in `Int`'s range.
final class PyBigInt: PyNativeObject {
    let value: BigInt

    init(_ value: BigInt) {
        self.value = value
        super.init(type: BuiltinTypes.int)
    }
}

extension Value {
    /// The int `b`: inline when it fits a machine word, a `PyBigInt` otherwise.
    static func integer(_ b: BigInt) -> Value {
        if let i = Int(exactly: b) { return .int(i) }
        return .object(PyBigInt(b))
    }

    /// The value as an arbitrary-precision int if it is an int (of either size) or a bool.
    var bigInt: BigInt? {
        switch self {
        case .int(let i): return BigInt(i)
        case .bool(let b): return b ? 1 : 0
        case .object(let o): return (o as? PyBigInt)?.value
        default: return nil
        }
    }

    /// True for a `PyBigInt`.
    var isBigInt: Bool {
        if case .object(let o) = self, o is PyBigInt { return true }
        return false
    }
}

/// CPython's limit on converting an int of more than 4300 decimal digits to or from a string
/// (`sys.set_int_max_str_digits`, which asyncviz does not offer, so the default holds). `repr` cannot
/// raise, so a too-long int notes the failure and the entry points that print (`print`, `str`, `repr`,
/// formatting) raise CPython's ValueError through `check`.
enum IntDigitsLimit {
    static let maxDigits = 4300
    nonisolated(unsafe) private static var exceeded = false

    static let message = "Exceeds the limit (4300 digits) for integer string conversion; "
        + "use sys.set_int_max_str_digits() to increase the limit"

    /// The decimal digits of `b`; past the limit, a note for `check` and an empty text.
    static func decimal(_ b: BigInt) -> String {
        // Fewer than 14,284 bits means at most 4300 digits (10**4300 needs 14,285).
        if b.magnitude.bitWidth < 14_284 { return String(b) }
        let text = String(b)
        if text.count - (b.sign == .minus ? 1 : 0) > maxDigits {
            exceeded = true
            return ""
        }
        return text
    }

    /// Runs a conversion to text and raises CPython's ValueError if it met an int past the limit.
    static func check<T>(_ body: () throws -> T) throws -> T {
        exceeded = false
        let result = try body()
        if exceeded {
            exceeded = false
            throw PyError.value(message)
        }
        return result
    }

    /// Refuses parsing a decimal string of more than 4300 digits, as `int(text)` does.
    static func checkParse(digits: Int) throws {
        if digits > maxDigits {
            throw PyError.value("Exceeds the limit (4300 digits) for integer string conversion: value has \(digits) "
                + "digits; use sys.set_int_max_str_digits() to increase the limit")
        }
    }
}

extension PyBigInt: CustomReprObject {
    var pythonRepr: String { IntDigitsLimit.decimal(value) }
}
