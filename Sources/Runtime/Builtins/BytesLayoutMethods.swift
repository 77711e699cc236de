/// The layout methods `bytes` and `bytearray` share with `str` (padding, `zfill`, `expandtabs`, prefixes and
/// suffixes, ASCII `capitalize`/`title`/`istitle`) and `maketrans`/`translate` over a 256-byte table.
enum BytesLayoutMethods {
    static func install(on t: PyType) {
        func data(_ args: [Value]) -> PyBytes { args[0].object as! PyBytes }
        func fill(_ name: String, _ args: [Value]) throws -> (width: Int, fill: UInt8) {
            let width = try Arguments.int(args[1])
            guard args.count > 2 else { return (width, 0x20) }
            guard let f = args[2].bytesData, f.count == 1 else {
                throw PyError.type("\(name)() argument 2 must be a byte string of length 1, not \(TypeOf.name(args[2]))")
            }
            return (width, f[0])
        }
        let pads: [(String, (Int, Int) -> Int)] = [
            ("center", { pad, count in pad / 2 + (pad & count & 1) }), ("ljust", { _, _ in 0 }), ("rjust", { pad, _ in pad }),
        ]
        for (name, left) in pads {
            t.define(name) { _, args, kw in
                try Arguments.check(name, Array(args.dropFirst()), kw, min: 1, max: 2)
                let (width, byte) = try fill(name, args)
                let bytes = data(args).data
                let pad = width - bytes.count
                guard pad > 0 else { return .object(data(args).sameKind(bytes)) }
                let l = left(pad, width)
                return .object(data(args).sameKind(Array(repeating: byte, count: l) + bytes
                                                  + Array(repeating: byte, count: pad - l)))
            }
        }
        t.define("zfill") { _, args, kw in
            try Arguments.check("zfill", Array(args.dropFirst()), kw, min: 1, max: 1)
            var bytes = data(args).data
            let pad = try Arguments.int(args[1]) - bytes.count
            guard pad > 0 else { return .object(data(args).sameKind(bytes)) }
            let sign = bytes.first.map { $0 == 0x2B || $0 == 0x2D } == true ? [bytes.removeFirst()] : []
            return .object(data(args).sameKind(sign + Array(repeating: 0x30, count: pad) + bytes))
        }
        t.define("expandtabs") { _, args, kw in
            try Arguments.check("expandtabs", Array(args.dropFirst()), kw, min: 0, max: 1, keywords: ["tabsize"])
            let size = try (args.count > 1 ? args[1] : Arguments.keyword(kw, "tabsize")).map { try Arguments.int($0) } ?? 8
            let text = try StrTextMethods.expandTabs(data(args).data.map { Unicode.Scalar($0) }, size)
            return .object(data(args).sameKind(text.unicodeScalars.map { UInt8($0.value) }))
        }
        t.define("removeprefix") { _, args, kw in
            try Arguments.check("removeprefix", Array(args.dropFirst()), kw, min: 1, max: 1)
            let (bytes, prefix) = (data(args).data, try BytesOperations.operand(args[1]))
            return .object(data(args).sameKind(bytes.starts(with: prefix) ? Array(bytes.dropFirst(prefix.count)) : bytes))
        }
        t.define("removesuffix") { _, args, kw in
            try Arguments.check("removesuffix", Array(args.dropFirst()), kw, min: 1, max: 1)
            let (bytes, suffix) = (data(args).data, try BytesOperations.operand(args[1]))
            let cut = !suffix.isEmpty && bytes.reversed().starts(with: suffix.reversed())
            return .object(data(args).sameKind(cut ? Array(bytes.dropLast(suffix.count)) : bytes))
        }
        t.define("capitalize") { _, args, _ in
            let bytes = data(args).data
            return .object(data(args).sameKind(bytes.enumerated().map { $0 == 0 ? upper($1) : lower($1) }))
        }
        t.define("title") { _, args, _ in
            var previousCased = false
            let bytes = data(args).data.map { c -> UInt8 in
                defer { previousCased = isCased(c) }
                return previousCased ? lower(c) : upper(c)
            }
            return .object(data(args).sameKind(bytes))
        }
        t.define("istitle") { _, args, _ in
            .bool(StrTextMethods.isTitle(data(args).data.map { isCased($0) ? Unicode.Scalar($0) : "0" }))
        }
        t.define("maketrans") { _, args, _ in
            let (from, to) = (try BytesOperations.operand(args[args.count - 2]), try BytesOperations.operand(args[args.count - 1]))
            guard from.count == to.count else { throw PyError.value("maketrans arguments must have same length") }
            var table = (0...255).map { UInt8($0) }
            for (a, b) in zip(from, to) { table[Int(a)] = b }
            return .object(PyBytes(table, mutable: false))
        }
        t.define("translate") { _, args, kw in
            try Arguments.check("translate", Array(args.dropFirst()), kw, min: 1, max: 2, keywords: ["delete"])
            let deleted = Set(try (args.count > 2 ? args[2] : Arguments.keyword(kw, "delete")).map(BytesOperations.operand) ?? [])
            var table: [UInt8]? = nil
            if !args[1].isNoneValue {
                table = try BytesOperations.operand(args[1])
                guard table!.count == 256 else { throw PyError.value("translation table must be 256 characters long") }
            }
            let bytes = data(args).data.filter { !deleted.contains($0) }.map { table?[Int($0)] ?? $0 }
            return .object(data(args).sameKind(bytes))
        }
    }

    private static func isCased(_ c: UInt8) -> Bool { (0x41...0x5A).contains(c) || (0x61...0x7A).contains(c) }
    private static func upper(_ c: UInt8) -> UInt8 { (0x61...0x7A).contains(c) ? c - 32 : c }
    private static func lower(_ c: UInt8) -> UInt8 { (0x41...0x5A).contains(c) ? c + 32 : c }
}
