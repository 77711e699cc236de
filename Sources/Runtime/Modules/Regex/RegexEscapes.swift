/// Escapes (`\n`, `\x41`, `\d`, `\b`, `\1`, …) and character sets (`[a-z\d_]`), in and out of sets.
extension RegexParser {
    /// What an escape inside a set stands for: one character or a category.
    enum SetEscape {
        case scalar(UInt32)
        case category(RegexCategory, negated: Bool)
    }

    /// An escape outside a set, the cursor at its backslash.
    mutating func escape() throws -> RegexNode {
        let start = i
        i += 1
        guard let c = current else { throw RegexError(message: "bad escape (end of pattern)", position: start) }
        let ascii = flags.contains(.ascii)
        switch Unicode.Scalar(c)! {
        case "A": i += 1; return .anchor(.textStart)
        case "Z": i += 1; return .anchor(.textEnd)
        case "b": i += 1; return .anchor(.wordBoundary(ascii: ascii))
        case "B": i += 1; return .anchor(.notWordBoundary(ascii: ascii))
        case "1"..."9":
            return try numbered(start: start)
        default:
            switch try setEscape(start: start, inSet: false) {
            case .scalar(let s): return literal(s)
            case .category(let category, let negated):
                let set = RegexCharSet(items: [.category(category, negated: negated)], negated: false,
                                       ignoreCase: false, ascii: ascii)
                return .set(set)
            }
        }
    }

    /// `\1`…`\99` (a backreference) or a three-digit octal escape, the cursor past the backslash.
    mutating func numbered(start: Int) throws -> RegexNode {
        let first = text[i]
        i += 1
        if let second = current, isDigit(second) {
            if isOctal(first), isOctal(second), i + 1 < text.count, isOctal(text[i + 1]) {
                let value = (first - 0x30) * 64 + (second - 0x30) * 8 + (text[i + 1] - 0x30)
                i += 2
                return literal(try octal(value, start: start))
            }
            i += 1
            return try reference(Int(first - 0x30) * 10 + Int(second - 0x30), at: start + 1)
        }
        return try reference(Int(first - 0x30), at: start + 1)
    }

    func reference(_ number: Int, at: Int) throws -> RegexNode {
        guard number <= groups else {
            throw RegexError(message: "invalid group reference \(number)", position: at)
        }
        return try backreference(number, at: at)
    }

    func octal(_ value: UInt32, start: Int) throws -> UInt32 {
        guard value <= 0o377 else {
            let digits = String(String.UnicodeScalarView(text[(start + 1)..<i].compactMap(Unicode.Scalar.init)))
            throw RegexError(message: "octal escape value \\\(digits) outside of range 0-0o377", position: start)
        }
        return value
    }

    func isDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }
    func isOctal(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x37 }

    /// The escapes common to sets and patterns (and, in sets, octal digits and `\b`), cursor past the backslash.
    mutating func setEscape(start: Int, inSet: Bool) throws -> SetEscape {
        let c = text[i]
        i += 1
        let simple: [Unicode.Scalar: UInt32] = ["a": 7, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11]
        let scalar = Unicode.Scalar(c)!
        if let value = simple[scalar] { return .scalar(value) }
        switch scalar {
        case "d", "D": return .category(.digit, negated: scalar == "D")
        case "w", "W": return .category(.word, negated: scalar == "W")
        case "s", "S": return .category(.space, negated: scalar == "S")
        case "b" where inSet: return .scalar(8)
        case "x": return .scalar(try hex(start: start, count: 2))
        case "u": return .scalar(try hex(start: start, count: 4))
        case "U": return .scalar(try hex(start: start, count: 8))
        case "N": return .scalar(try named(start: start))
        case "0"..."7" where inSet || scalar == "0":
            var value = c - 0x30
            var taken = 1
            while taken < 3, let d = current, isOctal(d) {
                value = value * 8 + d - 0x30
                i += 1
                taken += 1
            }
            return .scalar(try octal(value, start: start))
        default:
            if scalar.isASCII && (scalar.properties.isAlphabetic || isDigit(c)) {
                throw RegexError(message: "bad escape \\" + String(scalar), position: start)
            }
            return .scalar(c)
        }
    }

    /// `\N{name}`, the cursor past the `N`: the character with that Unicode name.
    mutating func named(start: Int) throws -> UInt32 {
        guard peek("{") else { throw RegexError(message: "missing {", position: i) }
        i += 1
        let at = i
        var name = ""
        while let c = current, c != 0x7D {
            name.unicodeScalars.append(Unicode.Scalar(c)!)
            i += 1
        }
        guard !atEnd else { throw RegexError(message: "missing }, unterminated name", position: at) }
        i += 1
        if name.isEmpty { throw RegexError(message: "missing character name", position: at) }
        guard let value = RegexCharacters.named(name) else {
            throw RegexError(message: "undefined character name '\(name)'", position: start)
        }
        return value
    }

    /// `count` hex digits after `\x`, `\u` or `\U`.
    mutating func hex(start: Int, count: Int) throws -> UInt32 {
        var value: UInt32 = 0
        var taken = 0
        while taken < count, let d = current, let digit = Unicode.Scalar(d).flatMap({ Int(String($0), radix: 16) }) {
            value = value &* 16 &+ UInt32(digit)
            i += 1
            taken += 1
        }
        let written = String(String.UnicodeScalarView(text[start..<i].compactMap(Unicode.Scalar.init)))
        if taken < count { throw RegexError(message: "incomplete escape " + written, position: start) }
        if value > 0x10FFFF { throw RegexError(message: "bad escape " + written, position: start) }
        return value
    }

    /// `[...]`, the cursor at its `[`.
    mutating func characterSet() throws -> RegexCharSet {
        let start = i
        i += 1
        var set = RegexCharSet(items: [], negated: false, ignoreCase: flags.contains(.ignoreCase),
                               ascii: flags.contains(.ascii))
        if peek("^") {
            set.negated = true
            i += 1
        }
        var first = true
        while true {
            guard let c = current else { throw RegexError(message: "unterminated character set", position: start) }
            if c == 0x5D && !first {
                i += 1
                return set
            }
            first = false
            let itemStart = i
            let low = try setMember()
            guard peek("-"), i + 1 < text.count, text[i + 1] != 0x5D else {
                set.items.append(low)
                continue
            }
            i += 1
            guard current != nil else { throw RegexError(message: "unterminated character set", position: start) }
            let high = try setMember()
            let written = String(String.UnicodeScalarView(text[itemStart..<i].compactMap(Unicode.Scalar.init)))
            guard case .scalar(let lo) = low, case .scalar(let hi) = high, lo <= hi else {
                throw RegexError(message: "bad character range " + written, position: itemStart)
            }
            set.items.append(.range(lo, hi))
        }
    }

    /// One character or escape inside a set.
    mutating func setMember() throws -> RegexClassItem {
        let c = text[i]
        guard c == 0x5C else {
            i += 1
            return .scalar(c)
        }
        let start = i
        i += 1
        guard current != nil else { throw RegexError(message: "unterminated character set", position: start) }
        switch try setEscape(start: start, inSet: true) {
        case .scalar(let s): return .scalar(s)
        case .category(let category, let negated): return .category(category, negated: negated)
        }
    }
}
