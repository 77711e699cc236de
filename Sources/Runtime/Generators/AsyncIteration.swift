/// `async for`, `aiter()`/`anext()`, and how awaiting an async generator's
/// step runs its body (on its own fiber, waiting on the awaiting task's behalf).
enum AsyncIteration {
    static func aiter(_ vm: VM, _ args: [Value], _ kw: KeywordArguments) throws -> Value {
        try Arguments.check("aiter", args, kw, min: 1, max: 1)
        return try asyncIterator(args[0], vm: vm, context: nil)
    }

    static func anext(_ vm: VM, _ args: [Value], _ kw: KeywordArguments) throws -> Value {
        try Arguments.check("anext", args, kw, min: 1, max: 2)
        if let agen = args[0].object as? PyAsyncGenerator {
            return .object(AsyncGeneratorStep(agen, mode: .send(.none), defaultValue: args.count == 2 ? args[1] : nil))
        }
        guard let method = try? Attributes.get(args[0], "__anext__", vm: vm) else {
            throw PyError.type("'\(TypeOf.name(args[0]))' object is not an async iterator")
        }
        if args.count == 2 {
            throw vm.unsupportedAtRunTime("anext() with a default value is supported for async generators only")
        }
        return try vm.call(method, [])
    }

    /// `__aiter__()` of a value (an async generator is its own).
    static func asyncIterator(_ v: Value, vm: VM, context: String?) throws -> Value {
        if v.object is PyAsyncGenerator { return v }
        guard let method = try? Attributes.get(v, "__aiter__", vm: vm) else {
            if let context { throw PyError.type("'\(context)' requires an object with __aiter__ method, got \(TypeOf.name(v))") }
            throw PyError.type("'\(TypeOf.name(v))' object is not an async iterable")
        }
        return try vm.call(method, [])
    }

    /// The awaitable of `__anext__()`.
    static func nextAwaitable(_ v: Value, vm: VM) throws -> Value {
        if let agen = v.object as? PyAsyncGenerator { return .object(AsyncGeneratorStep(agen, mode: .send(.none))) }
        guard let method = try? Attributes.get(v, "__anext__", vm: vm) else {
            throw PyError.type("'async for' received an object from __aiter__ that does not implement __anext__: \(TypeOf.name(v))")
        }
        return try vm.call(method, [])
    }

    /// The methods of async generators.
    static func install() {
        let t = PyAsyncGenerator.type
        func agen(_ v: Value) -> PyAsyncGenerator { v.object as! PyAsyncGenerator }
        t.define("__aiter__") { _, args, _ in args[0] }
        t.define("__anext__") { _, args, _ in .object(AsyncGeneratorStep(agen(args[0]), mode: .send(.none))) }
        t.define("asend") { _, args, kw in
            try Arguments.check("asend", Array(args.dropFirst()), kw, min: 1, max: 1)
            return .object(AsyncGeneratorStep(agen(args[0]), mode: .send(args[1])))
        }
        t.define("athrow") { vm, args, kw in
            try Arguments.check("athrow", Array(args.dropFirst()), kw, min: 1, max: 3)
            let exc = try GeneratorMethods.exception(Array(args.dropFirst()), vm: vm)
            return .object(AsyncGeneratorStep(agen(args[0]), mode: .raise(exc)))
        }
        t.define("aclose") { _, args, kw in
            try Arguments.check("aclose", Array(args.dropFirst()), kw, min: 0, max: 0)
            return .object(AsyncGeneratorStep(agen(args[0]), mode: .close))
        }
    }
}

extension VM {
    /// `getAIter`, `getANext` and `endAsyncFor` on the running fiber.
    func asyncIterationStep(_ op: OpCode) throws {
        let stack = fiber.stack
        let sp = fiber.sp
        switch op {
        case .getAIter:
            stack[sp - 1] = try AsyncIteration.asyncIterator(stack[sp - 1], vm: self, context: "async for")
        case .getANext:
            stack[sp - 1] = try AsyncIteration.nextAwaitable(stack[sp - 1], vm: self)
        default:
            let exc = fiber.stack.take(sp - 1).object as! PyException
            guard exc.type.isSubtype(of: ExceptionTypes.stopAsyncIteration) else { throw Reraise(exception: exc) }
            fiber.blocks.removeLast()
            fiber.handling.removeLast()
            _ = fiber.stack.take(sp - 2)
            fiber.sp = sp - 2
        }
    }

    /// One poll of an async generator step: its value when the body yields or ends, or what it waits for.
    func advance(_ step: AsyncGeneratorStep) throws -> (ready: Bool, value: Value) {
        let agen = step.generator
        let body = agen.body
        if step.done { throw PyError.runtime("cannot reuse already awaited \(step.type === AsyncGeneratorStep.sendType ? "__anext__()/asend()" : "aclose()/athrow()")") }
        let outcome: GeneratorOutcome
        do {
            if step.begun {
                let thrown = step.pendingThrow
                step.pendingThrow = nil
                outcome = try resume(body, throwing: thrown, continuing: true, isAsync: true)
            } else if let exc = step.thrownBeforeStart {
                step.thrownBeforeStart = nil
                step.threwBeforeStart = true
                outcome = try resume(body, throwing: exc, isAsync: true)
            } else {
                if agen.stepRunning, !step.threwBeforeStart {
                    let name: String
                    switch step.mode {
                    case .send: name = "anext(): asynchronous generator is already running"
                    case .raise: name = "athrow(): asynchronous generator is already running"
                    case .close: name = "aclose(): asynchronous generator is already running"
                    }
                    throw PyError.runtime(name)
                }
                step.begun = true
                switch step.mode {
                case .send(let value):
                    if body.finished { throw stopIteration(.none, type: ExceptionTypes.stopAsyncIteration) }
                    outcome = try resume(body, send: value, isAsync: true)
                case .raise(let exc):
                    outcome = try resume(body, throwing: exc, isAsync: true)
                case .close:
                    guard body.started, !body.finished else {
                        body.finished = true
                        step.done = true
                        return (true, .none)
                    }
                    outcome = try resume(body, throwing: PyException(ExceptionTypes.generatorExit, []),
                                         continuing: step.threwBeforeStart, isAsync: true)
                }
            }
        } catch let error as PyError {
            agen.stepRunning = false
            step.done = true
            let t = error.exception.type
            if case .close = step.mode, t.isSubtype(of: ExceptionTypes.generatorExit) || t.isSubtype(of: ExceptionTypes.stopAsyncIteration) {
                return (true, .none)
            }
            if let d = step.defaultValue, t.isSubtype(of: ExceptionTypes.stopAsyncIteration) { return (true, d) }
            throw error
        }
        switch outcome {
        case .awaiting(let value):
            agen.stepRunning = true
            return (false, value)
        case .yielded(let value):
            agen.stepRunning = false
            step.done = true
            if case .close = step.mode { throw PyError.runtime("async generator ignored GeneratorExit") }
            return (true, value)
        case .returned:
            agen.stepRunning = false
            step.done = true
            if case .close = step.mode { return (true, .none) }
            if let d = step.defaultValue { return (true, d) }
            throw stopIteration(.none, type: ExceptionTypes.stopAsyncIteration)
        }
    }

    /// The async generator step a task's fiber waits on, if that is what its innermost `await` awaits.
    func waitingStep(_ taskFiber: Fiber) -> AsyncGeneratorStep? {
        guard let top = taskFiber.frames.last, top.ip < top.code.instructions.count,
              top.code.instructions[top.ip].op == .awaitValue, taskFiber.sp > 0,
              let step = taskFiber.stack[taskFiber.sp - 1].object as? AsyncGeneratorStep, step.begun, !step.done else { return nil }
        return step
    }
}

extension VM {
    /// A run-time refusal in asyncviz's own voice, located at the scenario line running now.
    func unsupportedAtRunTime(_ what: String) -> RunStop {
        RunStop.unsupported(location: "\(source.path):\(max(1, currentLine))", what: what)
    }
}
