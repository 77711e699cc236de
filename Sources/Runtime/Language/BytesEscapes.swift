/// The body of a bytes literal (`b'...'`) as octets: ASCII characters only, and in a non-raw literal the
/// escapes bytes have (`\xNN`, octal, `\n` and the other single letters; `\u` and `\N` stay as written).
enum BytesEscapes {
    static func decode(_ body: String, raw: Bool, at location: SourceLocation) throws(Diagnostic) -> [UInt8] {
        let s = Array(body.unicodeScalars)
        guard s.allSatisfy({ $0.isASCII }) else {
            throw Diagnostic(.syntaxError, "bytes can only contain ASCII literal characters", at: location)
        }
        let octets = s.map { UInt8($0.value) }
        guard !raw, octets.contains(0x5C) else { return octets }
        var out: [UInt8] = []
        out.reserveCapacity(octets.count)
        var i = 0
        while i < octets.count {
            let c = octets[i]
            guard c == 0x5C, i + 1 < octets.count else {
                out.append(c)
                i += 1
                continue
            }
            let position = out.count
            i += 1
            let e = octets[i]
            switch e {
            case 0x0A: break
            case 0x5C, 0x27, 0x22: out.append(e)
            case UInt8(ascii: "a"): out.append(0x07)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "v"): out.append(0x0B)
            case UInt8(ascii: "x"):
                guard i + 2 < octets.count, let high = hexValue(octets[i + 1]), let low = hexValue(octets[i + 2]) else {
                    throw Diagnostic(.syntaxError, "(value error) invalid \\x escape at position \(position)",
                                     at: location)
                }
                out.append(high << 4 | low)
                i += 2
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var v = Int(e - 0x30)
                var n = 1
                while n < 3, i + 1 < octets.count, (0x30...0x37).contains(octets[i + 1]) {
                    i += 1
                    n += 1
                    v = v * 8 + Int(octets[i] - 0x30)
                }
                out.append(UInt8(v & 0xFF))
            default:
                out.append(0x5C)
                out.append(e)
            }
            i += 1
        }
        return out
    }

    /// The value of one hex digit, either case.
    static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x30...0x39: return c - 0x30
        case 0x61...0x66: return c - 0x61 + 10
        case 0x41...0x46: return c - 0x41 + 10
        default: return nil
        }
    }
}
