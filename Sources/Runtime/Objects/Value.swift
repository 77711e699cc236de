/// A Python value as the VM holds it: small immutable values inline, every
/// other object by reference. `unbound` is internal only: an unassigned
/// variable, or "no self" beside a method on the stack.
enum Value {
    case none
    case bool(Bool)
    case int(Int)
    case float(Double)
    case object(PyObject)
    case unbound

    @inline(__always) var isUnbound: Bool {
        if case .unbound = self { return true }
        return false
    }

    @inline(__always) static func str(_ s: String) -> Value { .object(PyStr(s)) }
}

/// What kind of object a `PyObject` is: a tag the VM switches on instead of
/// dynamic casts.
enum ObjectKind: UInt8 {
    case str, list, tuple, dict, set, frozenset, function, builtin, boundMethod, cell
    case range, iterator, exception, type, module, code, slice, native
}

/// The base of every heap-allocated Python object.
class PyObject {
    final let kind: ObjectKind
    /// The object's number for hashing by identity, given on first use in the order the run asks
    /// (so sets and dicts of objects iterate the same way every run); 0 until then.
    final var serial = 0

    init(kind: ObjectKind) {
        self.kind = kind
    }
}

/// A captured variable shared between a function and its closures.
final class PyCell: PyObject {
    var value: Value

    init(_ value: Value = .unbound) {
        self.value = value
        super.init(kind: .cell)
    }
}

/// A `slice(start, stop, step)` object.
final class PySlice: PyObject {
    let start: Value, stop: Value, step: Value

    init(start: Value, stop: Value, step: Value) {
        self.start = start
        self.stop = stop
        self.step = step
        super.init(kind: .slice)
    }
}
