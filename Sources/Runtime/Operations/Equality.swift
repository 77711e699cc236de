import BigInt

/// Python's `==` for the builtin types (which never raise), and identity.
enum Equality {
    static func equal(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.float(let x), .float(let y)): return x == y
        case (.int(let x), .float(let y)), (.float(let y), .int(let x)): return Double(x) == y && (y.magnitude >= 9.2e18 ? false : Int(y) == x)
        case (.bool(let x), .bool(let y)): return x == y
        case (.bool(let x), .int(let y)), (.int(let y), .bool(let x)): return (x ? 1 : 0) == y
        case (.bool(let x), .float(let y)), (.float(let y), .bool(let x)): return (x ? 1.0 : 0.0) == y
        case (.none, .none): return true
        case (.object(let x), .object(let y)):
            if x === y { return true }
            return objectsEqual(x, y)
        default:
            if SpecialMethods.classOf(a) != nil || SpecialMethods.classOf(b) != nil {
                return SpecialMethods.equal(a, b) ?? false
            }
            return bigIntEqual(a, b)
        }
    }

    /// `==` where one side is a `PyBigInt` (which never equals a machine int: big ints are normalised).
    private static func bigIntEqual(_ a: Value, _ b: Value) -> Bool {
        if a.object is PyComplex || b.object is PyComplex { return complexEqual(a, b) }
        guard a.isBigInt || b.isBigInt else { return false }
        if case .float(let d) = a, let x = b.bigInt { return BigArithmetic.compare(x, d) == 0 }
        if case .float(let d) = b, let x = a.bigInt { return BigArithmetic.compare(x, d) == 0 }
        return false
    }

    private static func objectsEqual(_ x: PyObject, _ y: PyObject) -> Bool {
        if x.kind == .str || y.kind == .str || x.kind != y.kind { return contentsEqual(x, y) }
        guard NativeStack.enter("maximum recursion depth exceeded in comparison") else { return false }
        defer { NativeStack.leave() }
        return contentsEqual(x, y)
    }

    private static func contentsEqual(_ x: PyObject, _ y: PyObject) -> Bool {
        switch (x.kind, y.kind) {
        case (.native, .native):
            if let p = x as? PyBigInt, let q = y as? PyBigInt { return p.value == q.value }
            if x is PyComplex || y is PyComplex { return complexEqual(.object(x), .object(y)) }
            if let p = x as? PyBytes, let q = y as? PyBytes { return p.data == q.data }
            return SpecialMethods.equal(.object(x), .object(y)) ?? false
        case (.str, .str):
            return (x as! PyStr).value == (y as! PyStr).value && (x as! PyStr).value.unicodeScalars.elementsEqual((y as! PyStr).value.unicodeScalars)
        case (.list, .list):
            return sequencesEqual((x as! PyList).items, (y as! PyList).items)
        case (.tuple, .tuple):
            return sequencesEqual((x as! PyTuple).items, (y as! PyTuple).items)
        case (.dict, .dict):
            let a = x as! PyDict, b = y as! PyDict
            guard a.count == b.count else { return false }
            for (k, v) in a.entries {
                guard let w = (try? b.get(k)) ?? nil, identicalOrEqual(v, w) else { return false }
            }
            return true
        case (.set, .set), (.set, .frozenset), (.frozenset, .set), (.frozenset, .frozenset):
            let a = x as! PySet, b = y as! PySet
            return a.count == b.count && a.elements.allSatisfy { (try? b.contains($0)) == true }
        case (.slice, .slice):
            let a = x as! PySlice, b = y as! PySlice
            return sequencesEqual([a.start, a.stop, a.step], [b.start, b.stop, b.step])
        case (.native, _), (_, .native), (.exception, _), (_, .exception):
            return SpecialMethods.equal(.object(x), .object(y)) ?? false
        case (.range, .range):
            let a = x as! PyRange, b = y as! PyRange
            if a.count != b.count { return false }
            if a.count == 0 { return true }
            return a.start == b.start && (a.count == 1 || a.step == b.step)
        default:
            return false
        }
    }

    /// `==` with a complex side: both parts equal, a real number having no imaginary part.
    private static func complexEqual(_ a: Value, _ b: Value) -> Bool {
        guard let x = try? ComplexArithmetic.parts(a), let y = try? ComplexArithmetic.parts(b) else { return false }
        if let big = a.bigInt ?? b.bigInt, let c = (a.object as? PyComplex) ?? (b.object as? PyComplex) {
            return c.imag == 0 && BigArithmetic.compare(big, c.real) == 0
        }
        return x.re == y.re && x.im == y.im
    }

    /// `x is y or x == y`, as containers compare their items.
    static func identicalOrEqual(_ a: Value, _ b: Value) -> Bool {
        if identical(a, b) { return true }
        return equal(a, b)
    }

    static func sequencesEqual(_ a: [Value], _ b: [Value]) -> Bool {
        guard a.count == b.count else { return false }
        for i in a.indices where !identicalOrEqual(a[i], b[i]) { return false }
        return true
    }

    /// Python's `is`.
    static func identical(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.none, .none): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.float(let x), .float(let y)): return x.bitPattern == y.bitPattern
        case (.object(let x), .object(let y)): return x === y
        default: return false
        }
    }
}

/// Python's `hash()` for hashable builtin values.
enum Hashing {
    nonisolated(unsafe) private static var lastSerial = 1 << 40

    /// Serials for objects hashed outside a run (tools and tests): unique, though not reproducible across processes.
    static func fallbackSerial() -> Int {
        lastSerial += 1
        return lastSerial
    }

    static func hash(_ v: Value) throws -> Int {
        switch v {
        case .int(let i): return CPythonHash.int(i)
        case .object(let o as PyBigInt): return BigArithmetic.hash(o.value)
        case .object(let o as PyComplex): return o.hash
        case .object(let o as PyBytes):
            if o.isMutable { throw PyError.type("unhashable type: 'bytearray'") }
            return o.hash
        case .bool(let b): return b ? 1 : 0
        case .float(let d): return CPythonHash.float(d, identity: 0)
        case .none: return 0x3C5A_9D81
        case .unbound: return 0
        case .object(let o):
            switch o.kind {
            case .str: return (o as! PyStr).hash
            case .tuple:
                try NativeStack.check()
                return try tupleHash(o as! PyTuple)
            case .frozenset:
                var h = 0
                for e in (o as! PySet).elements { h ^= try hash(e) &* 0x9E37_79B9 }
                return h == -1 ? -2 : h
            case .list, .dict, .set:
                throw PyError.type("unhashable type: '\(TypeOf.type(of: o).name)'")
            default:
                if let h = try SpecialMethods.hash(o) { return h }
                if o.serial == 0 { o.serial = Repr.identities?.nextSerial() ?? Hashing.fallbackSerial() }
                return (o.serial &* 0x61C8_8646_80B5_83EB) >> 4 | 1
            }
        }
    }

    /// A tuple's hash, walking tuples nested in it with a stack of its own: a tuple nested 100,000 deep
    /// hashes as in CPython, with no native recursion per level.
    private static func tupleHash(_ root: PyTuple) throws -> Int {
        var pending: [(items: [Value], next: Int, hashes: [Int])] = [(root.items, 0, [])]
        while let top = pending.indices.last {
            guard pending[top].next < pending[top].items.count else {
                let h = CPythonHash.tuple(pending.removeLast().hashes)
                if pending.isEmpty { return h }
                pending[top - 1].hashes.append(h)
                continue
            }
            let item = pending[top].items[pending[top].next]
            pending[top].next += 1
            if case .object(let o) = item, o.kind == .tuple {
                pending.append(((o as! PyTuple).items, 0, []))
            } else {
                pending[top].hashes.append(try hash(item))
            }
        }
        return CPythonHash.tuple([])
    }
}
