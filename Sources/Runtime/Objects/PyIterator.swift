/// An iterator over a builtin iterable, or a lazy `enumerate`, `zip`, `map`
/// or `filter` (which call back into the VM as Python's do, one item at a time).
final class PyIterator: PyObject {
    enum Source {
        case range
        case list(PyList)
        case values([Value])
        case scalars([Unicode.Scalar])
        case dict(PyDict, keys: [Value], expectedCount: Int, items: DictView)
        case set(PySet, elements: [Value], expectedCount: Int)
        case enumerate(PyIterator)
        case zip([PyIterator])
        case map(Value, [PyIterator])
        case filter(Value, PyIterator)
        case generator(GeneratorBody)
        /// An instance of a class with `__next__`.
        case `protocol`(Value)
        /// An instance of a class with `__getitem__` only: items at 0, 1, ... until IndexError.
        case sequence(Value)
        /// `iter(callable, sentinel)`: calls until the sentinel comes back.
        case callable(Value, sentinel: Value)
        /// A range past machine ints.
        case bigRange(BigRangeCursor)
    }

    enum DictView { case keys, values, items }

    let source: Source
    let type: PyType
    /// Range: the next value. Sequences: the next index. Enumerate: the next count.
    var position: Int
    var step = 1
    var remaining = 0
    var exhausted = false

    deinit {
        if case .generator(let body) = source, body.started, !body.finished { GeneratorFinalizer.collected(body) }
    }

    init(_ source: Source, typeName: String, position: Int = 0) {
        self.source = source
        self.type = PyIterator.types[typeName] ?? PyType(typeName, base: BuiltinTypes.iterator)
        self.position = position
        super.init(kind: .iterator)
    }

    static let types: [String: PyType] = Dictionary(uniqueKeysWithValues: [
        "range_iterator", "list_iterator", "tuple_iterator", "str_ascii_iterator", "str_iterator",
        "dict_keyiterator", "dict_valueiterator", "dict_itemiterator", "set_iterator",
        "enumerate", "zip", "map", "filter", "list_reverseiterator", "reversed", "generator",
        "callable_iterator", "longrange_iterator",
    ].map { ($0, PyType($0, base: BuiltinTypes.iterator)) })

    /// The next item, or nil when exhausted.
    func next(_ vm: VM) throws -> Value? {
        if exhausted { return nil }
        switch source {
        case .range:
            guard remaining > 0 else { exhausted = true; return nil }
            remaining -= 1
            let v = position
            position &+= step
            return .int(v)
        case .list(let l):
            guard position < l.items.count else { exhausted = true; return nil }
            position += 1
            return l.items[position - 1]
        case .values(let items):
            guard position < items.count else { exhausted = true; return nil }
            position += 1
            return items[position - 1]
        case .scalars(let s):
            guard position < s.count else { exhausted = true; return nil }
            position += 1
            return .str(String(s[position - 1]))
        case .dict(let d, let keys, let expected, let view):
            if d.count != expected { throw PyError.runtime("dictionary changed size during iteration") }
            while position < keys.count {
                let k = keys[position]
                position += 1
                guard let v = try d.get(k) else { continue }
                switch view {
                case .keys: return k
                case .values: return v
                case .items: return .object(PyTuple([k, v]))
                }
            }
            exhausted = true
            return nil
        case .set(let s, let elements, let expected):
            if s.count != expected { throw PyError.runtime("Set changed size during iteration") }
            guard position < elements.count else { exhausted = true; return nil }
            position += 1
            return elements[position - 1]
        case .enumerate(let inner):
            guard let v = try inner.next(vm) else { exhausted = true; return nil }
            position += 1
            return .object(PyTuple([.int(position - 1), v]))
        case .zip(let inners):
            if inners.isEmpty { exhausted = true; return nil }
            var items: [Value] = []
            items.reserveCapacity(inners.count)
            for it in inners {
                guard let v = try it.next(vm) else { exhausted = true; return nil }
                items.append(v)
            }
            return .object(PyTuple(items))
        case .map(let fn, let inners):
            var args: [Value] = []
            for it in inners {
                guard let v = try it.next(vm) else { exhausted = true; return nil }
                args.append(v)
            }
            return try vm.call(fn, args)
        case .filter(let fn, let inner):
            while let v = try inner.next(vm) {
                let keep = fn.isNoneValue ? v : try vm.call(fn, [v])
                if Truth.isTrue(keep) { return v }
            }
            exhausted = true
            return nil
        case .protocol(let object):
            guard let v = try SpecialMethods.next(object) else { exhausted = true; return nil }
            return v
        case .sequence(let object):
            guard let v = try SpecialMethods.sequenceItem(object, position) else { exhausted = true; return nil }
            position += 1
            return v
        case .generator(let body):
            switch try vm.resume(body) {
            case .yielded(let v), .awaiting(let v): return v
            case .returned:
                exhausted = true
                return nil
            }
        case .bigRange(let cursor):
            guard let v = cursor.advance() else { exhausted = true; return nil }
            return v
        case .callable(let fn, let sentinel):
            let v = try vm.call(fn, [])
            if Equality.identicalOrEqual(v, sentinel) { exhausted = true; return nil }
            return v
        }
    }
}

extension Value {
    var isNoneValue: Bool {
        if case .none = self { return true }
        return false
    }
}
