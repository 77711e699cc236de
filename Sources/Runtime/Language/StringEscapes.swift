/// Python's backslash escapes in non-raw string literals.
enum StringEscapes {
    static func decode(_ body: String, at location: SourceLocation) throws(Diagnostic) -> String {
        guard body.unicodeScalars.contains("\\") else { return body }
        let s = Array(body.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        func hex(_ count: Int, _ what: String) throws(Diagnostic) -> Unicode.Scalar {
            guard i + count < s.count else { throw truncated(what, count, location) }
            var v: UInt32 = 0
            for k in 1...count {
                guard let d = s[i + k].properties.numericType != nil ? UInt32(String(s[i + k])) : hexLetter(s[i + k]) else {
                    throw truncated(what, count, location)
                }
                v = v * 16 + d
            }
            i += count
            guard let scalar = Unicode.Scalar(v) else {
                throw Diagnostic(.syntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character", at: location)
            }
            return scalar
        }
        while i < s.count {
            let c = s[i]
            guard c == "\\", i + 1 < s.count else {
                out.append(c)
                i += 1
                continue
            }
            i += 1
            let e = s[i]
            switch e {
            case "\n": break
            case "\\": out.append("\\")
            case "'": out.append("'")
            case "\"": out.append("\"")
            case "a": out.append("\u{07}")
            case "b": out.append("\u{08}")
            case "f": out.append("\u{0C}")
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "t": out.append("\t")
            case "v": out.append("\u{0B}")
            case "x": out.append(try hex(2, "\\xXX"))
            case "u": out.append(try hex(4, "\\uXXXX"))
            case "U": out.append(try hex(8, "\\UXXXXXXXX"))
            case "0"..."7":
                var v = UInt32(String(e))!
                var n = 1
                while n < 3, i + 1 < s.count, s[i + 1] >= "0", s[i + 1] <= "7" {
                    i += 1
                    n += 1
                    v = v * 8 + UInt32(String(s[i]))!
                }
                out.append(Unicode.Scalar(v)!)
            case "N":
                guard i + 1 < s.count, s[i + 1] == "{", let close = s[(i + 1)...].firstIndex(of: "}") else {
                    throw Diagnostic(.syntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes: malformed \\N character escape", at: location)
                }
                let name = String(String.UnicodeScalarView(s[(i + 2)..<close]))
                guard let scalar = UnicodeNames.scalar(named: name) else {
                    throw Diagnostic(.syntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes: unknown Unicode character name", at: location)
                }
                out.append(scalar)
                i = close
            default:
                out.append("\\")
                out.append(e)
            }
            i += 1
        }
        return String(out)
    }

    private static func hexLetter(_ c: Unicode.Scalar) -> UInt32? {
        switch c {
        case "a"..."f": return c.value - 97 + 10
        case "A"..."F": return c.value - 65 + 10
        default: return nil
        }
    }

    private static func truncated(_ what: String, _ count: Int, _ at: SourceLocation) -> Diagnostic {
        Diagnostic(.syntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes: truncated \(what) escape", at: at)
    }
}

/// The character names of `\N{...}`, looked up in the Unicode database Swift carries
/// (names and name aliases, case-insensitively). The table is built on first use.
enum UnicodeNames {
    private static let table: [String: Unicode.Scalar] = {
        var t: [String: Unicode.Scalar] = [:]
        for v in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let properties = scalar.properties
            if let alias = properties.nameAlias { t[alias] = scalar }
            if let name = properties.name { t[name] = scalar }
        }
        return t
    }()

    static func scalar(named name: String) -> Unicode.Scalar? {
        table[name.uppercased()]
    }
}
