/// The Python type of a value, and the name CPython uses in messages.
enum TypeOf {
    static func type(_ v: Value) -> PyType {
        switch v {
        case .none, .unbound: return BuiltinTypes.noneType
        case .bool: return BuiltinTypes.bool
        case .int: return BuiltinTypes.int
        case .float: return BuiltinTypes.float
        case .object(let o): return type(of: o)
        }
    }

    static func type(of o: PyObject) -> PyType {
        switch o.kind {
        case .str: return BuiltinTypes.str
        case .list: return BuiltinTypes.list
        case .tuple: return (o as? PyNamedTuple)?.type ?? BuiltinTypes.tuple
        case .dict: return BuiltinTypes.dict
        case .set: return BuiltinTypes.set
        case .frozenset: return BuiltinTypes.frozenset
        case .function: return BuiltinTypes.function
        case .builtin: return BuiltinTypes.builtinFunction
        case .boundMethod: return BuiltinTypes.method
        case .cell: return BuiltinTypes.cell
        case .range: return BuiltinTypes.range
        case .iterator: return (o as! PyIterator).type
        case .exception: return (o as! PyException).type
        case .type: return (o as! PyType).metaclass ?? BuiltinTypes.type
        case .module: return BuiltinTypes.module
        case .code: return BuiltinTypes.code
        case .slice: return BuiltinTypes.slice
        case .native: return (o as! PyNativeObject).type
        }
    }

    static func name(_ v: Value) -> String { type(v).name }
}

/// An instance of a type implemented in Swift by a runtime library (a lock, an
/// executor, a random generator): its type carries the methods.
class PyNativeObject: PyObject {
    let type: PyType

    init(type: PyType) {
        self.type = type
        super.init(kind: .native)
    }
}
