/// `x[i]`, `x[i] = v` and `del x[i]` for the builtin containers, slices included.
enum Subscript {
    static func get(_ container: Value, _ index: Value) throws -> Value {
        guard case .object(let o) = container else { throw notSubscriptable(container) }
        switch o.kind {
        case .list:
            let items = (o as! PyList).items
            if case .object(let s) = index, s.kind == .slice { return .object(PyList(sliced(items, try indices(s as! PySlice, items.count)))) }
            return items[try position(index, items.count, "list")]
        case .tuple:
            let items = (o as! PyTuple).items
            if case .object(let s) = index, s.kind == .slice { return .object(PyTuple(sliced(items, try indices(s as! PySlice, items.count)))) }
            return items[try position(index, items.count, "tuple")]
        case .str:
            let str = o as! PyStr
            let scalars = str.scalars
            if case .object(let s) = index, s.kind == .slice {
                return .str(String(String.UnicodeScalarView(sliced(scalars, try indices(s as! PySlice, scalars.count)))))
            }
            return .str(String(scalars[try position(index, scalars.count, "string")]))
        case .dict:
            guard let v = try (o as! PyDict).get(index) else { throw PyError.key(index) }
            return v
        case .range:
            let r = o as! PyRange
            if case .object(let s) = index, s.kind == .slice {
                let (start, _, step, count) = try indices(s as! PySlice, r.count)
                let first = r.item(start)
                let (newStep, o1) = r.step.multipliedReportingOverflow(by: step)
                let (span, o2) = newStep.multipliedReportingOverflow(by: count)
                let (stop, o3) = first.addingReportingOverflow(span)
                if o1 || o2 || o3 { return try r.bounds.sliced(s as! PySlice).value }
                return .object(PyRange(start: first, stop: stop, step: newStep))
            }
            if r.exactCount == nil, case .int(let i) = index, i < 0 { return .int(r.item(fromEnd: i.magnitude)) }
            return .int(r.item(try position(index, r.count, "range object")))
        case .type:
            return try ClassHooks.item(o as! PyType, index)
        default:
            if let b = o as? PyBytes { return try BytesOperations.item(b, index) }
            if let proxy = o as? PyMappingProxy { return try get(.object(proxy.dict), index) }
            if let r = o as? PyBigRange {
                if let s = index.object as? PySlice { return try r.bounds.sliced(s).value }
                return .integer(try r.bounds.item(at: try RangeBounds.integer(index)))
            }
            if let r = try SpecialMethods.item("__getitem__", container, [index]) { return r }
            throw notSubscriptable(container)
        }
    }

    static func set(_ container: Value, _ index: Value, _ value: Value, vm: VM) throws {
        guard case .object(let o) = container else {
            throw PyError.type("'\(TypeOf.name(container))' object does not support item assignment")
        }
        switch o.kind {
        case .list:
            let l = o as! PyList
            if case .object(let s) = index, s.kind == .slice {
                let (start, stop, step, count) = try indices(s as! PySlice, l.items.count)
                let new = try Iteration.materialize(value, vm: vm)
                if step == 1 {
                    l.items.replaceSubrange(start..<max(start, stop), with: new)
                } else {
                    guard new.count == count else {
                        throw PyError.value("attempt to assign sequence of size \(new.count) to extended slice of size \(count)")
                    }
                    for k in 0..<count { l.items[start + k * step] = new[k] }
                }
                return
            }
            l.items[try position(index, l.items.count, "list assignment")] = value
        case .dict:
            try (o as! PyDict).set(index, value)
        default:
            if let b = o as? PyBytes { return try BytesOperations.setItem(b, index, value, vm: vm) }
            if try SpecialMethods.item("__setitem__", container, [index, value]) != nil { return }
            throw PyError.type("'\(TypeOf.name(container))' object does not support item assignment")
        }
    }

    static func delete(_ container: Value, _ index: Value) throws {
        guard case .object(let o) = container else {
            throw PyError.type("'\(TypeOf.name(container))' object does not support item deletion")
        }
        switch o.kind {
        case .list:
            let l = o as! PyList
            if case .object(let s) = index, s.kind == .slice {
                let (start, _, step, count) = try indices(s as! PySlice, l.items.count)
                let doomed = Set((0..<count).map { start + $0 * step })
                l.items = l.items.enumerated().filter { !doomed.contains($0.offset) }.map(\.element)
                return
            }
            l.items.remove(at: try position(index, l.items.count, "list assignment"))
        case .dict:
            if try (o as! PyDict).remove(index) == nil { throw PyError.key(index) }
        default:
            if let b = o as? PyBytes { return try BytesOperations.deleteItem(b, index) }
            if try SpecialMethods.item("__delitem__", container, [index]) != nil { return }
            throw PyError.type("'\(TypeOf.name(container))' object does not support item deletion")
        }
    }

    static func notSubscriptable(_ v: Value) -> PyError {
        PyError.type("'\(TypeOf.name(v))' object is not subscriptable")
    }

    /// A normalised index into a sequence of `count` items.
    static func position(_ index: Value, _ count: Int, _ what: String) throws -> Int {
        guard let i = try Arithmetic.intValue(index) ?? SpecialMethods.index(index) else {
            if index.isBigInt { throw PyError.index("cannot fit 'int' into an index-sized integer") }
            let noun = what == "list assignment" ? "list" : what == "string" ? "string" : what == "range object" ? "range" : what
            throw PyError.type("\(noun) indices must be integers or slices, not \(TypeOf.name(index))")
        }
        let j = i < 0 ? i + count : i
        guard j >= 0 && j < count else { throw PyError.index("\(what) index out of range") }
        return j
    }

    /// CPython's `PySlice_GetIndicesEx`: start, stop, step and the number of items selected.
    static func indices(_ s: PySlice, _ length: Int) throws -> (Int, Int, Int, Int) {
        func intOrNone(_ v: Value) throws -> Int? {
            if case .none = v { return nil }
            // A big int clamps to the largest machine int of its sign, as CPython clamps slice bounds.
            if let big = (v.object as? PyBigInt)?.value { return big.sign == .minus ? Int.min + 1 : Int.max }
            guard let i = try Arithmetic.intValue(v) ?? SpecialMethods.index(v) else {
                throw PyError.type("slice indices must be integers or None or have an __index__ method")
            }
            return i
        }
        let step = try intOrNone(s.step) ?? 1
        if step == 0 { throw PyError.value("slice step cannot be zero") }
        func adjust(_ v: Int?, _ defaultValue: Int) -> Int {
            guard var i = v else { return defaultValue }
            if i < 0 {
                i += length
                if i < 0 { i = step < 0 ? -1 : 0 }
            } else if i >= length {
                i = step < 0 ? length - 1 : length
            }
            return i
        }
        let start = adjust(try intOrNone(s.start), step < 0 ? length - 1 : 0)
        let stop = adjust(try intOrNone(s.stop), step < 0 ? -1 : length)
        let count: Int
        if step > 0 {
            count = start < stop ? (stop - start - 1) / step + 1 : 0
        } else {
            count = stop < start ? Int(UInt(start - stop - 1) / step.magnitude) + 1 : 0
        }
        return (start, stop, step, count)
    }

    static func sliced<T>(_ items: [T], _ idx: (Int, Int, Int, Int)) -> [T] {
        let (start, _, step, count) = idx
        if step == 1 { return Array(items[start..<start + count]) }
        var out: [T] = []
        out.reserveCapacity(count)
        for k in 0..<count { out.append(items[start + k * step]) }
        return out
    }
}
