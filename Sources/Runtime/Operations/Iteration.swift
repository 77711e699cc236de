/// Python's iteration protocol over builtin values: `iter()` and turning an iterable into items.
enum Iteration {
    static func iterator(_ v: Value) throws -> PyIterator {
        guard case .object(let o) = v else { throw notIterable(v) }
        switch o.kind {
        case .range:
            let r = o as! PyRange
            let it = PyIterator(.range, typeName: "range_iterator", position: r.start)
            it.step = r.step
            it.remaining = r.count
            return it
        case .list: return PyIterator(.list(o as! PyList), typeName: "list_iterator")
        case .tuple: return PyIterator(.values((o as! PyTuple).items), typeName: "tuple_iterator")
        case .str:
            let s = o as! PyStr
            return PyIterator(.scalars(s.scalars), typeName: s.value.utf8.allSatisfy { $0 < 128 } ? "str_ascii_iterator" : "str_iterator")
        case .dict:
            let d = o as! PyDict
            return PyIterator(.dict(d, keys: d.liveKeys, expectedCount: d.count, items: .keys), typeName: "dict_keyiterator")
        case .set, .frozenset:
            let s = o as! PySet
            return PyIterator(.set(s, elements: s.elements, expectedCount: s.count), typeName: "set_iterator")
        case .iterator:
            return o as! PyIterator
        case .type:
            if let it = try ClassHooks.iterator(o as! PyType) { return it }
            throw notIterable(v)
        case .native, .exception:
            if let view = o as? PyDictView { return view.makeIterator() }
            if let proxy = o as? PyMappingProxy { return try iterator(.object(proxy.dict)) }
            if let r = o as? PyBigRange { return r.iterator(reversed: false) }
            if let b = o as? PyBytes {
                return PyIterator(.values(b.data.map { .int(Int($0)) }), typeName: b.type.name + "_iterator")
            }
            if let it = try SpecialMethods.iterator(v) { return it }
            throw notIterable(v)
        default:
            throw notIterable(v)
        }
    }

    static func notIterable(_ v: Value) -> PyError {
        PyError.type("'\(TypeOf.name(v))' object is not iterable")
    }

    /// Every item of an iterable, as an array (fast for the builtin containers).
    static func materialize(_ v: Value, vm: VM) throws -> [Value] {
        if case .object(let o) = v {
            switch o.kind {
            case .list: return (o as! PyList).items
            case .tuple: return (o as! PyTuple).items
            case .str: return (o as! PyStr).scalars.map { .str(String($0)) }
            case .dict: return (o as! PyDict).liveKeys
            case .set, .frozenset: return (o as! PySet).elements
            case .range:
                let r = o as! PyRange
                let n = r.count
                try vm.limits.checkAllocation(n)
                try Cost.allocate(bytes: MemoryLayout<Value>.stride * n)
                var out: [Value] = []
                out.reserveCapacity(n)
                for i in 0..<n { out.append(.int(r.item(i))) }
                return out
            default: break
            }
        }
        let it = try iterator(v)
        var out: [Value] = []
        while let x = try it.next(vm) {
            out.append(x)
            if out.count & 0xFFFF == 0 {
                try vm.limits.checkAllocation(out.count)
                try Cost.allocate(bytes: MemoryLayout<Value>.stride * 0x10000)
            }
        }
        return out
    }
}

/// `dict.keys()`, `dict.values()` and `dict.items()`: live views over a dict.
final class PyDictView: PyNativeObject, CustomReprObject {
    let dict: PyDict
    let view: PyIterator.DictView

    static let keysType = PyType("dict_keys", base: BuiltinTypes.object)
    static let valuesType = PyType("dict_values", base: BuiltinTypes.object)
    static let itemsType = PyType("dict_items", base: BuiltinTypes.object)

    init(_ dict: PyDict, _ view: PyIterator.DictView) {
        self.dict = dict
        self.view = view
        super.init(type: view == .keys ? PyDictView.keysType : view == .values ? PyDictView.valuesType : PyDictView.itemsType)
    }

    func makeIterator() -> PyIterator {
        let name = view == .keys ? "dict_keyiterator" : view == .values ? "dict_valueiterator" : "dict_itemiterator"
        return PyIterator(.dict(dict, keys: dict.liveKeys, expectedCount: dict.count, items: view), typeName: name)
    }

    var items: [Value] {
        dict.entries.map { entry in
            switch view {
            case .keys: return entry.key
            case .values: return entry.value
            case .items: return .object(PyTuple([entry.key, entry.value]))
            }
        }
    }

    var pythonRepr: String {
        "\(type.name)([" + items.map(Repr.repr).joined(separator: ", ") + "])"
    }
}
