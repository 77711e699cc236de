/// The methods of generator objects: `send`, `throw`, `close`, `__next__`, `__iter__`.
enum GeneratorMethods {
    static func install() {
        let t = PyIterator.types["generator"]!
        func body(_ v: Value) -> (PyIterator, GeneratorBody)? {
            guard let it = v.object as? PyIterator, case .generator(let b) = it.source else { return nil }
            return (it, b)
        }
        func finish(_ vm: VM, _ it: PyIterator, _ outcome: VM.GeneratorOutcome) throws -> Value {
            switch outcome {
            case .yielded(let v), .awaiting(let v): return v
            case .returned(let r):
                it.exhausted = true
                throw vm.stopIteration(r)
            }
        }
        t.define("send") { vm, args, kw in
            try Arguments.check("send", Array(args.dropFirst()), kw, min: 1, max: 1)
            guard let (it, b) = body(args[0]) else { throw PyError.type("descriptor 'send' requires a generator") }
            return try finish(vm, it, try vm.resume(b, send: args[1]))
        }
        t.define("__next__") { vm, args, kw in
            try Arguments.check("__next__", Array(args.dropFirst()), kw, min: 0, max: 0)
            guard let (it, b) = body(args[0]) else { throw PyError.type("descriptor '__next__' requires a generator") }
            return try finish(vm, it, try vm.resume(b))
        }
        t.define("__iter__") { _, args, _ in args[0] }
        t.define("throw") { vm, args, kw in
            try Arguments.check("throw", Array(args.dropFirst()), kw, min: 1, max: 3)
            guard let (it, b) = body(args[0]) else { throw PyError.type("descriptor 'throw' requires a generator") }
            let exc = try exception(Array(args.dropFirst()), vm: vm)
            return try finish(vm, it, try vm.resume(b, throwing: exc))
        }
        t.define("close") { vm, args, kw in
            try Arguments.check("close", Array(args.dropFirst()), kw, min: 0, max: 0)
            guard let (it, b) = body(args[0]) else { throw PyError.type("descriptor 'close' requires a generator") }
            try vm.close(b)
            it.exhausted = true
            return .none
        }
        AsyncIteration.install()
    }

    /// The exception of `throw(type[, value])` or `throw(instance)`.
    static func exception(_ args: [Value], vm: VM) throws -> PyException {
        if let e = args[0].object as? PyException {
            if args.count > 1, !args[1].isNoneValue {
                throw PyError.type("instance exception may not have a separate value")
            }
            return e
        }
        if let t = args[0].object as? PyType, t.isExceptionType {
            let value = args.count > 1 ? args[1] : .none
            if let e = value.object as? PyException, e.type.isSubtype(of: t) { return e }
            let made = try vm.call(args[0], value.isNoneValue ? [] : [value])
            guard let e = made.object as? PyException else {
                throw PyError.type("calling \(t.name) should have returned an instance of BaseException")
            }
            return e
        }
        throw PyError.type("exceptions must be classes or instances deriving from BaseException, not \(TypeOf.name(args[0]))")
    }
}
