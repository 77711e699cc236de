import BigInt

/// `format(value, spec)` and f-string fields for builtin values.
enum Formatting {
    static func formatField(_ v: Value, conversion: Int, spec: String) throws -> String {
        try IntDigitsLimit.check { try convertAndFormat(v, conversion: conversion, spec: spec) }
    }

    private static func convertAndFormat(_ v: Value, conversion: Int, spec: String) throws -> String {
        var value = v
        switch conversion {
        case 1: value = .str(Repr.str(v))
        case 2: value = .str(Repr.repr(v))
        case 3: value = .str(asciiRepr(v))
        default: break
        }
        try NativeStack.raiseTripped()
        if spec.isEmpty, conversion != 0 { return value.asStr!.value }
        return try format(value, spec)
    }

    static func format(_ v: Value, _ spec: String) throws -> String {
        try IntDigitsLimit.check { try formatUnchecked(v, spec) }
    }

    private static func formatUnchecked(_ v: Value, _ spec: String) throws -> String {
        do {
            switch v {
            case .int(let i):
                return try FormatSpec.format(int: i, spec: FormatSpec(spec))
            case .bool(let b):
                return try FormatSpec.format(bool: b, spec: FormatSpec(spec))
            case .float(let d):
                return try FormatSpec.format(float: d, spec: FormatSpec(spec))
            case .object(let o as PyBigInt):
                if spec.isEmpty { return IntDigitsLimit.decimal(o.value) }
                return try FormatSpec.format(int: bigOperand(o.value), spec: FormatSpec(spec))
            default:
                if let s = try SpecialMethods.format(v, spec) { return s }
                if let s = v.asStr { return try FormatSpec.format(string: s.value, spec: FormatSpec(spec)) }
                if spec.isEmpty {
                    let text = Repr.str(v)
                    try NativeStack.raiseTripped()
                    return text
                }
                throw PyError.type("unsupported format string passed to \(TypeOf.name(v)).__format__")
            }
        } catch let e as FormatError {
            throw PyError(e.exceptionType == "OverflowError" ? ExceptionTypes.overflowError : ExceptionTypes.valueError, e.message)
        }
    }

    /// A big int for the format-spec machinery: decimal digits are subject to the 4300-digit limit.
    static func bigOperand(_ b: BigInt) -> FormatSpec.IntegerOperand {
        FormatSpec.IntegerOperand(
            negative: b.sign == .minus,
            digits: { $0 == 10 ? IntDigitsLimit.decimal(BigInt(b.magnitude)) : String(b.magnitude, radix: $0) },
            double: {
                do { return try BigArithmetic.toDouble(b) } catch {
                    throw FormatError(message: "int too large to convert to float", exceptionType: "OverflowError")
                }
            })
    }

    /// `ascii()`: the repr with every non-ASCII character escaped.
    static func asciiRepr(_ v: Value) -> String {
        var out = ""
        for c in Repr.repr(v).unicodeScalars {
            if c.isASCII { out.unicodeScalars.append(c) } else { out += Repr.hexEscape(c) }
        }
        return out
    }
}
