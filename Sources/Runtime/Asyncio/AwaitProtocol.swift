/// `await` on an object whose class defines `__await__`: the iterator it returns is driven on the awaiting
/// task's behalf, as CPython's `yield from` over it. A yielded future makes the task wait for it, a bare
/// `yield` gives the loop one turn, and the iterator's return value is the `await`'s value. Futures and
/// coroutines have `__await__` too, so `yield from fut.__await__()` and `return coro.__await__()` work.
final class AwaitIteration: PyNativeObject {
    static let type = PyType("await_iteration", base: BuiltinTypes.object)

    let iterator: Value
    /// An exception thrown into the awaiting task while the iterator waits (a cancellation).
    var pendingThrow: PyException?

    init(_ iterator: Value) {
        self.iterator = iterator
        super.init(type: AwaitIteration.type)
    }
}

/// What `Future.__await__()` returns: yields the future while it is pending, then stops with its result.
final class FutureIterator: PyNativeObject, CustomReprObject {
    static let type: PyType = {
        let t = PyType("FutureIter", base: BuiltinTypes.object, module: "_asyncio")
        t.define("__iter__") { _, args, _ in args[0] }
        t.define("__next__") { vm, args, _ in try (args[0].object as! FutureIterator).step(vm) }
        t.define("send") { vm, args, kw in
            try Arguments.check("send", Array(args.dropFirst()), kw, min: 1, max: 1)
            return try (args[0].object as! FutureIterator).step(vm)
        }
        t.define("throw") { _, args, kw in
            try Arguments.check("throw", Array(args.dropFirst()), kw, min: 1, max: 3)
            if let e = args[1].object as? PyException { throw PyError(e) }
            if let type = args[1].object as? PyType { throw PyError(PyException(type, [])) }
            throw PyError.type("exceptions must derive from BaseException")
        }
        t.define("close") { _, _, _ in .none }
        return t
    }()

    let future: PyFuture
    private var yielded = false

    init(_ future: PyFuture) {
        self.future = future
        super.init(type: FutureIterator.type)
    }

    var pythonRepr: String { "<_asyncio.FutureIter object at \(Repr.address(self))>" }

    func step(_ vm: VM) throws -> Value {
        if future.isDone { throw vm.stopIteration(try future.resultOrRaise()) }
        guard !yielded else { throw PyError.runtime("await wasn't used with future") }
        yielded = true
        future.blocking = true
        return .object(future)
    }
}

/// What `coroutine.__await__()` returns: awaiting it awaits the coroutine. Driving it by hand (`next`,
/// `send`) is not something asyncviz's coroutines can do, and says so.
final class CoroutineWrapper: PyNativeObject, CustomReprObject {
    static let type: PyType = {
        let t = PyType("coroutine_wrapper", base: BuiltinTypes.object)
        for name in ["__next__", "send", "throw"] {
            t.define(name) { vm, _, _ in
                throw vm.unsupportedAtRunTime("driving a coroutine's __await__() iterator by hand (use await)")
            }
        }
        t.define("__iter__") { _, args, _ in args[0] }
        return t
    }()

    let coroutine: PyCoroutine

    init(_ coroutine: PyCoroutine) {
        self.coroutine = coroutine
        super.init(type: CoroutineWrapper.type)
    }

    var pythonRepr: String { "<coroutine_wrapper object at \(Repr.address(self))>" }
}

extension VM {
    /// What `await v` awaits: `v` itself, or for an object with `__await__` the iterator it returns.
    func awaitable(_ v: Value) throws -> Value {
        switch v.object {
        case let coroutine as PyCoroutine:
            if coroutine.claimed { throw PyError.runtime("cannot reuse already awaited coroutine") }
            return v
        case is PyFuture, is YieldOnce, is AsyncGeneratorStep:
            return v
        default:
            guard let method = SpecialMethods.typeSpecial(v, "__await__") else {
                throw PyError.type("object \(TypeOf.name(v)) can't be used in 'await' expression")
            }
            let iterator = try SpecialMethods.invoke(method, v, [])
            if let wrapper = iterator.object as? CoroutineWrapper { return try awaitable(.object(wrapper.coroutine)) }
            if iterator.object is PyCoroutine { throw PyError.type("__await__() returned a coroutine") }
            let isIterator = iterator.object is PyIterator || SpecialMethods.typeSpecial(iterator, "__next__") != nil
                || iterator.object is FutureIterator
            guard isIterator else {
                throw PyError.type("__await__() returned non-iterator of type '\(TypeOf.name(iterator))'")
            }
            return .object(AwaitIteration(iterator))
        }
    }

    /// One poll of an `__await__` iterator: its return value, or the future (or None) it yields to the task.
    func advance(_ iteration: AwaitIteration) throws -> (ready: Bool, value: Value) {
        let outcome: GeneratorOutcome
        if let thrown = iteration.pendingThrow {
            iteration.pendingThrow = nil
            guard let result = try throwInto(iteration.iterator, thrown) else { throw PyError(thrown) }
            outcome = result
        } else {
            outcome = try delegateSend(iteration.iterator, .none)
        }
        switch outcome {
        case .yielded(let value), .awaiting(let value): return (false, value)
        case .returned(let value): return (true, value)
        }
    }

    /// The `__await__` iteration a task's fiber waits on, if that is what its innermost `await` awaits.
    func waitingIteration(_ taskFiber: Fiber) -> AwaitIteration? {
        guard let top = taskFiber.frames.last, top.ip < top.code.instructions.count,
              top.code.instructions[top.ip].op == .awaitValue, taskFiber.sp > 0 else { return nil }
        return taskFiber.stack[taskFiber.sp - 1].object as? AwaitIteration
    }
}
