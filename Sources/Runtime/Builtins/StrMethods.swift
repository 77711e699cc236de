/// Methods of `str`, with CPython's semantics on code points.
enum StrMethods {
    typealias Scalars = [Unicode.Scalar]

    static func install(on t: PyType) {
        func s(_ args: [Value]) -> PyStr { args[0].asStr! }
        func arg(_ args: [Value], _ i: Int, _ name: String) throws -> String {
            guard let v = args[i].asStr else {
                throw PyError.type("must be str, not \(TypeOf.name(args[i]))")
            }
            return v.value
        }
        func optionalChars(_ args: [Value]) throws -> Set<Unicode.Scalar>? {
            guard args.count > 1, !args[1].isNoneValue else { return nil }
            return Set(try arg(args, 1, "chars").unicodeScalars)
        }
        t.define("join") { vm, args, kw in
            try Arguments.check("join", Array(args.dropFirst()), kw, min: 1, max: 1)
            let items = try Iteration.materialize(args[1], vm: vm)
            var parts: [String] = []
            for (i, item) in items.enumerated() {
                guard let p = item.asStr else {
                    throw PyError.type("sequence item \(i): expected str instance, \(TypeOf.name(item)) found")
                }
                parts.append(p.value)
            }
            return .str(parts.joined(separator: s(args).value))
        }
        t.define("split") { _, args, kw in try split(args, kw, fromRight: false) }
        t.define("rsplit") { _, args, kw in try split(args, kw, fromRight: true) }
        for (name, left, right) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
            t.define(name) { _, args, kw in
                try Arguments.check(name, Array(args.dropFirst()), kw, min: 0, max: 1)
                let chars = try optionalChars(args)
                let sc = s(args).scalars
                var a = 0, b = sc.count
                func strip(_ c: Unicode.Scalar) -> Bool { chars?.contains(c) ?? c.properties.isWhitespace }
                if left { while a < b && strip(sc[a]) { a += 1 } }
                if right { while b > a && strip(sc[b - 1]) { b -= 1 } }
                return .str(String(String.UnicodeScalarView(sc[a..<b])))
            }
        }
        t.define("encode") { _, args, kw in
            let a = Array(args.dropFirst())
            try Arguments.check("encode", a, kw, min: 0, max: 2, keywords: ["encoding", "errors"])
            let encoding = a.count > 0 ? a[0] : Arguments.keyword(kw, "encoding")
            let errors = a.count > 1 ? a[1] : Arguments.keyword(kw, "errors")
            let (codec, handler) = try Codecs.names(encoding, errors, of: "encode")
            return .object(PyBytes(try Codecs.encode(s(args).value, encoding: codec, errors: handler)))
        }
        let mappings: [(String, (Scalars) -> String)] = [
            ("upper", StrCasing.upper), ("lower", StrCasing.lower), ("casefold", StrCasing.casefold),
            ("swapcase", StrCasing.swapcase), ("title", StrCasing.title), ("capitalize", StrCasing.capitalize),
        ]
        for (name, mapping) in mappings {
            t.define(name) { _, args, kw in
                if !kw.isEmpty { throw PyError.type("str.\(name)() takes no keyword arguments") }
                if args.count > 1 { throw PyError.type("str.\(name)() takes no arguments (\(args.count - 1) given)") }
                let v = s(args).value
                if name == "upper" || name == "lower", v.utf8.allSatisfy({ $0 < 0x80 }) {
                    return .str(name == "upper" ? v.uppercased() : v.lowercased())
                }
                return .str(mapping(s(args).scalars))
            }
        }
        t.define("replace") { _, args, kw in
            try Arguments.check("replace", Array(args.dropFirst()), kw, min: 2, max: 3)
            let old = try arg(args, 1, "old"), new = try arg(args, 2, "new")
            let limit = args.count == 4 ? try Arguments.int(args[3]) : -1
            return .str(replace(s(args).scalars, Array(old.unicodeScalars), new, limit: limit))
        }
        for (name, atStart) in [("startswith", true), ("endswith", false)] {
            t.define(name) { _, args, kw in
                try Arguments.check(name, Array(args.dropFirst()), kw, min: 1, max: 3)
                let (sc, lo, hi) = try window(s(args).scalars, args, from: 2)
                let text = Array(sc[lo..<max(lo, hi)])
                let candidates: [Value] = args[1].asTuple?.items ?? [args[1]]
                for c in candidates {
                    guard let p = c.asStr else {
                        throw PyError.type("\(name) first arg must be str or a tuple of str, not \(TypeOf.name(c))")
                    }
                    let ps = p.scalars
                    if hi - lo >= ps.count && (atStart ? Array(text.prefix(ps.count)) == ps : Array(text.suffix(ps.count)) == ps) && lo <= sc.count {
                        return .bool(true)
                    }
                }
                return .bool(false)
            }
        }
        for (name, reverse, raises) in [("find", false, false), ("rfind", true, false), ("index", false, true), ("rindex", true, true)] {
            t.define(name) { _, args, kw in
                try Arguments.check(name, Array(args.dropFirst()), kw, min: 1, max: 3)
                let needle = Array(try arg(args, 1, "sub").unicodeScalars)
                let (sc, lo, hi) = try window(s(args).scalars, args, from: 2)
                if let i = find(sc, needle, lo, hi, reverse: reverse) { return .int(i) }
                if raises { throw PyError.value("substring not found") }
                return .int(-1)
            }
        }
        t.define("count") { _, args, kw in
            try Arguments.check("count", Array(args.dropFirst()), kw, min: 1, max: 3)
            let needle = Array(try arg(args, 1, "sub").unicodeScalars)
            let (sc, lo, hi) = try window(s(args).scalars, args, from: 2)
            if hi < lo { return .int(0) }
            if needle.isEmpty { return .int(hi - lo + 1) }
            var n = 0, i = lo
            while let j = find(sc, needle, i, hi, reverse: false) {
                n += 1
                i = j + needle.count
            }
            return .int(n)
        }
        t.define("format") { vm, args, kw in .str(try StrFormat.format(s(args).value, Array(args.dropFirst()), kw, vm: vm)) }
        for (name, align) in [("center", 0), ("ljust", -1), ("rjust", 1)] {
            t.define(name) { _, args, kw in
                try Arguments.check(name, Array(args.dropFirst()), kw, min: 1, max: 2)
                let width = try Arguments.int(args[1])
                var fill: Unicode.Scalar = " "
                if args.count == 3 {
                    let f = try arg(args, 2, "fillchar")
                    guard f.unicodeScalars.count == 1 else { throw PyError.type("The fill character must be exactly one character long") }
                    fill = f.unicodeScalars.first!
                }
                let sc = s(args).scalars
                let pad = width - sc.count
                guard pad > 0 else { return args[0] }
                try Cost.allocate(bytes: width)
                let left = align < 0 ? 0 : align > 0 ? pad : pad / 2 + (pad & width & 1)
                let f = String(fill)
                return .str(String(repeating: f, count: left) + s(args).value + String(repeating: f, count: pad - left))
            }
        }
        t.define("zfill") { _, args, kw in
            try Arguments.check("zfill", Array(args.dropFirst()), kw, min: 1, max: 1)
            let width = try Arguments.int(args[1])
            var sc = s(args).scalars
            let pad = width - sc.count
            guard pad > 0 else { return args[0] }
            try Cost.allocate(bytes: width)
            var sign: [Unicode.Scalar] = []
            if let f = sc.first, f == "+" || f == "-" {
                sign = [f]
                sc.removeFirst()
            }
            return .str(String(String.UnicodeScalarView(sign + Array(repeating: "0", count: pad) + sc)))
        }
        let predicates: [(String, (Unicode.Scalar) -> Bool)] = [
            ("isdigit", { StrCasing.known($0) && ($0.properties.numericType == .decimal
                                                   || $0.properties.numericType == .digit) }),
            ("isdecimal", { StrCasing.known($0) && $0.properties.numericType == .decimal }),
            ("isnumeric", StrCasing.isNumeric),
            ("isalpha", StrCasing.isAlpha),
            ("isalnum", { StrCasing.isAlpha($0) || StrCasing.isNumeric($0) }),
            ("isspace", StrCasing.isSpace),
        ]
        for (name, p) in predicates {
            t.define(name) { _, args, _ in
                let sc = s(args).scalars
                return .bool(!sc.isEmpty && sc.allSatisfy(p))
            }
        }
        t.define("isupper") { _, args, _ in .bool(StrCasing.hasOnlyCase(s(args).scalars, upper: true)) }
        t.define("islower") { _, args, _ in .bool(StrCasing.hasOnlyCase(s(args).scalars, upper: false)) }
        t.define("splitlines") { _, args, kw in
            let keep = Truth.isTrue(args.count > 1 ? args[1] : Arguments.keyword(kw, "keepends") ?? .bool(false))
            return .object(PyList(splitLines(s(args).scalars, keepEnds: keep).map { .str($0) }))
        }
        for (name, reverse) in [("partition", false), ("rpartition", true)] {
            t.define(name) { _, args, kw in
                try Arguments.check(name, Array(args.dropFirst()), kw, min: 1, max: 1)
                let sep = Array(try arg(args, 1, "sep").unicodeScalars)
                if sep.isEmpty { throw PyError.value("empty separator") }
                let sc = s(args).scalars
                guard let i = find(sc, sep, 0, sc.count, reverse: reverse) else {
                    return .object(PyTuple(reverse ? [.str(""), .str(""), args[0]] : [args[0], .str(""), .str("")]))
                }
                return .object(PyTuple([.str(text(sc[..<i])), .str(text(sep[...])), .str(text(sc[(i + sep.count)...]))]))
            }
        }
    }

    static func text(_ s: ArraySlice<Unicode.Scalar>) -> String { String(String.UnicodeScalarView(s)) }

    /// The scalars with optional `start`/`end` arguments (at `args[from]`, `args[from+1]`) normalised as slices are.
    static func window(_ sc: Scalars, _ args: [Value], from: Int) throws -> (Scalars, Int, Int) {
        func bound(_ i: Int, _ d: Int) throws -> Int {
            guard args.count > i, !args[i].isNoneValue else { return d }
            var v = try Arguments.int(args[i])
            if v < 0 { v = max(0, v + sc.count) }
            return min(v, sc.count)
        }
        let lo = try bound(from, 0)
        let hi = try bound(from + 1, sc.count)
        return (sc, lo, hi)
    }

    static func find(_ sc: Scalars, _ needle: Scalars, _ lo: Int, _ hi: Int, reverse: Bool) -> Int? {
        guard hi - lo >= needle.count, lo <= sc.count else { return nil }
        func matches(_ i: Int) -> Bool {
            for k in 0..<needle.count where sc[i + k] != needle[k] { return false }
            return true
        }
        if reverse {
            for i in stride(from: hi - needle.count, through: lo, by: -1) where matches(i) { return i }
        } else {
            for i in lo...(hi - needle.count) where matches(i) { return i }
        }
        return nil
    }

    static func replace(_ sc: Scalars, _ old: Scalars, _ new: String, limit: Int) -> String {
        var out = String.UnicodeScalarView()
        let newScalars = new.unicodeScalars
        var count = 0
        if old.isEmpty {
            for c in sc {
                if limit < 0 || count < limit { out.appendScalars(newScalars); count += 1 }
                out.append(c)
            }
            if limit < 0 || count < limit { out.appendScalars(newScalars) }
            return String(out)
        }
        var i = 0
        while i < sc.count {
            if (limit < 0 || count < limit), i + old.count <= sc.count, sc[i..<(i + old.count)].elementsEqual(old) {
                out.appendScalars(newScalars)
                i += old.count
                count += 1
            } else {
                out.append(sc[i])
                i += 1
            }
        }
        return String(out)
    }

    static func split(_ args: [Value], _ kw: KeywordArguments, fromRight: Bool) throws -> Value {
        let name = fromRight ? "rsplit" : "split"
        try Arguments.check(name, Array(args.dropFirst()), kw, min: 0, max: 2, keywords: ["sep", "maxsplit"])
        let sc = args[0].asStr!.scalars
        let sepValue = args.count > 1 ? args[1] : Arguments.keyword(kw, "sep") ?? .none
        var maxsplit = try Arguments.int(args.count > 2 ? args[2] : Arguments.keyword(kw, "maxsplit") ?? .int(-1))
        if maxsplit < 0 { maxsplit = Int.max }
        var parts: [String] = []
        if case .none = sepValue {
            var words: [(Int, Int)] = []
            var i = 0
            while i < sc.count {
                while i < sc.count && sc[i].properties.isWhitespace { i += 1 }
                if i == sc.count { break }
                let start = i
                while i < sc.count && !sc[i].properties.isWhitespace { i += 1 }
                words.append((start, i))
            }
            if maxsplit == Int.max || words.count <= maxsplit + 1 {
                parts = words.map { text(sc[$0.0..<$0.1]) }
            } else if fromRight {
                let keep = words.suffix(maxsplit)
                var head = sc[..<keep.first!.0]
                while let l = head.last, l.properties.isWhitespace { head = head.dropLast() }
                parts = [text(head.drop { $0.properties.isWhitespace })] + keep.map { text(sc[$0.0..<$0.1]) }
            } else {
                let keep = words.prefix(maxsplit)
                var tail = sc[keep.last!.1...]
                tail = tail.drop { $0.properties.isWhitespace }
                while let l = tail.last, l.properties.isWhitespace { tail = tail.dropLast() }
                parts = keep.map { text(sc[$0.0..<$0.1]) } + [text(tail)]
            }
            return .object(PyList(parts.map { .str($0) }))
        }
        guard let sepStr = sepValue.asStr else { throw PyError.type("must be str or None, not \(TypeOf.name(sepValue))") }
        let sep = sepStr.scalars
        if sep.isEmpty { throw PyError.value("empty separator") }
        var pieces: [ArraySlice<Unicode.Scalar>] = []
        if fromRight {
            var end = sc.count
            var splits = 0
            while splits < maxsplit, let i = find(sc, sep, 0, end, reverse: true) {
                pieces.append(sc[(i + sep.count)..<end])
                end = i
                splits += 1
            }
            pieces.append(sc[0..<end])
            pieces.reverse()
        } else {
            var start = 0
            var splits = 0
            while splits < maxsplit, let i = find(sc, sep, start, sc.count, reverse: false) {
                pieces.append(sc[start..<i])
                start = i + sep.count
                splits += 1
            }
            pieces.append(sc[start...])
        }
        return .object(PyList(pieces.map { .str(text($0)) }))
    }

    static func splitLines(_ sc: Scalars, keepEnds: Bool) -> [String] {
        let breaks: Set<UInt32> = [0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029]
        var lines: [String] = []
        var start = 0, i = 0
        while i < sc.count {
            if breaks.contains(sc[i].value) {
                var end = i + 1
                if sc[i] == "\r" && i + 1 < sc.count && sc[i + 1] == "\n" { end += 1 }
                lines.append(text(sc[start..<(keepEnds ? end : i)]))
                start = end
                i = end
            } else {
                i += 1
            }
        }
        if start < sc.count { lines.append(text(sc[start...])) }
        return lines
    }
}
