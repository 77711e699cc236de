#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The decimal digit string of a finite double's magnitude, as CPython's `_Py_dg_dtoa` returns it:
/// no leading or trailing zeros (zero itself is `"0"`), and `decimalPoint` saying where the point
/// goes (the value is `0.d1d2d3... × 10^decimalPoint`). Covers dtoa's modes 0 (shortest), 2 (significant
/// digits) and 3 (digits after the point), all correctly rounded with ties to even.
struct DecimalDigits: Equatable {
    /// ASCII digits, never empty.
    let digits: [UInt8]
    let decimalPoint: Int

    /// True when the digits are the single digit zero.
    var isZero: Bool { digits == [UInt8(ascii: "0")] }

    /// Mode 0: the shortest digits that round-trip, taken from Swift's shortest round-trip description.
    static func shortest(_ x: Double) -> DecimalDigits {
        let text = Array(x.magnitude.description.utf8)
        let exponentMark = text.firstIndex(of: UInt8(ascii: "e"))
        let mantissa = text[..<(exponentMark ?? text.endIndex)]
        var exponent = 0
        if let mark = exponentMark {
            exponent = Int(String(decoding: text[(mark + 1)...], as: UTF8.self))!
        }
        let point = mantissa.firstIndex(of: UInt8(ascii: ".")) ?? mantissa.endIndex
        let integerDigits = point - mantissa.startIndex
        return normalized(mantissa.filter { $0 != UInt8(ascii: ".") }, decimalPoint: integerDigits + exponent)
    }

    /// Mode 2: `count` (at least 1) significant digits, correctly rounded.
    static func rounded(_ x: Double, significantDigits count: Int) -> DecimalDigits {
        let text = printf("%.*e", count - 1, x.magnitude)
        let mark = text.firstIndex(of: UInt8(ascii: "e"))!
        let exponent = Int(String(decoding: text[(mark + 1)...], as: UTF8.self))!
        return normalized(text[..<mark].filter { $0 != UInt8(ascii: ".") }, decimalPoint: exponent + 1)
    }

    /// Mode 3: rounded to `count` digits after the decimal point.
    static func rounded(_ x: Double, fractionDigits count: Int) -> DecimalDigits {
        let text = printf("%.*f", count, x.magnitude)
        let point = text.firstIndex(of: UInt8(ascii: ".")) ?? text.endIndex
        return normalized(text.filter { $0 != UInt8(ascii: ".") }, decimalPoint: point)
    }

    /// Strips leading zeros (moving the point) and trailing zeros; an all-zero string becomes `"0"` at point 1.
    private static func normalized(_ raw: [UInt8], decimalPoint: Int) -> DecimalDigits {
        let zero = UInt8(ascii: "0")
        guard let first = raw.firstIndex(where: { $0 != zero }) else {
            return DecimalDigits(digits: [zero], decimalPoint: 1)
        }
        let last = raw.lastIndex(where: { $0 != zero })!
        return DecimalDigits(digits: Array(raw[first...last]), decimalPoint: decimalPoint - first)
    }

    /// Formats one double with a C `printf` format taking a precision (`%.*e` or `%.*f`).
    private static func printf(_ format: String, _ precision: Int, _ value: Double) -> [UInt8] {
        let arguments: [CVarArg] = [Int32(precision), value]
        let length = withVaList(arguments) { vsnprintf(nil, 0, format, $0) }
        var buffer = [CChar](repeating: 0, count: Int(length) + 1)
        _ = withVaList(arguments) { vsnprintf(&buffer, buffer.count, format, $0) }
        return buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }
    }
}
