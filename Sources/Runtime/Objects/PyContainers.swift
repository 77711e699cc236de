/// A Python `list`.
final class PyList: PyObject {
    var items: [Value]

    init(_ items: [Value] = []) {
        self.items = items
        super.init(kind: .list)
    }

    deinit { Teardown.adopt(&items) }
}

/// A Python `tuple`.
class PyTuple: PyObject {
    private(set) var items: [Value]

    init(_ items: [Value]) {
        self.items = items
        super.init(kind: .tuple)
    }

    deinit { Teardown.adopt(&items) }

    static let empty = PyTuple([])
}

/// A tuple with a type and field names of its own (a `collections.namedtuple`
/// such as `DoneAndNotDoneFutures`): a tuple everywhere, plus its fields. A struct
/// sequence (`time.struct_time`) is named with its module in its repr and may have
/// attributes beyond its items (`tm_zone`).
final class PyNamedTuple: PyTuple {
    let type: PyType
    let fields: [String]
    let structSequence: Bool
    let extras: [String: Value]

    init(type: PyType, fields: [String], items: [Value], structSequence: Bool = false, extras: [String: Value] = [:]) {
        self.type = type
        self.fields = fields
        self.structSequence = structSequence
        self.extras = extras
        super.init(items)
    }

    /// The name its repr starts with.
    var reprName: String { structSequence ? type.moduleName + "." + type.name : type.name }

    func field(_ name: String) -> Value? {
        fields.firstIndex(of: name).map { items[$0] } ?? extras[name]
    }
}

/// A `range` object.
final class PyRange: PyObject {
    let start: Int, stop: Int, step: Int

    init(start: Int, stop: Int, step: Int) {
        self.start = start
        self.stop = stop
        self.step = step
        super.init(kind: .range)
    }

    /// The number of items; nil past `Int.max` (`range(-2**63, 2**63 - 1)`), where `len()` raises OverflowError.
    var exactCount: Int? {
        let n = unsignedCount
        return n > UInt(Int.max) ? nil : Int(n)
    }

    /// The number of items, which fits a UInt whatever the bounds.
    var unsignedCount: UInt {
        guard step > 0 ? start < stop : start > stop else { return 0 }
        let span = UInt(bitPattern: step > 0 ? stop &- start : start &- stop) - 1
        return span / step.magnitude + 1
    }

    /// The item `k` places from the end (`r[-k]`), for ranges longer than `Int.max`.
    func item(fromEnd k: UInt) -> Int { start &+ Int(bitPattern: unsignedCount &- k) &* step }

    var count: Int { exactCount ?? Int.max }

    /// The item at `i` (below `count`): it lies between start and stop, so wrapping arithmetic is exact.
    func item(_ i: Int) -> Int { start &+ i &* step }
}
