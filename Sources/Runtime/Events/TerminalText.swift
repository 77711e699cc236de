/// Text from a scenario or a log made safe for a terminal, and measured in terminal columns.
/// Every command but `exec` writes what it shows through `escaped`: an escape shows as `\x1b`,
/// other C0 and C1 controls as `\xNN`, bidi overrides, zero-width and line-separator characters
/// as `\u202e`, so no program can retitle, clear or reorder the user's terminal through asyncviz.
public enum TerminalText {
    /// `text` with every character that would act on a terminal shown as an escape.
    /// `keepingNewlines` leaves `\n` (and `\t`) as they are, for multi-line reports.
    public static func escaped(_ text: String, keepingNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0, keepingNewlines: keepingNewlines) }) else {
            return text
        }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if needsEscape(scalar, keepingNewlines: keepingNewlines) {
                out.appendScalars(of: escape(scalar))
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether `scalar` is shown as an escape rather than written.
    public static func needsEscape(_ scalar: Unicode.Scalar, keepingNewlines: Bool = false) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: return !keepingNewlines
        case 0..<0x20, 0x7F..<0xA0, 0x200B...0x200F, 0x2028...0x202E, 0x2066...0x2069, 0xFEFF: return true
        default: return false
        }
    }

    /// The escape `scalar` is shown as: `\x1b`, `\n`, `\u202e`.
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x0A: return "\\n"
        case 0x09: return "\\t"
        case 0x0D: return "\\r"
        case 0..<0x100:
            let hex = String(scalar.value, radix: 16)
            return "\\x" + (hex.count < 2 ? "0" : "") + hex
        default:
            return "\\u" + String(scalar.value, radix: 16)
        }
    }

    /// Columns `text` takes on a terminal (after escaping): wide East Asian characters and emoji take two,
    /// combining marks none.
    public static func width(_ text: String) -> Int {
        text.reduce(0) { $0 + width($1) }
    }

    /// Columns one character (a grapheme cluster: a base and its combining marks) takes.
    public static func width(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) && first.properties.isEmoji { return 2 }
        return width(first)
    }

    /// Columns one scalar takes: 0 for combining marks and zero-width characters, 2 for wide ones.
    public static func width(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return v == 0x00AD ? 1 : 0
        default: break
        }
        return wideRanges.contains { $0.contains(v) } ? 2 : 1
    }

    /// The East Asian Wide and Fullwidth blocks and the emoji planes terminals draw two columns wide.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F, 0x2693...0x2693, 0x26A1...0x26A1,
        0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA,
        0x26F2...0x26F5, 0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
        0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797, 0x27B0...0x27B0,
        0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55, 0x2E80...0x303E, 0x3041...0x33FF,
        0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
        0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF,
        0x1B000...0x1B2FF, 0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
        0x1F200...0x1F251, 0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C, 0x1F37E...0x1F393,
        0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0, 0x1F3F4...0x1F3F4, 0x1F3F8...0x1F43E,
        0x1F440...0x1F440, 0x1F442...0x1F4FC, 0x1F4FF...0x1F53D, 0x1F54B...0x1F54E, 0x1F550...0x1F567,
        0x1F57A...0x1F57A, 0x1F595...0x1F596, 0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5,
        0x1F6CC...0x1F6CC, 0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC,
        0x1F7E0...0x1F7EB, 0x1F90C...0x1F93A, 0x1F93C...0x1F945, 0x1F947...0x1F9FF, 0x1FA70...0x1FAFF,
        0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    /// `text` cut to at most `columns` terminal columns (never splitting a wide character).
    public static func prefix(_ text: String, columns: Int) -> String {
        var used = 0
        var out = ""
        for ch in text {
            let w = width(ch)
            if used + w > columns { break }
            used += w
            out.append(ch)
        }
        return out
    }

    /// `text` padded with spaces to `columns` terminal columns (on the left when `right`).
    public static func pad(_ text: String, to columns: Int, right: Bool = false) -> String {
        let n = width(text)
        guard n < columns else { return text }
        let fill = String(repeating: " ", count: columns - n)
        return right ? fill + text : text + fill
    }
}
