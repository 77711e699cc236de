/// CPython's `PyOS_double_to_string` (with `format_float_short`): turns a double into text for the
/// format codes `e E f F g G` and `r` (repr), honouring the alternate-form, add-".0" and
/// no-negative-zero flags exactly as CPython lays the digits out.
enum PyDoubleFormat {
    /// Formats `x`; `precision` is ignored for `r`.
    static func string(
        _ x: Double, code: Unicode.Scalar, precision: Int,
        alternate: Bool = false, addDotZero: Bool = false, noNegativeZero: Bool = false
    ) -> String {
        let uppercase = code == "E" || code == "F" || code == "G"
        if x.isNaN { return uppercase ? "NAN" : "nan" }
        if x.isInfinite { return (x < 0 ? "-" : "") + (uppercase ? "INF" : "inf") }

        var precision = precision
        let digits: DecimalDigits
        var useExponent = false
        var decimalPoint: Int
        var virtualEnd: Int
        switch code {
        case "e", "E":
            precision += 1
            digits = .rounded(x, significantDigits: precision)
            decimalPoint = digits.decimalPoint
            useExponent = true
            virtualEnd = precision
        case "f", "F":
            digits = .rounded(x, fractionDigits: precision)
            decimalPoint = digits.decimalPoint
            virtualEnd = decimalPoint + precision
        case "g", "G":
            precision = max(precision, 1)
            digits = .rounded(x, significantDigits: precision)
            decimalPoint = digits.decimalPoint
            useExponent = decimalPoint <= -4 || decimalPoint > (addDotZero ? precision - 1 : precision)
            virtualEnd = alternate ? precision : digits.digits.count
        default:
            digits = .shortest(x)
            decimalPoint = digits.decimalPoint
            useExponent = decimalPoint <= -4 || decimalPoint > 16
            virtualEnd = digits.digits.count
        }
        let negative = x.sign == .minus && !(noNegativeZero && digits.isZero)

        var exponent = 0
        if useExponent {
            exponent = decimalPoint - 1
            decimalPoint = 1
        }
        let virtualStart = decimalPoint <= 0 ? decimalPoint - 1 : 0
        virtualEnd = max(virtualEnd, !useExponent && addDotZero ? decimalPoint + 1 : decimalPoint)

        let zero = UInt8(ascii: "0"), point = UInt8(ascii: ".")
        let body = digits.digits
        var out: [UInt8] = negative ? [UInt8(ascii: "-")] : []
        if decimalPoint <= 0 {
            out += repeatElement(zero, count: decimalPoint - virtualStart)
            out.append(point)
            out += repeatElement(zero, count: -decimalPoint)
        }
        if decimalPoint > 0 && decimalPoint <= body.count {
            out += body[..<decimalPoint]
            out.append(point)
            out += body[decimalPoint...]
        } else {
            out += body
        }
        if body.count < decimalPoint {
            out += repeatElement(zero, count: decimalPoint - body.count)
            out.append(point)
            out += repeatElement(zero, count: virtualEnd - decimalPoint)
        } else {
            out += repeatElement(zero, count: virtualEnd - body.count)
        }
        if out.last == point && !alternate {
            out.removeLast()
        }
        if useExponent {
            out.append(UInt8(ascii: uppercase ? "E" : "e"))
            out.append(UInt8(ascii: exponent < 0 ? "-" : "+"))
            let magnitude = String(exponent.magnitude)
            if magnitude.count < 2 { out.append(zero) }
            out += magnitude.utf8
        }
        return String(decoding: out, as: UTF8.self)
    }
}
