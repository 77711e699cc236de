/// CPython's `calc_number_widths` + `fill_number` + `_PyUnicode_InsertThousandsGrouping`: places the
/// sign, prefix (`0x`), grouped integer digits, decimal point and remainder of a formatted number inside
/// the requested width, with `0=` padding flowing into the digit groups.
struct NumberFieldLayout {
    var negative: Bool
    var prefix: [Unicode.Scalar] = []
    /// The integer digits, which get grouped and zero-padded; empty for `c` formatting and inf/nan.
    var digits: [Unicode.Scalar]
    var hasDecimalPoint = false
    /// Everything after the decimal point (fraction, exponent, `%`), or the character for `c`.
    var remainder: [Unicode.Scalar] = []
    /// Uppercases the prefix and digits (the `X` type).
    var uppercase = false

    /// Renders the number with the spec's fill, alignment, sign, width and grouping.
    func render(_ spec: FormatSpec.Field) -> String {
        var signScalar: Unicode.Scalar?
        switch spec.sign {
        case "+": signScalar = negative ? "-" : "+"
        case " ": signScalar = negative ? "-" : " "
        default: signScalar = negative ? "-" : nil
        }
        let width = spec.width ?? -1
        let nonDigits = (signScalar == nil ? 0 : 1) + prefix.count + (hasDecimalPoint ? 1 : 0) + remainder.count
        let minWidth = spec.fill == "0" && spec.align == "=" ? width - nonDigits : 0
        let grouped = digits.isEmpty ? [] : Self.group(digits, minWidth: minWidth, spec.grouping)

        var left = 0, middle = 0, right = 0
        let padding = width - (nonDigits + grouped.count)
        if padding > 0 {
            switch spec.align {
            case "<": right = padding
            case "^": left = padding / 2; right = padding - left
            case "=": middle = padding
            default: left = padding
            }
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: repeatElement(spec.fill, count: left))
        if let signScalar { out.append(signScalar) }
        out.append(contentsOf: uppercase ? Self.uppercased(prefix) : prefix)
        out.append(contentsOf: repeatElement(spec.fill, count: middle))
        out.append(contentsOf: uppercase ? Self.uppercased(grouped) : grouped)
        if hasDecimalPoint { out.append(".") }
        out.append(contentsOf: remainder)
        out.append(contentsOf: repeatElement(spec.fill, count: right))
        return String(out)
    }

    /// Inserts separators between digit groups (right to left), padding with zeros up to `minWidth`.
    private static func group(_ digits: [Unicode.Scalar], minWidth: Int, _ grouping: FormatSpec.Grouping) -> [Unicode.Scalar] {
        let separator: Unicode.Scalar, size: Int
        switch grouping {
        case .none:
            let length = max(digits.count, minWidth, 1)
            return Array(repeating: "0", count: max(0, length - digits.count)) + digits
        case .comma: (separator, size) = (",", 3)
        case .underscore: (separator, size) = ("_", 3)
        case .underscoreEveryFour: (separator, size) = ("_", 4)
        }
        var reversed: [Unicode.Scalar] = []
        var minWidth = max(0, minWidth)
        var remaining = digits.count
        while true {
            let length = min(size, max(remaining, minWidth, 1))
            let zeros = max(0, length - remaining)
            let chars = max(0, min(remaining, length))
            if !reversed.isEmpty { reversed.append(separator) }
            reversed.append(contentsOf: digits[(remaining - chars)..<remaining].reversed())
            reversed.append(contentsOf: repeatElement("0", count: zeros))
            remaining -= chars
            minWidth -= length
            if remaining <= 0 && minWidth <= 0 { break }
            minWidth -= 1
        }
        return reversed.reversed()
    }

    private static func uppercased(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        scalars.map { $0.value >= 0x61 && $0.value <= 0x7A ? Unicode.Scalar($0.value - 32)! : $0 }
    }
}
