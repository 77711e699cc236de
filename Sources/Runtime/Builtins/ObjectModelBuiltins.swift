/// The builtins of the object model: attribute access by name, `super`, `type` with three
/// arguments, the descriptor constructors, `issubclass`, `vars` and `dir`.
enum ObjectModelBuiltins {
    static let functions: [(String, PyBuiltin.Body)] = [
        ("getattr", { vm, args, kw in
            try Arguments.check("getattr", args, kw, min: 2, max: 3)
            let name = try attributeName(args[1])
            do {
                return try Attributes.get(args[0], name, vm: vm)
            } catch let e as PyError
                        where args.count == 3 && e.exception.type.isSubtype(of: ExceptionTypes.attributeError) {
                return args[2]
            }
        }),
        ("setattr", { vm, args, kw in
            try Arguments.check("setattr", args, kw, min: 3, max: 3)
            try Attributes.set(args[0], try attributeName(args[1]), args[2], vm: vm)
            return .none
        }),
        ("delattr", { _, args, kw in
            try Arguments.check("delattr", args, kw, min: 2, max: 2)
            try Attributes.delete(args[0], try attributeName(args[1]))
            return .none
        }),
        ("hasattr", { vm, args, kw in
            try Arguments.check("hasattr", args, kw, min: 2, max: 2)
            let name = try attributeName(args[1])
            do {
                _ = try Attributes.get(args[0], name, vm: vm)
                return .bool(true)
            } catch let e as PyError where e.exception.type.isSubtype(of: ExceptionTypes.attributeError) {
                return .bool(false)
            }
        }),
        ("issubclass", { _, args, kw in
            try Arguments.check("issubclass", args, kw, min: 2, max: 2)
            guard let t = args[0].object as? PyType else { throw PyError.type("issubclass() arg 1 must be a class") }
            return .bool(try isSubclass(t, args[1]))
        }),
        ("vars", { vm, args, kw in
            try Arguments.check("vars", args, kw, min: 0, max: 1)
            if args.isEmpty { return .object(NamespaceBuiltins.locals(vm)) }
            switch args[0].object {
            case let instance as PyInstance: return .object(instance.attributeDict())
            case let t as PyType: return try ClassAttributes.classAttribute(t, "__dict__") ?? .none
            case let e as PyException: return .object(try Attributes.exceptionDict(e))
            default: throw PyError.type("vars() argument must have __dict__ attribute")
            }
        }),
        ("dir", { vm, args, kw in
            try Arguments.check("dir", args, kw, min: 0, max: 1)
            if args.isEmpty {
                let names = NamespaceBuiltins.locals(vm).entries.compactMap { $0.key.asStr?.value }
                return .object(PyList(names.sorted().map { .str($0) }))
            }
            return .object(PyList(directory(args[0]).sorted().map { .str($0) }))
        }),
    ]

    static let makeSuper: PyBuiltin.Body = { _, args, kw in
        try Arguments.check("super", args, kw, min: 0, max: 2)
        if args.isEmpty { throw PyError.runtime("super(): no arguments") }
        guard let thisClass = args[0].object as? PyType else {
            throw PyError.type("super() argument 1 must be a type, not \(TypeOf.name(args[0]))")
        }
        guard args.count == 2 else { throw PyError.runtime("asyncviz scenarios call super() with no arguments or two") }
        let object = args[1]
        if let t = object.object as? PyType, t.isSubtype(of: thisClass) {
            return .object(PySuper(thisClass: thisClass, object: object, startType: t))
        }
        guard TypeOf.type(object).isSubtype(of: thisClass) else {
            throw PyError.type("super(type, obj): obj must be an instance or subtype of type")
        }
        return .object(PySuper(thisClass: thisClass, object: object, startType: TypeOf.type(object)))
    }

    static func attributeName(_ v: Value) throws -> String {
        guard let s = v.asStr else { throw PyError.type("attribute name must be string, not '\(TypeOf.name(v))'") }
        return s.value
    }

    static func isSubclass(_ t: PyType, _ spec: Value) throws -> Bool {
        if let c = spec.object as? PyType {
            // A metaclass's `__subclasscheck__` decides alone, as in CPython (no shortcut for `issubclass(C, C)`).
            if let answer = try ClassHooks.isSubclass(t, c, metaclassOnly: true) { return answer }
            return try t.isSubtype(of: c) || ClassHooks.isSubclass(t, c) ?? false
        }
        if let tuple = spec.asTuple {
            for item in tuple.items where try isSubclass(t, item) { return true }
            return false
        }
        throw PyError.type("issubclass() arg 2 must be a class, a tuple of classes, or a union")
    }

    /// The names `dir()` lists: a module's attributes and globals; otherwise the object's own attributes and
    /// those of its class and the class's bases.
    static func directory(_ v: Value) -> Set<String> {
        if let m = v.object as? PyModule {
            return Set(m.attributes.keys).union(LibraryModule.ownGlobals(m)).union(["__name__"])
        }
        var names: Set<String> = []
        let cls: PyType
        if let t = v.object as? PyType {
            cls = t
            names.formUnion(["__name__", "__qualname__", "__module__", "__mro__", "__bases__"])
        } else {
            cls = TypeOf.type(v)
            names.insert("__class__")
            if let instance = v.object as? PyInstance { names.formUnion(instance.fieldOrder) }
            if let e = v.object as? PyException {
                names.formUnion(e.attributes.keys.filter { $0 != "hint" && $0 != "suggestion" })
            }
        }
        for t in cls.mro {
            names.formUnion(t.attributeOrder)
            names.formUnion(t.methods.keys)
        }
        return names
    }

    /// The constructors of the descriptor types and `type(name, bases, dict)`.
    static func installConstructors() {
        DescriptorTypes.property.constructor = { _, args, kw in
            let names = ["fget", "fset", "fdel", "doc"]
            if args.count > 4 { throw PyError.type("property() takes at most 4 arguments (\(args.count) given)") }
            var values = args + [Value](repeating: .none, count: 4 - args.count)
            for (name, value) in kw {
                guard let i = names.firstIndex(of: name) else {
                    throw PyError.type("property() got an unexpected keyword argument '\(name)'")
                }
                values[i] = value
            }
            return .object(PyProperty(getter: values[0], setter: values[1], deleter: values[2], doc: values[3]))
        }
        DescriptorTypes.property.define("getter") { _, args, kw in
            try Arguments.check("getter", Array(args.dropFirst()), kw, min: 1, max: 1)
            return .object(try property(args[0]).replacing(getter: args[1]))
        }
        DescriptorTypes.property.define("setter") { _, args, kw in
            try Arguments.check("setter", Array(args.dropFirst()), kw, min: 1, max: 1)
            return .object(try property(args[0]).replacing(setter: args[1]))
        }
        DescriptorTypes.property.define("deleter") { _, args, kw in
            try Arguments.check("deleter", Array(args.dropFirst()), kw, min: 1, max: 1)
            return .object(try property(args[0]).replacing(deleter: args[1]))
        }
        DescriptorTypes.superType.constructor = makeSuper
        DescriptorTypes.staticMethod.constructor = { _, args, kw in
            try Arguments.check("staticmethod", args, kw, min: 1, max: 1)
            return .object(PyStaticMethod(args[0]))
        }
        DescriptorTypes.classMethod.constructor = { _, args, kw in
            try Arguments.check("classmethod", args, kw, min: 1, max: 1)
            return .object(PyClassMethod(args[0]))
        }
        BuiltinTypes.type.constructor = { vm, args, kw in
            if args.count == 1 && kw.isEmpty { return .object(TypeOf.type(args[0])) }
            guard args.count == 3 else { throw PyError.type("type() takes 1 or 3 arguments") }
            guard let name = args[0].asStr else {
                throw PyError.type("type.__new__() argument 1 must be str, not \(TypeOf.name(args[0]))")
            }
            guard let bases = args[1].asTuple else {
                throw PyError.type("type.__new__() argument 2 must be tuple, not \(TypeOf.name(args[1]))")
            }
            guard let namespace = args[2].asDict else {
                throw PyError.type("type.__new__() argument 3 must be dict, not \(TypeOf.name(args[2]))")
            }
            let copy = PyDict()
            if try namespace.get(.str("__module__")) == nil {
                try copy.set(.str("__module__"), .str(vm.mainModule.name))
            }
            for (k, v) in namespace.entries { try copy.set(k, v) }
            return .object(try vm.makeClass(name.value, namespace: copy, bases: bases.items, module: vm.mainModule))
        }
        BuiltinTypes.object.constructor = { vm, args, kw in
            if !args.isEmpty || !kw.isEmpty { throw PyError.type("object() takes no arguments") }
            return .object(PyInstance(type: BuiltinTypes.object, vm: vm))
        }
        BuiltinTypes.object.instanceSlots = []
    }

    static func property(_ v: Value) throws -> PyProperty {
        guard let p = v.object as? PyProperty else { throw PyError.type("descriptor requires a 'property' object") }
        return p
    }
}
