/// Making a class from a namespace, as a `class` statement and `type(name, bases, dict)` do:
/// the C3 method resolution order, implicit static and class methods, `__hash__` cleared by
/// `__eq__`, `__slots__`, then `__set_name__` and the parent's `__init_subclass__`.
extension ClassCreation {
    /// `class Color(str, Enum)`: the value type of an enum (str, int or float), which the class records as
    /// `_value_type_` so that its members are made as instances of it and take its behaviour.
    static func isEnumMixin(_ t: PyType, _ bases: [Value]) -> Bool {
        let valueTypes = [BuiltinTypes.str, BuiltinTypes.int, BuiltinTypes.float]
        guard valueTypes.contains(where: { $0 === t }) else { return false }
        return bases.contains { ($0.object as? PyType)?.lookupClassAttribute("_member_names_") != nil }
    }
}

extension VM {
    func makeClass(_ name: String, namespace: PyDict, bases: [Value], module: PyModule,
                   keywords: KeywordArguments = []) throws -> PyType {
        var baseTypes: [PyType] = []
        for b in bases {
            guard let t = b.object as? PyType else {
                throw PyError.type("bases must be types")
            }
            if ClassCreation.isEnumMixin(t, bases) {
                try namespace.set(.str("_value_type_"), b)
            }
            if !t.isClass, !ClassCreation.subclassable(t) {
                throw PyError.type("type '\(t.name)' is not an acceptable base type")
            }
            baseTypes.append(t)
        }
        for (i, t) in baseTypes.enumerated() where baseTypes[..<i].contains(where: { $0 === t }) {
            throw PyError.type("duplicate base class \(t.name)")
        }
        let explicitBases = baseTypes
        if baseTypes.isEmpty { baseTypes = [BuiltinTypes.object] }
        let order = try ClassCreation.linearize(baseTypes)
        let moduleName = try namespace.get(.str("__module__"))?.asStr?.value ?? module.name
        let cls = PyType(className: name, bases: baseTypes, mro: order, module: moduleName)
        if explicitBases.isEmpty { cls.bases = [BuiltinTypes.object] }
        var classCell: PyCell?
        var attributes: [String: Value] = [:]
        var attributeOrder: [String] = []
        for (k, v) in namespace.entries {
            guard let key = k.asStr?.value else { continue }
            switch key {
            case "__classcell__": classCell = v.object as? PyCell; continue
            case "__qualname__":
                guard let q = v.asStr else {
                    throw PyError.type("type __qualname__ must be a str, not \(TypeOf.name(v))")
                }
                cls.qualifiedNameOverride = q.value
                continue
            default: break
            }
            var value = v
            if (key == "__init_subclass__" || key == "__class_getitem__"), v.object?.kind == .function {
                value = .object(PyClassMethod(v))
            }
            if key == "__new__", v.object?.kind == .function { value = .object(PyStaticMethod(v)) }
            if attributes[key] == nil { attributeOrder.append(key) }
            attributes[key] = value
        }
        if attributes["__eq__"] != nil, attributes["__hash__"] == nil {
            attributes["__hash__"] = Value.none
            attributeOrder.append("__hash__")
        }
        if attributes["__doc__"] == nil {
            attributes["__doc__"] = Value.none
            attributeOrder.append("__doc__")
        }
        if let slots = attributes["__slots__"] {
            if let single = slots.asStr {
                cls.slots = [single.value]
            } else {
                cls.slots = try Iteration.materialize(slots, vm: self).compactMap { $0.asStr?.value }
            }
        }
        cls.classAttributes = attributes
        cls.attributeOrder = attributeOrder
        cls.instanceSlots = ClassCreation.slotNames(cls)
        for t in cls.mro where t.isClass {
            for (key, value) in t.classAttributes ?? [:] where value.object is PyProperty {
                cls.noteProperty(key)
            }
            if t.classAttributes?["__setattr__"] != nil { cls.customSetattr = true }
            if t.classAttributes?["__getattribute__"] != nil { cls.customGetattribute = true }
        }
        classCell?.value = .object(cls)
        for key in attributeOrder {
            guard let value = attributes[key] else { continue }
            if let p = value.object as? PyProperty, p.name == nil { p.name = key }
            if let setName = SpecialMethods.typeSpecial(value, "__set_name__") {
                _ = try callSpecialMethod(setName, value, [.object(cls), .str(key)])
            }
        }
        if !cls.ancestors.isEmpty {
            let hook = cls.ancestors.lazy.compactMap { $0.classAttributes?["__init_subclass__"] }.first
            if let f = hook?.object as? PyClassMethod {
                _ = try call(f.function, [.object(cls)], keywords)
            } else if !keywords.isEmpty {
                throw PyError.type("\(name).__init_subclass__() takes no keyword arguments")
            }
        }
        return cls
    }
}

/// The pure parts of making a class: which builtin types may be bases, and the C3 linearization.
enum ClassCreation {
    /// The builtin types a class may derive from (those whose instances asyncviz can extend).
    static func subclassable(_ t: PyType) -> Bool {
        t === BuiltinTypes.object || t.isExceptionType || t === BuiltinTypes.dict || t === BuiltinTypes.list
            || t === PyThreadLocal.type || t === BuiltinTypes.type || t === BuiltinTypes.set
            || BuiltinSubclasses.valueTypes.contains { $0 === t }
    }

    /// The names instances of `type` may hold when every class of its MRO declares `__slots__`.
    static func slotNames(_ type: PyType) -> Set<String>? {
        var names: Set<String> = []
        for t in type.mro where t.isClass {
            guard let s = t.slots else { return nil }
            names.formUnion(s)
        }
        return names.contains("__dict__") ? nil : names
    }

    /// The MRO after the class itself: C3 merge of the bases' MROs and the bases list.
    static func linearize(_ bases: [PyType]) throws -> [PyType] {
        var sequences = bases.map(\.mro) + [bases]
        var result: [PyType] = []
        while true {
            sequences.removeAll { $0.isEmpty }
            if sequences.isEmpty { return result }
            var chosen: PyType?
            for seq in sequences {
                let candidate = seq[0]
                let inTail = sequences.contains { s in s.dropFirst().contains { $0 === candidate } }
                if !inTail {
                    chosen = candidate
                    break
                }
            }
            guard let next = chosen else {
                var names: [String] = []
                for seq in sequences where !names.contains(seq[0].name) { names.append(seq[0].name) }
                let listed = names.joined(separator: ", ")
                throw PyError.type("Cannot create a consistent method resolution\norder (MRO) for bases \(listed)")
            }
            result.append(next)
            for i in sequences.indices where sequences[i].first === next { sequences[i].removeFirst() }
        }
    }
}
