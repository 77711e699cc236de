import Foundation

/// The character tests a pattern makes, Unicode-wide (a `str` pattern's default) or ASCII-only (`re.ASCII`).
enum RegexCharacters {
    static func isDigit(_ c: UInt32, ascii: Bool) -> Bool {
        if c < 0x80 { return c >= 0x30 && c <= 0x39 }
        if ascii { return false }
        guard let s = Unicode.Scalar(c), StrCasing.known(s) else { return false }
        return s.properties.numericType == .decimal
    }

    /// `\w`: letters, digits (any numeric character outside ASCII, as `str.isalnum`) and the underscore.
    static func isWord(_ c: UInt32, ascii: Bool) -> Bool {
        if c < 0x80 {
            return (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == 0x5F
        }
        if ascii { return false }
        guard let s = Unicode.Scalar(c) else { return false }
        return StrCasing.isAlpha(s) || StrCasing.isNumeric(s)
    }

    /// `\s`: as `str.isspace` (with ASCII, only the six ASCII whitespace characters).
    static func isSpace(_ c: UInt32, ascii: Bool) -> Bool {
        if c < 0x80 { return c == 0x20 || (c >= 0x09 && c <= 0x0D) || (!ascii && c >= 0x1C && c <= 0x1F) }
        if ascii { return false }
        return Unicode.Scalar(c).map(StrCasing.isSpace) ?? false
    }

    /// Whitespace a verbose pattern ignores.
    static func isVerboseSpace(_ c: UInt32) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }

    /// The character a Unicode name (any case, single spaces) names, as `unicodedata.lookup` finds it.
    static func named(_ name: String) -> UInt32? {
        let words = name.split(separator: " ", omittingEmptySubsequences: false)
        guard words.allSatisfy({ !$0.isEmpty }), name.unicodeScalars.allSatisfy({
            $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == " " || $0 == "-")
        }) else { return nil }
        let written = "\\N{" + name.uppercased() + "}"
        guard let found = written.applyingTransform(StringTransform("Name-Any"), reverse: false),
              found != written, found.unicodeScalars.count == 1 else { return nil }
        return found.unicodeScalars.first!.value
    }

    /// A group name must be a Python identifier.
    static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || first.properties.isXIDStart else { return false }
        return name.unicodeScalars.dropFirst().allSatisfy { $0 == "_" || $0.properties.isXIDContinue }
    }

    static func matches(_ category: RegexCategory, _ c: UInt32, ascii: Bool) -> Bool {
        switch category {
        case .digit: return isDigit(c, ascii: ascii)
        case .word: return isWord(c, ascii: ascii)
        case .space: return isSpace(c, ascii: ascii)
        }
    }
}

extension RegexCharSet {
    /// Whether `c` is in the set (ignoring case: `c` or any character equal to it but for case).
    func contains(_ c: UInt32) -> Bool {
        if !ignoreCase { return containsExactly(c) != negated }
        if containsExactly(c) || containsExactly(RegexCaseFolding.lower(c, ascii: ascii))
            || containsExactly(RegexCaseFolding.upper(c, ascii: ascii)) {
            return !negated
        }
        guard let members = RegexCaseFolding.members(of: c, ascii: ascii) else { return negated }
        return members.contains(where: containsExactly) != negated
    }

    private func containsExactly(_ c: UInt32) -> Bool {
        for item in items {
            switch item {
            case .scalar(let s): if s == c { return true }
            case .range(let lo, let hi): if c >= lo && c <= hi { return true }
            case .category(let category, let negated):
                if RegexCharacters.matches(category, c, ascii: ascii) != negated { return true }
            }
        }
        return false
    }
}
