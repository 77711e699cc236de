/// CPython 3.11's case mappings and character classes of `str` over code points: full (special-casing)
/// mappings, the final-sigma rule of `lower()`, titlecase for `title()` and `capitalize()`, full case folding,
/// and the general-category tests. Code points assigned after Unicode 14.0 (CPython 3.11's database) are
/// treated as unassigned, as CPython treats them.
enum StrCasing {
    typealias Scalars = [Unicode.Scalar]

    /// Whether CPython 3.11 knows the code point (assigned in Unicode 14.0 or before).
    @inline(__always) static func known(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x0800 { return true }
        guard let age = c.properties.age else { return false }
        return age.major < 14 || (age.major == 14 && age.minor == 0)
    }

    @inline(__always) private static func ascii(_ c: Unicode.Scalar) -> Bool { c.value < 0x80 }

    /// Letters whose Lowercase (and Cased) property changed after Unicode 14.0: CPython 3.11 answers the opposite.
    private static let lowercaseSince14: Set<UInt32> = [0x0295, 0x10FC, 0xA7F2, 0xA7F3, 0xA7F4, 0xAB69]
    /// Ideographs that became numeric after Unicode 14.0.
    private static let numericSince14: Set<UInt32> = [
        0x4E24, 0x4EAC, 0x4FE9, 0x5006, 0x62D0, 0x6D1E, 0x7695, 0x79ED, 0x920E, 0x94A9,
    ]

    static func isCased(_ c: Unicode.Scalar) -> Bool {
        known(c) && c.properties.isCased != lowercaseSince14.contains(c.value)
    }
    static func isUpper(_ c: Unicode.Scalar) -> Bool { known(c) && c.properties.isUppercase }
    static func isLower(_ c: Unicode.Scalar) -> Bool {
        known(c) && c.properties.isLowercase != lowercaseSince14.contains(c.value)
    }
    /// `isnumeric()`: any numeric type.
    static func isNumeric(_ c: Unicode.Scalar) -> Bool {
        known(c) && c.properties.numericType != nil && !numericSince14.contains(c.value)
    }
    static func isTitle(_ c: Unicode.Scalar) -> Bool { known(c) && c.properties.generalCategory == .titlecaseLetter }

    /// Letters: the categories Lu, Ll, Lt, Lm and Lo.
    static func isAlpha(_ c: Unicode.Scalar) -> Bool {
        if ascii(c) { return (c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x7A }
        guard known(c) else { return false }
        switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// CPython's whitespace: bidirectional classes WS, B and S, and the category Zs.
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F,
             0x3000: return true
        default: return false
        }
    }

    static func lowerMapping(_ c: Unicode.Scalar) -> String { mapped(c, c.properties.lowercaseMapping) }
    static func upperMapping(_ c: Unicode.Scalar) -> String { mapped(c, c.properties.uppercaseMapping) }
    static func titleMapping(_ c: Unicode.Scalar) -> String { mapped(c, c.properties.titlecaseMapping) }

    /// A mapping as Unicode 14.0 has it: none to (or from) a letter assigned later.
    @inline(__always) private static func mapped(_ c: Unicode.Scalar, _ m: String) -> String {
        guard known(c) else { return String(c) }
        if c.value >= 0x0180, !m.unicodeScalars.allSatisfy(known) { return String(c) }
        return m
    }

    /// Full case folding. Unicode folds Cherokee to its uppercase letters, dotless i and capital sharp s
    /// apart from their case mappings; every other fold is the lowercase of the uppercase.
    static func foldMapping(_ c: Unicode.Scalar) -> String {
        switch c.value {
        case 0x13F8...0x13FD: return String(Unicode.Scalar(c.value - 8)!)
        case 0xAB70...0xABBF: return String(Unicode.Scalar(c.value - 0x97D0)!)
        case 0x13A0...0x13F5, 0x0131: return String(c)
        case 0x1E9E: return "ss"
        default:
            guard known(c), c.properties.changesWhenCaseMapped else { return String(c) }
            var out = ""
            for u in upperMapping(c).unicodeScalars { out += lowerMapping(u) }
            return out
        }
    }

    /// `lower()` of the character at `i`: capital sigma becomes final sigma at the end of a word.
    private static func lowered(_ sc: Scalars, _ i: Int) -> String {
        let c = sc[i]
        if c.value < 0x80 { return String(c.value >= 0x41 && c.value <= 0x5A ? Unicode.Scalar(c.value + 32)! : c) }
        guard c.value == 0x3A3 else { return lowerMapping(c) }
        var j = i - 1
        while j >= 0 && ignorable(sc[j]) { j -= 1 }
        guard j >= 0 && isCased(sc[j]) else { return "\u{3C3}" }
        j = i + 1
        while j < sc.count && ignorable(sc[j]) { j += 1 }
        return j == sc.count || !isCased(sc[j]) ? "\u{3C2}" : "\u{3C3}"
    }

    private static func ignorable(_ c: Unicode.Scalar) -> Bool { known(c) && c.properties.isCaseIgnorable }

    static func lower(_ sc: Scalars) -> String {
        var out = ""
        out.reserveCapacity(sc.count)
        for i in sc.indices { out += lowered(sc, i) }
        return out
    }

    static func upper(_ sc: Scalars) -> String {
        var out = ""
        out.reserveCapacity(sc.count)
        for c in sc {
            if c.value < 0x80 {
                out.unicodeScalars.append(c.value >= 0x61 && c.value <= 0x7A ? Unicode.Scalar(c.value - 32)! : c)
            } else {
                out += upperMapping(c)
            }
        }
        return out
    }

    static func casefold(_ sc: Scalars) -> String {
        var out = ""
        for i in sc.indices { out += sc[i].value < 0x80 ? lowered(sc, i) : foldMapping(sc[i]) }
        return out
    }

    static func swapcase(_ sc: Scalars) -> String {
        var out = ""
        for i in sc.indices {
            let c = sc[i]
            out += isUpper(c) ? lowered(sc, i) : isLower(c) ? upperMapping(c) : String(c)
        }
        return out
    }

    static func title(_ sc: Scalars) -> String {
        var out = "", previousCased = false
        for i in sc.indices {
            let c = sc[i]
            out += previousCased ? lowered(sc, i) : titleMapping(c)
            previousCased = isCased(c)
        }
        return out
    }

    static func capitalize(_ sc: Scalars) -> String {
        guard let first = sc.first else { return "" }
        var out = titleMapping(first)
        for i in sc.indices.dropFirst() { out += lowered(sc, i) }
        return out
    }

    /// `isupper()` and `islower()`: some cased character and none of the other case (nor titlecase).
    static func hasOnlyCase(_ sc: Scalars, upper: Bool) -> Bool {
        var cased = false
        for c in sc {
            if isTitle(c) || (upper ? isLower(c) : isUpper(c)) { return false }
            if !cased && (upper ? isUpper(c) : isLower(c)) { cased = true }
        }
        return cased
    }
}
