/// A Python `list`.
final class PyList: PyObject {
    var items: [Value]

    init(_ items: [Value] = []) {
        self.items = items
        super.init(kind: .list)
    }
}

/// A Python `tuple`.
class PyTuple: PyObject {
    let items: [Value]

    init(_ items: [Value]) {
        self.items = items
        super.init(kind: .tuple)
    }

    static let empty = PyTuple([])
}

/// A tuple with a type and field names of its own (a `collections.namedtuple`
/// such as `DoneAndNotDoneFutures`): a tuple everywhere, plus its fields.
final class PyNamedTuple: PyTuple {
    let type: PyType
    let fields: [String]

    init(type: PyType, fields: [String], items: [Value]) {
        self.type = type
        self.fields = fields
        super.init(items)
    }

    func field(_ name: String) -> Value? {
        fields.firstIndex(of: name).map { items[$0] }
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

    var count: Int {
        if step > 0 { return start < stop ? (stop - start - 1) / step + 1 : 0 }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0
    }

    func item(_ i: Int) -> Int { start + i * step }
}
