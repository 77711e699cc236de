/// IGNORECASE for str patterns: two characters are equal when their simple lowercase forms are, or the
/// lowercase forms of their simple uppercase forms are (so `ſ`, `s` and `S`, or `ı`, `İ`, `i` and `I`, are
/// one class). With `re.ASCII` only the ASCII letters have a case.
enum RegexCaseFolding {
    /// The simple (one-character) lowercase mapping; `İ`'s full mapping is `i` and a combining dot.
    static func lower(_ c: UInt32, ascii: Bool) -> UInt32 {
        if c < 0x80 { return c >= 0x41 && c <= 0x5A ? c + 32 : c }
        guard !ascii, let p = Unicode.Scalar(c)?.properties else { return c }
        let full = p.lowercaseMapping.unicodeScalars
        return full.count == 1 || c == 0x130 ? full.first!.value : c
    }

    /// The simple uppercase mapping: where the full one is several characters, the titlecase one if single.
    static func upper(_ c: UInt32, ascii: Bool) -> UInt32 {
        if c < 0x80 { return c >= 0x61 && c <= 0x7A ? c - 32 : c }
        guard !ascii, let p = Unicode.Scalar(c)?.properties else { return c }
        let full = p.uppercaseMapping.unicodeScalars
        if full.count == 1 { return full.first!.value }
        let title = p.titlecaseMapping.unicodeScalars
        return title.count == 1 ? title.first!.value : c
    }

    /// The representative of `c`'s case class.
    static func key(_ c: UInt32, ascii: Bool) -> UInt32 { lower(upper(c, ascii: ascii), ascii: ascii) }

    static func equal(_ a: UInt32, _ b: UInt32, ascii: Bool) -> Bool {
        a == b || key(a, ascii: ascii) == key(b, ascii: ascii) || lower(a, ascii: ascii) == lower(b, ascii: ascii)
    }

    /// Whether `c` has another case (a literal with none is matched exactly).
    static func isCased(_ c: UInt32, ascii: Bool) -> Bool {
        lower(c, ascii: ascii) != c || upper(c, ascii: ascii) != c || (!ascii && c >= 0x80 && classes[c] != nil)
    }

    /// The other characters of `c`'s case class beyond its lowercase and uppercase forms (`ſ` for `s`), if any.
    static func members(of c: UInt32, ascii: Bool) -> [UInt32]? {
        ascii ? nil : classes[key(c, ascii: false)]
    }

    /// Every character with a case, by its class's representative: the planes where scripts with case are.
    private static let classes: [UInt32: [UInt32]] = {
        var table: [UInt32: [UInt32]] = [:]
        for c in UInt32(0)..<0x1F000 where c < 0xD800 || c > 0xDFFF {
            let k = key(c, ascii: false)
            if k != c || lower(c, ascii: false) != c || upper(c, ascii: false) != c {
                table[k, default: []].append(c)
            }
        }
        return table
    }()
}
