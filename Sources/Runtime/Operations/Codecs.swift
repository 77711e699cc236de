/// Text to octets and back for `str.encode` and `bytes.decode`: UTF-8, ASCII and Latin-1 (with their
/// usual aliases), and the error handlers `strict`, `ignore` and `replace`, with CPython's messages.
enum Codecs {
    enum Codec { case utf8, ascii, latin1 }

    /// The codec a name means (`'utf-8'`, `'UTF8'`, `'latin_1'`, `'iso-8859-1'`, `'us-ascii'` …).
    static func codec(_ name: String) throws -> Codec {
        let key = name.lowercased().replacingOccurrences(of: "_", with: "-")
        switch key {
        case "utf-8", "utf8", "u8", "utf": return .utf8
        case "ascii", "us-ascii", "646": return .ascii
        case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "l1", "latin": return .latin1
        default: throw PyError(ExceptionTypes.lookupError, "unknown encoding: \(name)")
        }
    }

    /// The `encoding` and `errors` arguments of `function` (`encode`, `decode`, `bytes`) as names, with their
    /// defaults, and CPython's message for one that is not a str.
    static func names(_ encoding: Value?, _ errors: Value?, of function: String) throws -> (String, String) {
        (try encoding.map { try Arguments.string($0, "\(function)() argument 'encoding'") } ?? "utf-8",
         try errors.map { try Arguments.string($0, "\(function)() argument 'errors'") } ?? "strict")
    }

    static func checkErrors(_ errors: String) throws {
        guard ["strict", "ignore", "replace"].contains(errors) else {
            throw PyError(ExceptionTypes.lookupError, "unknown error handler name '\(errors)'")
        }
    }

    static func encode(_ text: String, encoding: String, errors: String) throws -> [UInt8] {
        let codec = try codec(encoding)
        try checkErrors(errors)
        if codec == .utf8 { return Array(text.utf8) }
        let limit: UInt32 = codec == .ascii ? 0x80 : 0x100
        let name = codec == .ascii ? "ascii" : "latin-1"
        let scalars = Array(text.unicodeScalars)
        var out: [UInt8] = []
        out.reserveCapacity(scalars.count)
        for (i, scalar) in scalars.enumerated() {
            if scalar.value < limit { out.append(UInt8(scalar.value)); continue }
            switch errors {
            case "ignore": continue
            case "replace": out.append(UInt8(ascii: "?"))
            default:
                var end = i + 1
                while end < scalars.count, scalars[end].value >= limit { end += 1 }
                let what = end - i == 1 ? "character '\(escaped(scalar))' in position \(i)"
                    : "characters in position \(i)-\(end - 1)"
                throw PyError(ExceptionTypes.unicodeEncodeError,
                              "'\(name)' codec can't encode \(what): ordinal not in range(\(limit))")
            }
        }
        return out
    }

    static func decode(_ data: [UInt8], encoding: String, errors: String) throws -> String {
        let codec = try codec(encoding)
        try checkErrors(errors)
        var out = String.UnicodeScalarView()
        switch codec {
        case .latin1:
            for byte in data { out.append(Unicode.Scalar(byte)) }
        case .ascii:
            for (i, byte) in data.enumerated() {
                if byte < 0x80 { out.append(Unicode.Scalar(byte)); continue }
                switch errors {
                case "ignore": continue
                case "replace": out.append("\u{FFFD}")
                default:
                    throw PyError(ExceptionTypes.unicodeDecodeError, "'ascii' codec can't decode byte 0x"
                                  + PyBytes.hexByte(byte) + " in position \(i): ordinal not in range(128)")
                }
            }
        case .utf8:
            var i = 0
            while i < data.count {
                switch UTF8Reading.scalar(in: data, at: i) {
                case .scalar(let scalar, let length):
                    out.append(scalar)
                    i += length
                case .invalid(let length, let reason):
                    switch errors {
                    case "ignore": break
                    case "replace": out.append("\u{FFFD}")
                    default:
                        let span = length == 1 ? "byte 0x" + PyBytes.hexByte(data[i]) + " in position \(i)"
                            : "bytes in position \(i)-\(i + length - 1)"
                        let message = "'utf-8' codec can't decode \(span): \(reason)"
                        throw PyError(ExceptionTypes.unicodeDecodeError, message)
                    }
                    i += length
                }
            }
        }
        return String(out)
    }

    /// `\xe9`, `\u20ac`, `\U0001f600` as CPython writes a character in an encoding error.
    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        if scalar.value < 0x100 { return "\\x" + String(repeating: "0", count: 2 - hex.count) + hex }
        if scalar.value < 0x10000 { return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex }
        return "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
    }
}

/// One step of strict UTF-8 decoding, with the reasons CPython gives for bad input.
enum UTF8Reading {
    enum Step {
        case scalar(Unicode.Scalar, length: Int)
        case invalid(length: Int, reason: String)
    }

    static func scalar(in data: [UInt8], at i: Int) -> Step {
        let first = data[i]
        if first < 0x80 { return .scalar(Unicode.Scalar(first), length: 1) }
        let length: Int, low: UInt8, high: UInt8
        switch first {
        case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
        case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
        case 0xED: (length, low, high) = (3, 0x80, 0x9F)
        case 0xE1...0xEF: (length, low, high) = (3, 0x80, 0xBF)
        case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
        case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
        case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
        default: return .invalid(length: 1, reason: "invalid start byte")
        }
        var value = UInt32(first) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length {
            guard i + k < data.count else { return .invalid(length: k, reason: "unexpected end of data") }
            let byte = data[i + k]
            let (lo, hi) = k == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
            guard byte >= lo && byte <= hi else { return .invalid(length: k, reason: "invalid continuation byte") }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return .scalar(Unicode.Scalar(value)!, length: length)
    }
}
