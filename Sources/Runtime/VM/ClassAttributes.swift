/// Attribute lookup through classes, as CPython's object model defines it: data descriptors
/// (properties) first, then the instance's own attributes, then the class's (functions bind to the
/// instance, class methods to the class), then `__getattr__`; on classes themselves, the MRO.
enum ClassAttributes {
    /// What an entry of a class namespace (or a builtin type's method) is, looked up through `instance`.
    static func bind(_ entry: Value, builtinMethod: Bool, instance: Value, type: PyType) throws -> Value {
        guard case .object(let o) = entry else { return entry }
        switch o.kind {
        case .function:
            return .object(PyBoundMethod(receiver: instance, function: entry))
        case .builtin where builtinMethod:
            return .object(PyBoundMethod(receiver: BuiltinSubclasses.receiver(entry, instance), function: entry))
        case .native:
            if let s = o as? PyStaticMethod { return s.function }
            if let c = o as? PyClassMethod {
                return .object(PyBoundMethod(receiver: .object(type), function: c.function))
            }
            if let p = o as? PyProperty { return try getProperty(p, instance) }
            if let descriptor = o as? PyInstance, let getter = descriptor.type.lookupClassAttribute("__get__") {
                return try SpecialMethods.invoke(getter, entry, [instance, .object(type)])
            }
        default: break
        }
        return entry
    }

    static func getProperty(_ p: PyProperty, _ instance: Value) throws -> Value {
        if case .none = p.getter {
            throw PyError.attribute("property '\(p.name ?? "?")' of '\(TypeOf.name(instance))' object has no getter")
        }
        guard let vm = SpecialMethods.currentVM else { return .none }
        return try vm.callAside(p.getter, [instance])
    }

    /// The first definition of `name` along `type`'s MRO, and whether it is a builtin type's method.
    static func find(_ type: PyType, _ name: String) -> (value: Value, builtinMethod: Bool)? {
        if let v = type.classAttributes?[name] { return (v, false) }
        if let m = type.methods[name] { return (.object(m), true) }
        for t in type.ancestors {
            if let v = t.classAttributes?[name] { return (v, false) }
            if let m = t.methods[name] { return (.object(m), true) }
        }
        return nil
    }

    /// `instance.name` for an instance of a class whose own attributes are `own` (or, for a subclass of `int`
    /// or `float`, its value's `real`, `imag`, ...); nil when it has none.
    static func instanceAttribute(_ instance: Value, own: Value?, type: PyType, _ name: String) throws -> Value? {
        if let own, !type.hasProperty(name) { return own }
        let found = find(type, name)
        if let found, let p = found.value.object as? PyProperty { return try getProperty(p, instance) }
        if let own { return own }
        if let found {
            return try bind(found.value, builtinMethod: found.builtinMethod, instance: instance, type: type)
        }
        guard let storage = SpecialMethods.baseValue(instance) else { return nil }
        return FloatMethods.attribute(storage, name)
    }

    /// The full lookup on an instance of a class: the generic one, then `__getattr__`, then AttributeError.
    static func get(_ instance: Value, own: Value?, type: PyType, _ name: String) throws -> Value {
        do {
            if let v = try instanceAttribute(instance, own: own, type: type, name) { return v }
            throw noAttribute(instance, name)
        } catch let e as PyError where e.exception.type.isSubtype(of: ExceptionTypes.attributeError) {
            guard let hook = type.lookupClassAttribute("__getattr__") else { throw e }
            return try SpecialMethods.invoke(hook, instance, [.str(name)])
        }
    }

    /// `instance.name` for a class that defines `__getattribute__`: its result, or on AttributeError `__getattr__`'s.
    static func hookedGet(_ instance: Value, _ type: PyType, _ name: String) throws -> Value {
        guard let hook = type.lookupClassAttribute("__getattribute__") else { throw noAttribute(instance, name) }
        do {
            return try SpecialMethods.invoke(hook, instance, [.str(name)])
        } catch let e as PyError where e.exception.type.isSubtype(of: ExceptionTypes.attributeError) {
            guard let fallback = type.lookupClassAttribute("__getattr__") else { throw e }
            return try SpecialMethods.invoke(fallback, instance, [.str(name)])
        }
    }

    static func noAttribute(_ v: Value, _ name: String) -> PyError {
        let e = PyException(ExceptionTypes.attributeError, "'\(TypeOf.name(v))' object has no attribute '\(name)'")
        e.attributes["name"] = .str(name)
        e.attributes["obj"] = v
        return PyError(e)
    }

    /// `instance.name = value`: a property's setter, `__setattr__`, or the instance's own attributes.
    static func set(_ instance: Value, type: PyType, _ name: String, _ value: Value,
                    store: (String, Value) throws -> Void) throws {
        if type.customSetattr, let hook = type.lookupClassAttribute("__setattr__") {
            _ = try SpecialMethods.invoke(hook, instance, [.str(name), value])
            return
        }
        try genericSet(instance, type: type, name, value, store: store)
    }

    /// `object.__setattr__`.
    static func genericSet(_ instance: Value, type: PyType, _ name: String, _ value: Value,
                           store: (String, Value) throws -> Void) throws {
        if type.hasProperty(name),
           let p = find(type, name)?.value.object as? PyProperty {
            if case .none = p.setter {
                throw PyError.attribute("property '\(p.name ?? name)' of '\(type.name)' object has no setter")
            }
            _ = try SpecialMethods.invoke(p.setter, instance, [value])
            return
        }
        if let allowed = type.instanceSlots, !allowed.contains(name) {
            if find(type, name) != nil {
                throw PyError.attribute("'\(type.name)' object attribute '\(name)' is read-only")
            }
            throw noAttribute(instance, name)
        }
        try store(name, value)
    }

    /// `del instance.name`: a property's deleter, `__delattr__`, or the instance's own attribute.
    static func delete(_ instance: Value, type: PyType, _ name: String, remove: (String) -> Bool) throws {
        if let hook = type.lookupClassAttribute("__delattr__") {
            _ = try SpecialMethods.invoke(hook, instance, [.str(name)])
            return
        }
        try genericDelete(instance, type: type, name, remove: remove)
    }

    static func genericDelete(_ instance: Value, type: PyType, _ name: String, remove: (String) -> Bool) throws {
        if let found = find(type, name), let p = found.value.object as? PyProperty {
            if case .none = p.deleter {
                throw PyError.attribute("property '\(p.name ?? name)' of '\(type.name)' object has no deleter")
            }
            _ = try SpecialMethods.invoke(p.deleter, instance, [])
            return
        }
        if !remove(name) { throw noAttribute(instance, name) }
    }

    // MARK: classes

    /// `cls.name`: the MRO's entry (functions as they are, class methods bound to `cls`), or metadata.
    static func classAttribute(_ cls: PyType, _ name: String) throws -> Value? {
        switch name {
        case "__name__": return .str(cls.name)
        case "__qualname__": return .str(cls.qualName)
        case "__module__": return .str(cls.moduleName)
        case "__mro__": return .object(PyTuple(cls.mro.map { .object($0) }))
        case "__bases__": return .object(PyTuple(cls.directBases.map { .object($0) }))
        case "__base__": return cls.base.map { .object($0) } ?? .none
        case "__class__": return .object(BuiltinTypes.type)
        case "__dict__":
            let d = PyDict()
            for key in cls.attributeOrder { if let v = cls.classAttributes?[key] { try d.set(.str(key), v) } }
            for (key, m) in cls.methods.sorted(by: { $0.key < $1.key }) { try d.set(.str(key), .object(m)) }
            return .object(PyMappingProxy(d))
        case "__doc__" where !cls.isClass: return .none
        default: break
        }
        guard let found = find(cls, name) else { return nil }
        if case .object(let o) = found.value, o.kind == .native {
            if let s = o as? PyStaticMethod { return s.function }
            if let c = o as? PyClassMethod {
                return .object(PyBoundMethod(receiver: .object(cls), function: c.function))
            }
            if let descriptor = o as? PyInstance, let getter = descriptor.type.lookupClassAttribute("__get__") {
                return try SpecialMethods.invoke(getter, found.value, [.none, .object(cls)])
            }
        }
        return found.value
    }

    // MARK: super

    /// `super().name`: the MRO of the object's type after `thisClass`.
    static func superAttribute(_ s: PySuper, _ name: String) throws -> Value {
        let order = s.startType.mro
        let start = (order.firstIndex { $0 === s.thisClass } ?? order.count - 1) + 1
        let objectIsClass = (s.object.object as? PyType) === s.startType && s.object.object?.kind == .type
        for t in order[start...] {
            var entry: Value?
            var builtin = false
            if let v = t.classAttributes?[name] { entry = v } else if let m = t.methods[name] {
                entry = .object(m); builtin = true
            }
            guard let v = entry else { continue }
            if objectIsClass {
                if let c = v.object as? PyClassMethod {
                    return .object(PyBoundMethod(receiver: s.object, function: c.function))
                }
                if let st = v.object as? PyStaticMethod { return st.function }
                if builtin, name == "__init_subclass__" {
                    return .object(PyBoundMethod(receiver: s.object, function: v))
                }
                return v
            }
            return try bind(v, builtinMethod: builtin, instance: s.object, type: s.startType)
        }
        if name == "__class__" { return .object(DescriptorTypes.superType) }
        throw PyError.attribute("'super' object has no attribute '\(name)'")
    }
}
