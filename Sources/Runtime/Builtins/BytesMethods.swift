/// Methods of `bytes` and `bytearray`: decoding, searching, splitting and joining, case and tests on ASCII,
/// `hex`/`fromhex`, and the mutators only a `bytearray` has.
enum BytesMethods {
    static func install() {
        for type in [PyBytes.bytesType, PyBytes.bytearrayType] {
            installShared(on: type)
            BytesLayoutMethods.install(on: type)
        }
        installMutators(on: PyBytes.bytearrayType)
        PyBytes.bytesType.constructor = BytesOperations.construct(mutable: false)
        PyBytes.bytearrayType.constructor = BytesOperations.construct(mutable: true)
    }

    private static func receiver(_ args: [Value]) -> PyBytes { args[0].object as! PyBytes }

    /// A method's arguments after `self`, checked by count and keywords.
    private static func rest(_ name: String, _ args: [Value], _ kw: KeywordArguments, min: Int, max: Int,
                             keywords: [String] = []) throws -> [Value] {
        let rest = Array(args.dropFirst())
        try Arguments.check(name, rest, kw, min: min, max: max, keywords: keywords)
        return rest
    }

    /// A start/end pair of slice-like bounds (`None` for either end), clamped to `count`.
    private static func bounds(_ args: [Value], from i: Int, count: Int) throws -> (Int, Int) {
        func bound(_ k: Int, _ fallback: Int) throws -> Int {
            guard k < args.count, !args[k].isNoneValue else { return fallback }
            let n = try Arguments.int(args[k])
            return n < 0 ? Swift.max(0, n + count) : Swift.min(n, count)
        }
        return (try bound(i, 0), try bound(i + 1, count))
    }

    private static func installShared(on t: PyType) {
        let name = t.name
        t.define("decode") { _, args, kw in
            let a = try rest("decode", args, kw, min: 0, max: 2, keywords: ["encoding", "errors"])
            let encoding = a.count > 0 ? a[0] : Arguments.keyword(kw, "encoding")
            let errors = a.count > 1 ? a[1] : Arguments.keyword(kw, "errors")
            let (codec, handler) = try Codecs.names(encoding, errors, of: "decode")
            return .str(try Codecs.decode(receiver(args).data, encoding: codec, errors: handler))
        }
        t.define("hex") { _, args, kw in
            let a = try rest("hex", args, kw, min: 0, max: 2, keywords: ["sep", "bytes_per_sep"])
            let digits = receiver(args).data.map(PyBytes.hexByte)
            guard let sepValue = a.first ?? Arguments.keyword(kw, "sep") else { return .str(digits.joined()) }
            let sep = try Arguments.string(sepValue, "sep")
            guard sep.unicodeScalars.count == 1 else { throw PyError.value("sep must be length 1.") }
            let perValue = a.count > 1 ? a[1] : Arguments.keyword(kw, "bytes_per_sep")
            let per = try perValue.map(Arguments.int) ?? 1
            guard per != 0, !digits.isEmpty else { return .str(digits.joined()) }
            let size = Swift.abs(per)
            var groups: [String] = []
            if per > 0 {
                var end = digits.count
                while end > 0 {
                    groups.insert(digits[Swift.max(0, end - size)..<end].joined(), at: 0)
                    end -= size
                }
            } else {
                var start = 0
                while start < digits.count {
                    groups.append(digits[start..<Swift.min(digits.count, start + size)].joined())
                    start += size
                }
            }
            return .str(groups.joined(separator: sep))
        }
        t.methods["fromhex"] = PyBuiltin("fromhex", qualifiedName: "\(name).fromhex") { _, args, kw in
            try Arguments.check("fromhex", args, kw, min: 1, max: 1)
            let text = Array(try Arguments.string(args[0], "fromhex() argument").unicodeScalars)
            var out: [UInt8] = []
            var i = 0
            while i < text.count {
                if text[i].properties.isWhitespace { i += 1; continue }
                guard text[i].isASCII, i + 1 < text.count, text[i + 1].isASCII,
                      let high = BytesEscapes.hexValue(UInt8(text[i].value)),
                      let low = BytesEscapes.hexValue(UInt8(text[i + 1].value)) else {
                    let at = text[i].isASCII && BytesEscapes.hexValue(UInt8(text[i].value)) != nil ? i + 1 : i
                    throw PyError.value("non-hexadecimal number found in fromhex() arg at position \(at)")
                }
                out.append(high << 4 | low)
                i += 2
            }
            return .object(PyBytes(out, mutable: name == "bytearray"))
        }
        for method in ["find", "rfind", "index", "rindex", "count"] {
            t.define(method) { _, args, kw in
                let a = try rest(method, args, kw, min: 1, max: 3)
                let data = receiver(args).data
                let needle = try a[0].bytesData ?? [BytesOperations.byte(a[0])]
                let (start, end) = try bounds(a, from: 1, count: data.count)
                if method == "count" {
                    if needle.isEmpty { return .int(Swift.max(0, end - start + 1)) }
                    var n = 0, i = start
                    while let at = BytesOperations.find(data, needle, from: i, to: end) {
                        n += 1
                        i = at + needle.count
                    }
                    return .int(n)
                }
                let found = method.hasPrefix("r") ? BytesOperations.findLast(data, needle, from: start, to: end)
                    : BytesOperations.find(data, needle, from: start, to: end)
                if let found { return .int(found) }
                if method.hasSuffix("index") { throw PyError.value("subsection not found") }
                return .int(-1)
            }
        }
        for (method, atStart) in [("startswith", true), ("endswith", false)] {
            t.define(method) { _, args, kw in
                let a = try rest(method, args, kw, min: 1, max: 3)
                let data = receiver(args).data
                let (start, end) = try bounds(a, from: 1, count: data.count)
                let candidates: [Value] = a[0].asTuple?.items ?? [a[0]]
                for candidate in candidates {
                    guard let affix = candidate.bytesData else {
                        let what = a[0].asTuple == nil ? "first arg must be bytes or a tuple of bytes"
                            : "a bytes-like object is required"
                        throw PyError.type("\(what), not \(TypeOf.name(candidate))")
                    }
                    guard start <= end, affix.count <= end - start else { continue }
                    let slice = atStart ? data[start..<(start + affix.count)] : data[(end - affix.count)..<end]
                    if slice.elementsEqual(affix) { return .bool(true) }
                }
                return .bool(false)
            }
        }
        t.define("join") { vm, args, kw in
            let a = try rest("join", args, kw, min: 1, max: 1)
            let sep = receiver(args).data
            var out: [UInt8] = []
            for (i, item) in try Iteration.materialize(a[0], vm: vm).enumerated() {
                guard let data = item.bytesData else {
                    throw PyError.type("sequence item \(i): expected a bytes-like object, \(TypeOf.name(item)) found")
                }
                if i > 0 { out += sep }
                out += data
            }
            return .object(receiver(args).sameKind(out))
        }
        t.define("replace") { _, args, kw in
            let a = try rest("replace", args, kw, min: 2, max: 3)
            let b = receiver(args)
            let old = try BytesOperations.operand(a[0]), new = try BytesOperations.operand(a[1])
            var limit = a.count > 2 ? try Arguments.int(a[2]) : -1
            var out: [UInt8] = []
            var i = 0
            while i <= b.data.count {
                if limit != 0, let at = BytesOperations.find(b.data, old, from: i, to: b.data.count) {
                    out += b.data[i..<at] + new
                    if old.isEmpty {
                        if at < b.data.count { out.append(b.data[at]) }
                        i = at + 1
                    } else {
                        i = at + old.count
                    }
                    limit -= 1
                } else {
                    out += b.data[Swift.min(i, b.data.count)...]
                    break
                }
            }
            return .object(b.sameKind(out))
        }
        installSplitting(on: t)
        installASCII(on: t)
    }

    private static func installSplitting(on t: PyType) {
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || (0x09...0x0D).contains(c) }
        for (method, left, right) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
            t.define(method) { _, args, kw in
                let a = try rest(method, args, kw, min: 0, max: 1)
                let chars = try a.first.flatMap { $0.isNoneValue ? nil : Set(try BytesOperations.operand($0)) }
                let data = receiver(args).data
                var lo = 0, hi = data.count
                func strip(_ c: UInt8) -> Bool { chars?.contains(c) ?? isSpace(c) }
                if left { while lo < hi && strip(data[lo]) { lo += 1 } }
                if right { while hi > lo && strip(data[hi - 1]) { hi -= 1 } }
                return .object(receiver(args).sameKind(Array(data[lo..<hi])))
            }
        }
        for method in ["split", "rsplit"] {
            t.define(method) { _, args, kw in
                let a = try rest(method, args, kw, min: 0, max: 2, keywords: ["sep", "maxsplit"])
                let b = receiver(args), data = b.data
                let sepValue = a.count > 0 ? a[0] : Arguments.keyword(kw, "sep") ?? .none
                var limit = try (a.count > 1 ? a[1] : Arguments.keyword(kw, "maxsplit")).map(Arguments.int) ?? -1
                var pieces: [[UInt8]] = []
                if sepValue.isNoneValue {
                    var words: [[UInt8]] = []
                    var word: [UInt8] = []
                    for c in data {
                        if isSpace(c) { if !word.isEmpty { words.append(word); word = [] } } else { word.append(c) }
                    }
                    if !word.isEmpty { words.append(word) }
                    if limit >= 0 && words.count > limit + 1 {
                        // Re-split keeping the tail intact, from the side the method works from.
                        let text = method == "split" ? data : Array(data.reversed())
                        var i = 0, made = 0
                        while made < limit {
                            while i < text.count && isSpace(text[i]) { i += 1 }
                            let s = i
                            while i < text.count && !isSpace(text[i]) { i += 1 }
                            pieces.append(Array(text[s..<i]))
                            made += 1
                        }
                        while i < text.count && isSpace(text[i]) { i += 1 }
                        pieces.append(Array(text[i...]))
                        if method == "rsplit" { pieces = pieces.map { Array($0.reversed()) }.reversed() }
                    } else {
                        pieces = words
                    }
                } else {
                    let sep = try BytesOperations.operand(sepValue)
                    guard !sep.isEmpty else { throw PyError.value("empty separator") }
                    if method == "split" {
                        var i = 0
                        while limit != 0, let at = BytesOperations.find(data, sep, from: i, to: data.count) {
                            pieces.append(Array(data[i..<at]))
                            i = at + sep.count
                            limit -= 1
                        }
                        pieces.append(Array(data[i...]))
                    } else {
                        var end = data.count
                        while limit != 0, let at = BytesOperations.findLast(data, sep, from: 0, to: end) {
                            pieces.insert(Array(data[(at + sep.count)..<end]), at: 0)
                            end = at
                            limit -= 1
                        }
                        pieces.insert(Array(data[..<end]), at: 0)
                    }
                }
                return .object(PyList(pieces.map { .object(b.sameKind($0)) }))
            }
        }
        t.define("splitlines") { _, args, kw in
            let a = try rest("splitlines", args, kw, min: 0, max: 1, keywords: ["keepends"])
            let keep = try (a.first ?? Arguments.keyword(kw, "keepends")).map(SpecialMethods.truth) ?? false
            let b = receiver(args), data = b.data
            var lines: [Value] = []
            var start = 0, i = 0
            while i < data.count {
                guard data[i] == 0x0A || data[i] == 0x0D else { i += 1; continue }
                let breakLength = data[i] == 0x0D && i + 1 < data.count && data[i + 1] == 0x0A ? 2 : 1
                lines.append(.object(b.sameKind(Array(data[start..<(keep ? i + breakLength : i)]))))
                i += breakLength
                start = i
            }
            if start < data.count { lines.append(.object(b.sameKind(Array(data[start...])))) }
            return .object(PyList(lines))
        }
        for method in ["partition", "rpartition"] {
            t.define(method) { _, args, kw in
                let a = try rest(method, args, kw, min: 1, max: 1)
                let b = receiver(args), data = b.data
                let sep = try BytesOperations.operand(a[0])
                guard !sep.isEmpty else { throw PyError.value("empty separator") }
                let found = method == "partition" ? BytesOperations.find(data, sep, from: 0, to: data.count)
                    : BytesOperations.findLast(data, sep, from: 0, to: data.count)
                guard let at = found else {
                    let empty = Value.object(b.sameKind([])), whole = Value.object(b.sameKind(data))
                    return .object(PyTuple(method == "partition" ? [whole, empty, empty] : [empty, empty, whole]))
                }
                return .object(PyTuple([.object(b.sameKind(Array(data[..<at]))), .object(b.sameKind(sep)),
                                        .object(b.sameKind(Array(data[(at + sep.count)...])))]))
            }
        }
    }

    private static func installASCII(on t: PyType) {
        func isLower(_ c: UInt8) -> Bool { (0x61...0x7A).contains(c) }
        func isUpper(_ c: UInt8) -> Bool { (0x41...0x5A).contains(c) }
        func isDigit(_ c: UInt8) -> Bool { (0x30...0x39).contains(c) }
        let maps: [(String, (UInt8) -> UInt8)] = [
            ("upper", { isLower($0) ? $0 - 32 : $0 }), ("lower", { isUpper($0) ? $0 + 32 : $0 }),
            ("swapcase", { isLower($0) ? $0 - 32 : isUpper($0) ? $0 + 32 : $0 }),
        ]
        for (method, map) in maps {
            t.define(method) { _, args, kw in
                _ = try rest(method, args, kw, min: 0, max: 0)
                return .object(receiver(args).sameKind(receiver(args).data.map(map)))
            }
        }
        let tests: [(String, (UInt8) -> Bool)] = [
            ("isdigit", isDigit), ("isalpha", { isLower($0) || isUpper($0) }),
            ("isalnum", { isLower($0) || isUpper($0) || isDigit($0) }),
            ("isspace", { $0 == 0x20 || (0x09...0x0D).contains($0) }),
        ]
        for (method, test) in tests {
            t.define(method) { _, args, kw in
                _ = try rest(method, args, kw, min: 0, max: 0)
                let data = receiver(args).data
                return .bool(!data.isEmpty && data.allSatisfy(test))
            }
        }
        t.define("isascii") { _, args, _ in .bool(receiver(args).data.allSatisfy { $0 < 0x80 }) }
        t.define("islower") { _, args, _ in
            let data = receiver(args).data
            return .bool(data.contains(where: isLower) && !data.contains(where: isUpper))
        }
        t.define("isupper") { _, args, _ in
            let data = receiver(args).data
            return .bool(data.contains(where: isUpper) && !data.contains(where: isLower))
        }
    }

    private static func installMutators(on t: PyType) {
        t.define("append") { _, args, kw in
            let a = try rest("append", args, kw, min: 1, max: 1)
            receiver(args).data.append(try BytesOperations.byte(a[0]))
            return .none
        }
        t.define("extend") { vm, args, kw in
            let a = try rest("extend", args, kw, min: 1, max: 1)
            receiver(args).data += try BytesOperations.octets(from: a[0], vm: vm, constructing: "bytearray")
            return .none
        }
        t.define("insert") { _, args, kw in
            let a = try rest("insert", args, kw, min: 2, max: 2)
            let b = receiver(args)
            var i = try Arguments.int(a[0])
            if i < 0 { i = Swift.max(0, i + b.data.count) }
            b.data.insert(try BytesOperations.byte(a[1]), at: Swift.min(i, b.data.count))
            return .none
        }
        t.define("pop") { _, args, kw in
            let a = try rest("pop", args, kw, min: 0, max: 1)
            let b = receiver(args)
            guard !b.data.isEmpty else { throw PyError.index("pop from empty bytearray") }
            var i = try a.first.map(Arguments.int) ?? -1
            if i < 0 { i += b.data.count }
            guard i >= 0 && i < b.data.count else { throw PyError.index("pop index out of range") }
            return .int(Int(b.data.remove(at: i)))
        }
        t.define("remove") { _, args, kw in
            let a = try rest("remove", args, kw, min: 1, max: 1)
            let b = receiver(args)
            guard let i = b.data.firstIndex(of: try BytesOperations.byte(a[0])) else {
                throw PyError.value("value not found in bytearray")
            }
            b.data.remove(at: i)
            return .none
        }
        t.define("clear") { _, args, _ in receiver(args).data.removeAll(); return .none }
        t.define("reverse") { _, args, _ in receiver(args).data.reverse(); return .none }
        t.define("copy") { _, args, _ in .object(PyBytes(receiver(args).data, mutable: true)) }
    }
}
