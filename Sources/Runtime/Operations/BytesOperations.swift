/// The operators and constructors of `bytes` and `bytearray`: `bytes(...)`, `+`, `*`, `in`, ordering,
/// indexing and slicing, item assignment on a `bytearray`, and iteration (which yields ints).
enum BytesOperations {
    /// `bytes(...)` and `bytearray(...)`: nothing, a size, an iterable of ints, a str with an encoding,
    /// or another bytes-like value.
    static func construct(mutable: Bool) -> PyBuiltin.Body {
        { vm, args, kw in
            let name = mutable ? "bytearray" : "bytes"
            try Arguments.check(name, args, kw, min: 0, max: 3, keywords: ["source", "encoding", "errors"])
            let source = args.first ?? Arguments.keyword(kw, "source")
            let encoding = args.count > 1 ? args[1] : Arguments.keyword(kw, "encoding")
            let errors = args.count > 2 ? args[2] : Arguments.keyword(kw, "errors")
            guard let source else {
                if encoding != nil || errors != nil {
                    throw PyError.type(encoding != nil ? "encoding without a string argument"
                                                       : "errors without a string argument")
                }
                return .object(PyBytes([], mutable: mutable))
            }
            if let text = source.asStr {
                guard let encoding else { throw PyError.type("string argument without an encoding") }
                let (codec, handler) = try Codecs.names(encoding, errors, of: name)
                let data = try Codecs.encode(text.value, encoding: codec, errors: handler)
                return .object(PyBytes(data, mutable: mutable))
            }
            if encoding != nil { throw PyError.type("encoding without a string argument") }
            if errors != nil { throw PyError.type("errors without a string argument") }
            return .object(PyBytes(try octets(from: source, vm: vm, constructing: name), mutable: mutable))
        }
    }

    /// The octets of a bytes-like value, a count of zeros, or an iterable of ints in range.
    static func octets(from source: Value, vm: VM, constructing name: String) throws -> [UInt8] {
        if let data = source.bytesData { return data }
        if let n = try Arithmetic.intValue(source) ?? SpecialMethods.index(source) {
            guard n >= 0 else { throw PyError.value("negative count") }
            try Cost.allocate(bytes: n)
            return [UInt8](repeating: 0, count: n)
        }
        if source.isBigInt { throw PyError.overflow("cannot fit 'int' into an index-sized integer") }
        guard (try? Iteration.iterator(source)) != nil else {
            throw PyError.type("cannot convert '\(TypeOf.name(source))' object to \(name)")
        }
        let noun = name == "bytes" ? "bytes" : "byte"
        return try Iteration.materialize(source, vm: vm).map { try byte($0, noun: noun) }
    }

    /// An int that fits in a byte (`noun` names it in the message for one out of range).
    static func byte(_ v: Value, noun: String = "byte") throws -> UInt8 {
        guard let i = Arithmetic.intValue(v) else {
            if v.isBigInt { throw PyError.value("\(noun) must be in range(0, 256)") }
            throw PyError.type("'\(TypeOf.name(v))' object cannot be interpreted as an integer")
        }
        guard (0..<256).contains(i) else { throw PyError.value("\(noun) must be in range(0, 256)") }
        return UInt8(i)
    }

    /// The octets of a bytes-like operand, or a TypeError naming what was expected.
    static func operand(_ v: Value) throws -> [UInt8] {
        if let data = v.bytesData { return data }
        throw PyError.type("a bytes-like object is required, not '\(TypeOf.name(v))'")
    }

    /// `a + b`: the result has `a`'s kind; `+=` on a bytearray extends it in place.
    static func concatenate(_ a: PyBytes, _ b: Value, inPlace: Bool) throws -> Value {
        guard let other = b.bytesData else {
            throw PyError.type("can't concat \(TypeOf.name(b)) to \(a.type.name)")
        }
        try Cost.allocate(bytes: a.data.count + other.count)
        if inPlace && a.isMutable {
            a.data += other
            return .object(a)
        }
        return .object(a.sameKind(a.data + other))
    }

    /// `data * n`.
    static func repeated(_ a: PyBytes, _ n: Int) throws -> Value {
        guard n > 0, !a.data.isEmpty else { return .object(a.sameKind([])) }
        if a.data.count.multipliedReportingOverflow(by: n).overflow || a.data.count * n > 400_000_000 {
            throw PyError(ExceptionTypes.overflowError, "repeated bytes are too long")
        }
        try Cost.allocate(bytes: a.data.count * n)
        var out: [UInt8] = []
        out.reserveCapacity(a.data.count * n)
        for _ in 0..<n { out += a.data }
        return .object(a.sameKind(out))
    }

    /// `x in data`: an int is looked up as a byte, a bytes-like value as a run of bytes.
    static func contains(_ data: [UInt8], _ item: Value) throws -> Bool {
        if let needle = item.bytesData { return find(data, needle, from: 0, to: data.count) != nil }
        guard Arithmetic.intValue(item) != nil || item.isBigInt else {
            throw PyError.type("a bytes-like object is required, not '\(TypeOf.name(item))'")
        }
        return data.contains(try byte(item))
    }

    /// The first index of `needle` in `data[start..<end]`.
    static func find(_ data: [UInt8], _ needle: [UInt8], from start: Int, to end: Int) -> Int? {
        guard start <= end, needle.count <= end - start else { return nil }
        if needle.isEmpty { return start }
        var i = start
        while i + needle.count <= end {
            if data[i] == needle[0] && data[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    /// The last index of `needle` in `data[start..<end]`.
    static func findLast(_ data: [UInt8], _ needle: [UInt8], from start: Int, to end: Int) -> Int? {
        guard start <= end, needle.count <= end - start else { return nil }
        var i = end - needle.count
        while i >= start {
            if data[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i -= 1
        }
        return nil
    }

    /// Lexicographic order of two byte strings (-1, 0, 1).
    static func order(_ a: [UInt8], _ b: [UInt8]) -> Int {
        for (x, y) in zip(a, b) where x != y { return x < y ? -1 : 1 }
        return a.count == b.count ? 0 : a.count < b.count ? -1 : 1
    }

    static func item(_ b: PyBytes, _ index: Value) throws -> Value {
        if case .object(let s) = index, s.kind == .slice {
            return .object(b.sameKind(Subscript.sliced(b.data, try Subscript.indices(s as! PySlice, b.data.count))))
        }
        return .int(Int(b.data[try position(b, index)]))
    }

    static func setItem(_ b: PyBytes, _ index: Value, _ value: Value, vm: VM) throws {
        guard b.isMutable else { throw PyError.type("'bytes' object does not support item assignment") }
        if case .object(let s) = index, s.kind == .slice {
            let (start, stop, step, count) = try Subscript.indices(s as! PySlice, b.data.count)
            if Arithmetic.intValue(value) != nil {
                throw PyError.type("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
            }
            let new = try octets(from: value, vm: vm, constructing: "bytearray")
            if step == 1 {
                b.data.replaceSubrange(start..<max(start, stop), with: new)
                return
            }
            guard new.count == count else {
                throw PyError.value("attempt to assign bytes of size \(new.count) to extended slice of size \(count)")
            }
            for k in 0..<count { b.data[start + k * step] = new[k] }
            return
        }
        let i = try position(b, index)
        guard let n = Arithmetic.intValue(value) else {
            throw PyError.type("'\(TypeOf.name(value))' object cannot be interpreted as an integer")
        }
        guard (0..<256).contains(n) else { throw PyError.value("byte must be in range(0, 256)") }
        b.data[i] = UInt8(n)
    }

    static func deleteItem(_ b: PyBytes, _ index: Value) throws {
        guard b.isMutable else { throw PyError.type("'bytes' object doesn't support item deletion") }
        if case .object(let s) = index, s.kind == .slice {
            let (start, _, step, count) = try Subscript.indices(s as! PySlice, b.data.count)
            let doomed = Set((0..<count).map { start + $0 * step })
            b.data = b.data.enumerated().filter { !doomed.contains($0.offset) }.map(\.element)
            return
        }
        b.data.remove(at: try position(b, index))
    }

    /// A valid index into `b`, with CPython's messages for a bad one.
    private static func position(_ b: PyBytes, _ index: Value) throws -> Int {
        guard let i = try Arithmetic.intValue(index) ?? SpecialMethods.index(index) else {
            if index.isBigInt { throw PyError.index("cannot fit 'int' into an index-sized integer") }
            let noun = b.isMutable ? "bytearray" : "byte"
            throw PyError.type("\(noun) indices must be integers or slices, not \(TypeOf.name(index))")
        }
        let j = i < 0 ? i + b.data.count : i
        guard j >= 0 && j < b.data.count else {
            throw PyError.index(b.isMutable ? "bytearray index out of range" : "index out of range")
        }
        return j
    }
}
