/// Calling a class: `__new__` makes the instance (an exception for exception classes), then
/// `__init__` initialises it, with CPython's errors for arguments nobody takes.
extension VM {
    func instantiate(_ t: PyType, _ args: [Value], _ kwargs: KeywordArguments) throws -> Value {
        try ClassHooks.checkAbstract(t)
        let instance: Value
        var customNew = false
        if let s = t.lookupClassAttribute("__new__")?.object as? PyStaticMethod {
            customNew = true
            instance = try call(s.function, [.object(t)] + args, kwargs)
            guard TypeOf.type(instance).isSubtype(of: t) else { return instance }
        } else if t.isSubtype(of: BuiltinTypes.type) {
            instance = try newClass(t, args, kwargs)
        } else if let base = BuiltinSubclasses.valueBase(t), let make = base.constructor {
            customNew = true
            instance = .object(subclassInstance(t, storage: try make(self, args, kwargs)))
        } else {
            instance = try rawInstance(t, args)
        }
        if let object = instance.object as? PyInstance, t.isSubtype(of: PyThreadLocal.type) {
            object.perThread = ThreadFields(machine: machine, arguments: args, keywords: kwargs)
        }
        let initializer = t.lookupClassAttribute("__init__") ?? SpecialMethods.storageSpecial(instance, "__init__")
        if let initializer, !(initializer.object is PyBuiltin) || (instance.object as? PyInstance)?.storage != nil {
            let r = initializer.object?.kind == .function
                ? try call(initializer, [instance] + args, kwargs)
                : try callSpecialMethod(initializer, instance, args, kwargs)
            guard case .none = r else { throw PyError.type("__init__() should return None, not '\(TypeOf.name(r))'") }
        } else if t.isExceptionType {
            if !kwargs.isEmpty { throw PyError.type("\(t.name)() takes no keyword arguments") }
        } else if (!args.isEmpty || !kwargs.isEmpty) && !customNew && !t.isSubtype(of: BuiltinTypes.type) {
            throw PyError.type("\(t.name)() takes no arguments")
        }
        return instance
    }

    /// `object.__new__(cls)` (or `BaseException.__new__(cls, *args)`): an instance with no attributes yet.
    func rawInstance(_ t: PyType, _ args: [Value]) throws -> Value {
        if t.isExceptionType {
            let group = ExceptionTypes.baseExceptionGroup
            if t.isSubtype(of: group), let make = group.constructor {
                return try make(self, [.object(t)] + args, [])
            }
            return .object(PyException(t, args))
        }
        let object = PyInstance(type: t, vm: self)
        object.eventId = nextId()
        object.storage = BuiltinSubclasses.emptyValue(t)
        return .object(object)
    }
}
