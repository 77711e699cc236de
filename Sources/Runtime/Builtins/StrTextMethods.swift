/// The text methods of `str` beyond the everyday ones: prefixes and suffixes, tabs, `format_map`, the
/// title/printable/identifier/ASCII tests, and `maketrans`/`translate`.
enum StrTextMethods {
    static func install(on t: PyType) {
        func s(_ args: [Value]) -> PyStr { args[0].asStr! }
        func text(_ v: Value, _ what: String) throws -> String {
            guard let str = v.asStr else { throw PyError.type("\(what) arg must be str, not \(TypeOf.name(v))") }
            return str.value
        }
        t.define("removeprefix") { _, args, kw in
            try Arguments.check("removeprefix", Array(args.dropFirst()), kw, min: 1, max: 1)
            let (whole, prefix) = (s(args).scalars, Array(try text(args[1], "removeprefix()").unicodeScalars))
            return whole.starts(with: prefix) ? .str(String(String.UnicodeScalarView(whole.dropFirst(prefix.count))))
                : args[0]
        }
        t.define("removesuffix") { _, args, kw in
            try Arguments.check("removesuffix", Array(args.dropFirst()), kw, min: 1, max: 1)
            let (whole, suffix) = (s(args).scalars, Array(try text(args[1], "removesuffix()").unicodeScalars))
            return !suffix.isEmpty && whole.reversed().starts(with: suffix.reversed())
                ? .str(String(String.UnicodeScalarView(whole.dropLast(suffix.count)))) : args[0]
        }
        t.define("expandtabs") { _, args, kw in
            try Arguments.check("expandtabs", Array(args.dropFirst()), kw, min: 0, max: 1, keywords: ["tabsize"])
            let size = try (args.count > 1 ? args[1] : Arguments.keyword(kw, "tabsize")).map {
                try Arguments.int($0)
            } ?? 8
            return .str(try expandTabs(s(args).scalars, size))
        }
        t.define("format_map") { vm, args, kw in
            try Arguments.check("format_map", Array(args.dropFirst()), kw, min: 1, max: 1)
            return .str(try StrFormat.format(s(args).value, [], [], mapping: args[1], vm: vm))
        }
        t.define("istitle") { _, args, _ in .bool(isTitle(s(args).scalars)) }
        t.define("isprintable") { _, args, _ in .bool(s(args).scalars.allSatisfy(isPrintable)) }
        t.define("isascii") { _, args, _ in .bool(s(args).scalars.allSatisfy { $0.value < 128 }) }
        t.define("isidentifier") { _, args, _ in
            let sc = s(args).scalars
            guard let first = sc.first, first == "_" || StrCasing.known(first) && first.properties.isXIDStart else {
                return .bool(false)
            }
            return .bool(sc.dropFirst().allSatisfy { StrCasing.known($0) && $0.properties.isXIDContinue })
        }
        t.define("maketrans") { _, args, kw in try StrTranslation.maketrans(args, kw) }
        t.define("translate") { vm, args, kw in
            try Arguments.check("translate", Array(args.dropFirst()), kw, min: 1, max: 1)
            return .str(try StrTranslation.translate(s(args).scalars, args[1], vm: vm))
        }
    }

    /// Tabs replaced by spaces up to the next multiple of `size` (columns restart after `\n` and `\r`).
    static func expandTabs(_ scalars: [Unicode.Scalar], _ size: Int) throws -> String {
        var out = ""
        var column = 0
        for c in scalars {
            switch c {
            case "\t":
                let spaces = size > 0 ? size - column % size : 0
                try Cost.allocate(bytes: spaces)
                out += String(repeating: " ", count: spaces)
                column += spaces
            case "\n", "\r":
                out.unicodeScalars.append(c)
                column = 0
            default:
                out.unicodeScalars.append(c)
                column += 1
            }
        }
        return out
    }

    /// Title case: every cased run starts with an upper- or titlecase letter, and there is one.
    static func isTitle(_ scalars: [Unicode.Scalar]) -> Bool {
        var cased = false, previousCased = false
        for c in scalars {
            if StrCasing.isUpper(c) || StrCasing.isTitle(c) {
                if previousCased { return false }
                previousCased = true
                cased = true
            } else if StrCasing.isLower(c) {
                if !previousCased { return false }
                previousCased = true
                cased = true
            } else {
                previousCased = false
            }
        }
        return cased
    }

    /// CPython's printable: not a control, format, surrogate, private-use, unassigned or separator other than
    /// the ASCII space.
    static func isPrintable(_ c: Unicode.Scalar) -> Bool {
        if c == " " { return true }
        guard StrCasing.known(c) else { return false }
        switch c.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator,
             .spaceSeparator:
            return false
        default:
            return true
        }
    }
}
