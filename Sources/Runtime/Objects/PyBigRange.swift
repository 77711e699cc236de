import BigInt

/// The bounds of a range as arbitrary-precision ints, and the arithmetic CPython's `range` does on them
/// (length, items, membership, slicing) for bounds of any size.
struct RangeBounds {
    let start: BigInt, stop: BigInt, step: BigInt

    var count: BigInt {
        if step > 0 { return start < stop ? (stop - start - 1) / step + 1 : 0 }
        return start > stop ? (start - stop - 1) / -step + 1 : 0
    }

    func item(_ i: BigInt) -> BigInt { start + i * step }

    /// The position of `v`, nil when the range does not hold it.
    func position(of v: BigInt) -> BigInt? {
        guard step > 0 ? (v >= start && v < stop) : (v <= start && v > stop) else { return nil }
        let (q, r) = (v - start).quotientAndRemainder(dividingBy: step)
        return r.isZero ? q : nil
    }

    /// `r[i]` with CPython's negative indexes and IndexError.
    func item(at index: BigInt) throws -> BigInt {
        let n = count
        let i = index < 0 ? index + n : index
        guard i >= 0 && i < n else { throw PyError.index("range object index out of range") }
        return item(i)
    }

    /// `r[a:b:c]`: the range of the selected items.
    func sliced(_ s: PySlice) throws -> RangeBounds {
        func bound(_ v: Value) throws -> BigInt? {
            if v.isNoneValue { return nil }
            return try RangeBounds.integer(v)
        }
        let by = try bound(s.step) ?? 1
        if by.isZero { throw PyError.value("slice step cannot be zero") }
        let n = count
        func clamp(_ given: BigInt?, _ otherwise: BigInt) -> BigInt {
            guard var v = given else { return otherwise }
            if v < 0 { v += n }
            return by > 0 ? Swift.min(Swift.max(v, 0), n) : Swift.min(Swift.max(v, -1), n - 1)
        }
        let first = clamp(try bound(s.start), by > 0 ? 0 : n - 1)
        let last = clamp(try bound(s.stop), by > 0 ? n : -1)
        return RangeBounds(start: item(first), stop: item(last), step: step * by)
    }

    var repr: String { step == 1 ? "range(\(start), \(stop))" : "range(\(start), \(stop), \(step))" }

    /// The range as the VM's value: a machine-int `range` when its bounds and length fit, else a big one.
    var value: Value {
        if let a = Int(exactly: start), let b = Int(exactly: stop), let c = Int(exactly: step) {
            return .object(PyRange(start: a, stop: b, step: c))
        }
        return .object(PyBigRange(self))
    }

    /// An argument of `range()` or of a slice of one: an int of any size, or what `__index__` gives.
    static func integer(_ v: Value) throws -> BigInt {
        if let b = v.bigInt ?? SpecialMethods.baseValue(v)?.bigInt { return b }
        return BigInt(try Arguments.int(v))
    }
}

/// A `range` whose bounds or step do not fit a machine int (`range(10**20, 10**20 + 5)`); its type is `range`.
final class PyBigRange: PyNativeObject, CustomReprObject, NativeAttributes {
    let bounds: RangeBounds

    init(_ bounds: RangeBounds) {
        self.bounds = bounds
        super.init(type: BuiltinTypes.range)
    }

    var pythonRepr: String { bounds.repr }

    /// `len()`: CPython's OverflowError past a machine int.
    var length: Int {
        get throws {
            guard let n = Int(exactly: bounds.count) else { throw BigArithmetic.indexOverflow() }
            return n
        }
    }

    func iterator(reversed: Bool) -> PyIterator {
        let n = bounds.count
        let cursor = reversed
            ? BigRangeCursor(next: bounds.item(n - 1), step: -bounds.step, remaining: n)
            : BigRangeCursor(next: bounds.start, step: bounds.step, remaining: n)
        return PyIterator(.bigRange(cursor), typeName: "longrange_iterator")
    }

    func attribute(_ name: String, vm: VM) throws -> Value? {
        switch name {
        case "start": return .integer(bounds.start)
        case "stop": return .integer(bounds.stop)
        case "step": return .integer(bounds.step)
        default: return nil
        }
    }

    func setAttribute(_ name: String, _ value: Value) throws -> Bool { false }
}

/// Where an iterator over a big range is: the next item and how many are left.
final class BigRangeCursor {
    var next: BigInt
    let step: BigInt
    var remaining: BigInt

    init(next: BigInt, step: BigInt, remaining: BigInt) {
        self.next = next
        self.step = step
        self.remaining = remaining
    }

    func advance() -> Value? {
        guard remaining > 0 else { return nil }
        remaining -= 1
        defer { next += step }
        return .integer(next)
    }
}

extension PyRange {
    var bounds: RangeBounds { RangeBounds(start: BigInt(start), stop: BigInt(stop), step: BigInt(step)) }
}
