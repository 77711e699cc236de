/// The methods every class inherits from `object` and exception classes from `BaseException`,
/// which `super()` and explicit calls (`object.__setattr__(self, ...)`) reach.
enum ObjectMethods {
    static func install() {
        let o = BuiltinTypes.object
        o.define("__init__") { _, args, kw in
            if args.count > 1 || !kw.isEmpty {
                let t = TypeOf.type(args[0])
                if t.lookupClassAttribute("__new__") == nil || t.lookupClassAttribute("__init__") != nil {
                    throw PyError.type("object.__init__() takes exactly one argument (the instance to initialize)")
                }
            }
            return .none
        }
        o.define("__new__") { vm, args, _ in
            guard let t = args.first?.object as? PyType else {
                throw PyError.type("object.__new__(X): X is not a type object")
            }
            guard t.isClass else {
                throw PyError.type("object.__new__(\(t.name)) is not safe, use \(t.name).__new__()")
            }
            return try vm.rawInstance(t, Array(args.dropFirst()))
        }
        o.define("__repr__") { _, args, _ in
            if let instance = args[0].object as? PyInstance { return .str(instance.defaultRepr) }
            return .str(Repr.repr(args[0]))
        }
        o.define("__str__") { _, args, _ in .str(Repr.repr(args[0])) }
        o.define("__format__") { _, args, kw in
            try Arguments.check("__format__", Array(args.dropFirst()), kw, min: 1, max: 1)
            let spec = try Arguments.string(args[1], "format_spec")
            if !spec.isEmpty {
                throw PyError.type("unsupported format string passed to \(TypeOf.name(args[0])).__format__")
            }
            return .str(Repr.str(args[0]))
        }
        o.define("__eq__") { _, args, _ in
            guard args.count == 2 else { throw PyError.type("expected 1 argument, got \(args.count - 1)") }
            return Equality.identical(args[0], args[1]) ? .bool(true) : .object(NotImplementedValue.instance)
        }
        o.define("__ne__") { _, args, _ in
            guard args.count == 2 else { throw PyError.type("expected 1 argument, got \(args.count - 1)") }
            return Equality.identical(args[0], args[1]) ? .bool(false) : .object(NotImplementedValue.instance)
        }
        o.define("__hash__") { _, args, _ in
            guard let obj = args[0].object else { return .int(try Hashing.hash(args[0])) }
            if obj.serial == 0 { obj.serial = Repr.identities?.nextSerial() ?? Hashing.fallbackSerial() }
            return .int((obj.serial &* 0x61C8_8646_80B5_83EB) >> 4 | 1)
        }
        o.define("__getattribute__") { vm, args, kw in
            try Arguments.check("__getattribute__", Array(args.dropFirst()), kw, min: 1, max: 1)
            let name = try Arguments.string(args[1], "attribute name")
            if let instance = args[0].object as? PyInstance {
                return try Attributes.instanceGet(instance, name, vm: vm, fallback: false)
            }
            return try Attributes.get(args[0], name, vm: vm)
        }
        o.define("__setattr__") { vm, args, kw in
            try Arguments.check("__setattr__", Array(args.dropFirst()), kw, min: 2, max: 2)
            let name = try Arguments.string(args[1], "attribute name")
            if let instance = args[0].object as? PyInstance {
                try ClassAttributes.genericSet(args[0], type: instance.type, name, args[2]) {
                    instance.setField($0, $1)
                }
                return .none
            }
            try Attributes.set(args[0], name, args[2], vm: vm)
            return .none
        }
        o.define("__delattr__") { _, args, kw in
            try Arguments.check("__delattr__", Array(args.dropFirst()), kw, min: 1, max: 1)
            let name = try Arguments.string(args[1], "attribute name")
            if let instance = args[0].object as? PyInstance {
                try ClassAttributes.genericDelete(args[0], type: instance.type, name) { instance.removeField($0) }
                return .none
            }
            try Attributes.delete(args[0], name)
            return .none
        }
        o.define("__init_subclass__") { _, _, kw in
            if let first = kw.first {
                throw PyError.type("__init_subclass__() takes no keyword arguments (got '\(first.name)')")
            }
            return .none
        }
        installExceptionMethods()
    }

    static func installExceptionMethods() {
        let e = ExceptionTypes.baseException
        e.define("__init__") { _, args, _ in
            if let exception = args[0].object as? PyException { exception.args = Array(args.dropFirst()) }
            return .none
        }
        e.define("__new__") { vm, args, _ in
            guard let t = args.first?.object as? PyType, t.isExceptionType else {
                throw PyError.type("BaseException.__new__(X): X is not a type object")
            }
            return try vm.rawInstance(t, Array(args.dropFirst()))
        }
        e.define("__str__") { _, args, _ in
            guard let exception = args[0].object as? PyException else { return .str(Repr.str(args[0])) }
            return .str(Repr.builtinExceptionStr(exception))
        }
        e.define("__repr__") { _, args, _ in
            guard let exception = args[0].object as? PyException else { return .str(Repr.repr(args[0])) }
            return .str(Repr.builtinExceptionRepr(exception))
        }
    }
}
