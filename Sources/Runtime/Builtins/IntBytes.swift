import BigInt

/// `int.to_bytes` and `int.from_bytes`: ints of any size as big- or little-endian octets, two's complement
/// when `signed`.
enum IntBytes {
    static func install(on t: PyType) {
        t.define("to_bytes") { _, args, kw in
            let a = Array(args.dropFirst())
            try Arguments.check("to_bytes", a, kw, min: 0, max: 2, keywords: ["length", "byteorder", "signed"])
            guard let value = args.first?.bigInt else { throw PyError.type("descriptor requires an 'int' object") }
            let length = try (a.count > 0 ? a[0] : Arguments.keyword(kw, "length")).map(Arguments.int) ?? 1
            let little = try isLittle(a.count > 1 ? a[1] : Arguments.keyword(kw, "byteorder"))
            let signed = try Arguments.keyword(kw, "signed").map(SpecialMethods.truth) ?? false
            guard length >= 0 else { throw PyError.value("length argument must be non-negative") }
            if value < 0 && !signed { throw PyError.overflow("can't convert negative int to unsigned") }
            let bits = BigInt(8 * length)
            let fits = signed ? value >= -(BigInt(1) << (bits - 1)) && value < BigInt(1) << (bits - 1)
                : value < BigInt(1) << bits
            guard length > 0 ? fits : value == 0 else { throw PyError.overflow("int too big to convert") }
            var n = value < 0 ? value + (BigInt(1) << bits) : value
            var out: [UInt8] = []
            for _ in 0..<length {
                out.append(UInt8(n & 0xFF))
                n >>= 8
            }
            return .object(PyBytes(little ? out : out.reversed()))
        }
        t.methods["from_bytes"] = PyBuiltin("from_bytes", qualifiedName: "int.from_bytes") { vm, args, kw in
            try Arguments.check("from_bytes", args, kw, min: 0, max: 2, keywords: ["bytes", "byteorder", "signed"])
            guard let source = args.first ?? Arguments.keyword(kw, "bytes") else {
                throw PyError.type("from_bytes() missing required argument 'bytes' (pos 1)")
            }
            let data = try BytesOperations.octets(from: source, vm: vm, constructing: "bytes")
            let little = try isLittle(args.count > 1 ? args[1] : Arguments.keyword(kw, "byteorder"))
            let signed = try Arguments.keyword(kw, "signed").map(SpecialMethods.truth) ?? false
            var n = BigInt(0)
            for byte in little ? data.reversed() : data { n = n << 8 | BigInt(byte) }
            if signed, let top = (little ? data.last : data.first), top >= 0x80 { n -= BigInt(1) << (8 * data.count) }
            return .integer(n)
        }
    }

    /// `'little'` or `'big'` (the default).
    private static func isLittle(_ v: Value?) throws -> Bool {
        guard let v else { return false }
        let order = try Arguments.string(v, "to_bytes() argument 'byteorder'")
        guard order == "little" || order == "big" else {
            throw PyError.value("byteorder must be either 'little' or 'big'")
        }
        return order == "little"
    }
}
