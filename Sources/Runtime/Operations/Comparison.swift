import BigInt

/// Python's rich comparisons and `in` for the builtin types.
enum Comparison {
    static func compare(_ op: CompareOp, _ a: Value, _ b: Value) throws -> Bool {
        switch op {
        case .eq, .ne:
            let equal = Equality.equal(a, b)
            if case .object = a { try NativeStack.raiseTripped() }
            return op == .eq ? equal : !equal
        case .is: return Equality.identical(a, b)
        case .isNot: return !Equality.identical(a, b)
        case .in, .notIn:
            let found = try contains(b, a)
            try NativeStack.raiseTripped()
            return op == .in ? found : !found
        case .lt, .le, .gt, .ge: return try order(op, a, b)
        }
    }

    static func order(_ op: CompareOp, _ a: Value, _ b: Value) throws -> Bool {
        if let x = Arithmetic.intValue(a), let y = Arithmetic.intValue(b) { return apply(op, x, y) }
        if let x = Arithmetic.floatValue(a), let y = Arithmetic.floatValue(b) {
            if case .float = a { return apply(op, x, y) }
            if case .float = b { return apply(op, x, y) }
        }
        if a.isBigInt || b.isBigInt, let r = bigIntOrder(op, a, b) { return r }
        if case .object(let p) = a, case .object(let q) = b {
            switch (p.kind, q.kind) {
            case (.str, .str):
                return apply(op, compareScalars((p as! PyStr).value, (q as! PyStr).value), 0)
            case (.list, .list):
                return try sequenceOrder(op, (p as! PyList).items, (q as! PyList).items)
            case (.tuple, .tuple):
                return try sequenceOrder(op, (p as! PyTuple).items, (q as! PyTuple).items)
            case (.native, .native) where p is PyBytes && q is PyBytes:
                return apply(op, BytesOperations.order((p as! PyBytes).data, (q as! PyBytes).data), 0)
            case (.set, .set), (.set, .frozenset), (.frozenset, .set), (.frozenset, .frozenset):
                let x = p as! PySet, y = q as! PySet
                switch op {
                case .le: return try isSubset(x, y)
                case .lt: return x.count < y.count ? try isSubset(x, y) : false
                case .ge: return try isSubset(y, x)
                default: return y.count < x.count ? try isSubset(y, x) : false
                }
            default: break
            }
        }
        if let r = try SpecialMethods.compare(op, a, b) { return try SpecialMethods.truth(r) }
        throw PyError.type("'\(op.rawValue)' not supported between instances of '\(TypeOf.name(a))' and '\(TypeOf.name(b))'")
    }

    /// Orders ints of any size against each other and against floats; nil when an operand is not a number.
    private static func bigIntOrder(_ op: CompareOp, _ a: Value, _ b: Value) -> Bool? {
        if let x = a.bigInt, let y = b.bigInt { return apply(op, x, y) }
        if let x = a.bigInt, case .float(let d) = b {
            guard let c = BigArithmetic.compare(x, d) else { return false }
            return apply(op, c, 0)
        }
        if case .float(let d) = a, let y = b.bigInt {
            guard let c = BigArithmetic.compare(y, d) else { return false }
            return apply(op, 0, c)
        }
        return nil
    }

    static func isSubset(_ x: PySet, _ y: PySet) throws -> Bool {
        guard x.count <= y.count else { return false }
        for e in x.elements where !(try y.contains(e)) { return false }
        return true
    }

    @inline(__always) static func apply<T: Comparable>(_ op: CompareOp, _ x: T, _ y: T) -> Bool {
        switch op {
        case .lt: return x < y
        case .le: return x <= y
        case .gt: return x > y
        default: return x >= y
        }
    }

    /// Code-point order, as CPython compares str.
    static func compareScalars(_ a: String, _ b: String) -> Int {
        var i = a.unicodeScalars.makeIterator(), j = b.unicodeScalars.makeIterator()
        while true {
            switch (i.next(), j.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case (let x?, let y?):
                if x != y { return x.value < y.value ? -1 : 1 }
            }
        }
    }

    static func sequenceOrder(_ op: CompareOp, _ a: [Value], _ b: [Value]) throws -> Bool {
        for i in 0..<min(a.count, b.count) where !Equality.identicalOrEqual(a[i], b[i]) {
            return try order(op, a[i], b[i])
        }
        return apply(op, a.count, b.count)
    }

    /// `item in container`.
    static func contains(_ container: Value, _ item: Value) throws -> Bool {
        guard case .object(let o) = container else {
            throw PyError.type("argument of type '\(TypeOf.name(container))' is not iterable")
        }
        switch o.kind {
        case .str:
            guard case .object(let p) = item, p.kind == .str else {
                throw PyError.type("'in <string>' requires string as left operand, not \(TypeOf.name(item))")
            }
            let needle = (p as! PyStr).value
            return needle.isEmpty || (o as! PyStr).value.contains(needle)
        case .list: return (o as! PyList).items.contains { Equality.identicalOrEqual($0, item) }
        case .tuple: return (o as! PyTuple).items.contains { Equality.identicalOrEqual($0, item) }
        case .dict: return try (o as! PyDict).get(item) != nil
        case .set, .frozenset: return try (o as! PySet).contains(item)
        case .range:
            let r = o as! PyRange
            guard let v = Arithmetic.intValue(item) else {
                if case .float(let d) = item, d == d.rounded(), d.magnitude < 9e18 { return try contains(container, .int(Int(d))) }
                return false
            }
            guard r.count > 0 else { return false }
            let offset = v - r.start
            if r.step > 0 ? (v < r.start || v >= r.stop) : (v > r.start || v <= r.stop) { return false }
            return offset % r.step == 0
        case .native where o is PyBytes:
            return try BytesOperations.contains((o as! PyBytes).data, item)
        case .native where o is PyBigRange:
            guard let v = item.bigInt else { return false }
            return (o as! PyBigRange).bounds.position(of: v) != nil
        case .native where o is PyMappingProxy:
            return try (o as! PyMappingProxy).dict.get(item) != nil
        default:
            throw PyError.type("argument of type '\(TypeOf.name(container))' is not iterable")
        }
    }
}

/// Python's truth value of a builtin value.
enum Truth {
    /// The truth of a condition the VM branches on: what a class's `__bool__` or `__len__` raises propagates.
    @inline(__always) static func ofCondition(_ v: Value) throws -> Bool {
        if case .bool(let b) = v { return b }
        let result = isTrue(v)
        if case .object = v { try NativeStack.raiseTripped() }
        return result
    }

    @inline(__always) static func isTrue(_ v: Value) -> Bool {
        switch v {
        case .none, .unbound: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        case .object(let o):
            switch o.kind {
            case .str: return !(o as! PyStr).value.isEmpty
            case .list: return !(o as! PyList).items.isEmpty
            case .tuple: return !(o as! PyTuple).items.isEmpty
            case .dict: return (o as! PyDict).count > 0
            case .set, .frozenset: return (o as! PySet).count > 0
            case .range: return (o as! PyRange).count > 0
            case .native, .exception:
                if let c = o as? PyComplex { return c.real != 0 || c.imag != 0 }
                if let b = o as? PyBytes { return !b.data.isEmpty }
                if let r = o as? PyBigRange { return r.bounds.count > 0 }
                guard let c = SpecialMethods.classOf(v) else { return true }
                do {
                    return try SpecialMethods.classTruth(v, c)
                } catch let error as PyError {
                    NativeStack.remember(error)
                    return true
                } catch {
                    return true
                }
            default: return true
            }
        }
    }
}
