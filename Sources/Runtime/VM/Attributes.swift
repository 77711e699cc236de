/// Attribute access on builtin values: module members, function and type
/// metadata, exception fields, and methods bound to their receiver.
enum Attributes {
    static func get(_ v: Value, _ name: String, vm: VM) throws -> Value {
        if case .object(let o) = v {
            switch o.kind {
            case .tuple:
                if let named = o as? PyNamedTuple, let field = named.field(name) { return field }
            case .module:
                let m = o as! PyModule
                if let a = m.attribute(name) { return a }
                if name == "__name__" { return .str(m.name) }
                throw PyError.attribute("module '\(m.name)' has no attribute '\(name)'")
            case .function:
                let f = o as! PyFunction
                switch name {
                case "__name__": return .str(f.name)
                case "__qualname__": return .str(f.qualifiedName)
                case "__module__": return .str(f.moduleName ?? f.module.name)
                case "__doc__": return f.doc ?? f.code.docstring.map { .str($0) } ?? .none
                case "__dict__": return .object(f.attributeDict)
                case "__annotations__": return .object(f.annotationDict)
                default: if let v = try f.dict?.get(.str(name)) { return v }
                }
            case .boundMethod:
                let m = o as! PyBoundMethod
                switch name {
                case "__self__": return m.receiver
                case "__func__": return m.function
                case "__name__", "__qualname__", "__doc__", "__module__": return try get(m.function, name, vm: vm)
                default: if let v = try (m.function.object as? PyFunction)?.dict?.get(.str(name)) { return v }
                }
            case .builtin:
                let b = o as! PyBuiltin
                switch name {
                case "__name__": return .str(b.name)
                case "__qualname__": return .str(b.qualifiedName)
                default: break
                }
            case .type:
                let t = o as! PyType
                if let v = try ClassAttributes.classAttribute(t, name) { return v }
                if let meta = t.metaclass, ClassAttributes.find(meta, name) != nil {
                    return try ClassAttributes.get(v, own: nil, type: meta, name)
                }
                throw PyError.attribute("type object '\(t.qualName)' has no attribute '\(name)'")
            case .exception:
                let e = o as! PyException
                switch name {
                case "args": return .object(PyTuple(e.args))
                case "__cause__": return e.cause.map { .object($0) } ?? .none
                case "__context__": return e.context.map { .object($0) } ?? .none
                case "__suppress_context__": return .bool(e.suppressContext)
                case "__traceback__": return PyTraceback.of(e)
                case "__class__": return .object(e.type)
                case "__dict__": return .object(try exceptionDict(e))
                case "value" where e.type.isSubtype(of: ExceptionTypes.stopIteration) && e.attributes["value"] == nil:
                    return e.args.first ?? .none
                case "errno", "strerror", "filename", "filename2"
                    where e.type.isSubtype(of: ExceptionTypes.osError) && e.attributes[name] == nil:
                    // OSError(errno, strerror[, filename[, winerror[, filename2]]]) names its arguments.
                    let position = ["errno": 0, "strerror": 1, "filename": 2, "filename2": 4][name]!
                    return (2...5).contains(e.args.count) && position < e.args.count ? e.args[position] : .none
                case "code" where e.type.isSubtype(of: ExceptionTypes.systemExit) && e.attributes["code"] == nil:
                    return e.args.count > 1 ? .object(PyTuple(e.args)) : e.args.first ?? .none
                default:
                    let own = name == "hint" || name == "suggestion" ? nil : e.attributes[name]
                    if e.type.isClass { return try ClassAttributes.get(v, own: own, type: e.type, name) }
                    if let own { return own }
                }
            case .native:
                if let instance = o as? PyInstance {
                    let type = instance.type
                    if type.customGetattribute { return try ClassAttributes.hookedGet(v, type, name) }
                    return try instanceGet(instance, name, vm: vm, fallback: true)
                }
                if let s = o as? PySuper { return try ClassAttributes.superAttribute(s, name) }
                if let n = o as? NativeAttributes, let a = try n.attribute(name, vm: vm) { return a }
            case .slice:
                if let a = SliceType.attribute(o as! PySlice, name) { return a }
            case .range:
                if let a = RangeMethods.attribute(o as! PyRange, name) { return a }
            default:
                break
            }
        }
        if name == "__class__" { return .object(TypeOf.type(v)) }
        if let m = TypeOf.type(v).lookupMethod(name) {
            return .object(PyBoundMethod(receiver: v, function: .object(m)))
        }
        if let number = FloatMethods.attribute(v, name) { return number }
        throw ClassAttributes.noAttribute(v, name)
    }

    /// `instance.name` as `object.__getattribute__` finds it, then (with `fallback`) the class's `__getattr__`.
    static func instanceGet(_ instance: PyInstance, _ name: String, vm: VM, fallback: Bool) throws -> Value {
        try instance.perThread?.prepare(instance, vm: vm)
        switch name {
        case "__class__": return .object(instance.type)
        case "__dict__": return .object(instance.attributeDict())
        default:
            let v = Value.object(instance)
            if fallback { return try ClassAttributes.get(v, own: instance.field(name), type: instance.type, name) }
            let own = instance.field(name)
            if let found = try ClassAttributes.instanceAttribute(v, own: own, type: instance.type, name) {
                return found
            }
            throw ClassAttributes.noAttribute(v, name)
        }
    }

    /// An exception's own attributes as a new dict (`__dict__`).
    static func exceptionDict(_ e: PyException) throws -> PyDict {
        let d = PyDict()
        for (k, v) in e.attributes.sorted(by: { $0.key < $1.key }) where !["hint", "suggestion", "name", "obj"].contains(k) {
            try d.set(.str(k), v)
        }
        return d
    }

    static func set(_ target: Value, _ name: String, _ value: Value, vm: VM) throws {
        if case .object(let o) = target {
            switch o.kind {
            case .function:
                try (o as! PyFunction).setAttribute(name, value)
                return
            case .exception:
                let e = o as! PyException
                switch name {
                case "__cause__": e.cause = value.object as? PyException; e.suppressContext = true; return
                case "__context__": e.context = value.object as? PyException; return
                case "args": e.args = try Iteration.materialize(value, vm: vm); return
                default:
                    if e.type.isClass {
                        try ClassAttributes.set(target, type: e.type, name, value) { e.attributes[$0] = $1 }
                    } else {
                        e.attributes[name] = value
                    }
                    return
                }
            case .native:
                if let instance = o as? PyInstance {
                    try instance.perThread?.prepare(instance, vm: vm)
                    try ClassAttributes.set(target, type: instance.type, name, value) { instance.setField($0, $1) }
                    return
                }
                if let n = o as? NativeAttributes, try n.setAttribute(name, value) { return }
            case .module:
                let m = o as! PyModule
                if let i = m.globalNames.firstIndex(of: name), m.attributes[name] == nil {
                    m.globals[i] = value
                } else {
                    m.attributes[name] = value
                }
                return
            case .type:
                let t = o as! PyType
                guard t.isClass else {
                    throw PyError.type("cannot set '\(name)' attribute of immutable type '\(t.name)'")
                }
                switch name {
                case "__name__": t.name = try Arguments.string(value, "__name__")
                case "__qualname__": t.qualifiedNameOverride = try Arguments.string(value, "__qualname__")
                case "__module__": t.moduleName = try Arguments.string(value, "__module__")
                default: t.setClassAttribute(name, value)
                }
                return
            default:
                break
            }
        }
        throw PyError.attribute("'\(TypeOf.name(target))' object has no attribute '\(name)'")
    }

    /// `del target.name`.
    static func delete(_ target: Value, _ name: String) throws {
        if case .object(let o) = target {
            switch o.kind {
            case .native:
                if let instance = o as? PyInstance {
                    try ClassAttributes.delete(target, type: instance.type, name) { instance.removeField($0) }
                    return
                }
                if let local = o as? PyThreadLocal {
                    try local.deleteAttribute(name)
                    return
                }
            case .exception:
                let e = o as! PyException
                try ClassAttributes.genericDelete(target, type: e.type, name) { e.attributes.removeValue(forKey: $0) != nil }
                return
            case .type:
                let t = o as! PyType
                guard t.isClass else {
                    throw PyError.type("cannot delete '\(name)' attribute of immutable type '\(t.name)'")
                }
                guard t.classAttributes?[name] != nil else {
                    throw PyError.attribute("type object '\(t.qualName)' has no attribute '\(name)'")
                }
                t.setClassAttribute(name, nil)
                return
            default:
                break
            }
        }
        throw PyError.attribute("'\(TypeOf.name(target))' object attribute '\(name)' cannot be deleted")
    }

    /// How CPython names a callable in argument errors: `f()` or `print()`.
    static func callableName(_ v: Value) -> String {
        switch v.object {
        case let f as PyFunction: return f.code.qualifiedName + "()"
        case let b as PyBuiltin: return b.qualifiedName + "()"
        case let t as PyType: return t.name + "()"
        default: return TypeOf.name(v) + " object"
        }
    }
}

/// A native object with attributes of its own (beyond its type's methods).
protocol NativeAttributes: AnyObject {
    func attribute(_ name: String, vm: VM) throws -> Value?
    func setAttribute(_ name: String, _ value: Value) throws -> Bool
}

/// Unpacking assignment's item lists and CPython's count errors.
enum Unpacking {
    static func items(_ v: Value, vm: VM) throws -> [Value] {
        if case .object(let o) = v, [.list, .tuple, .str, .dict, .set, .frozenset, .range, .iterator, .native].contains(o.kind) {
            return try Iteration.materialize(v, vm: vm)
        }
        throw PyError.type("cannot unpack non-iterable \(TypeOf.name(v)) object")
    }

    static func countError(expected: Int, got: Int) -> PyError {
        if got > expected { return PyError.value("too many values to unpack (expected \(expected))") }
        return PyError.value("not enough values to unpack (expected \(expected), got \(got))")
    }
}
