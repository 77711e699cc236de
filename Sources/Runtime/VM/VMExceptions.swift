/// Raising, matching and unwinding: how an exception finds its handler.
extension VM {
    /// Unwinds from the current frame to the nearest handler at or above `stopDepth`, or rethrows.
    func unwind(_ exc: PyException, stopDepth: Int, addEntry: Bool) throws {
        let fiber = self.fiber
        if addEntry, let current = fiber.handling.last, current !== exc, exc.context == nil || exc.context !== current {
            if !chainContains(current, exc) { exc.context = current }
        }
        var addTraceback = addEntry
        while true {
            let top = fiber.frames.count - 1
            let frame = fiber.frames[top]
            if addTraceback {
                exc.traceback.append(TracebackEntry(code: frame.code, instruction: frame.ip - 1))
            }
            addTraceback = true
            while fiber.blocks.count > frame.blockBase {
                let block = fiber.blocks.removeLast()
                if block.kind == .handling {
                    fiber.handling.removeLast()
                    continue
                }
                fiber.clear(from: block.level, to: fiber.sp)
                fiber.sp = block.level
                fiber.reserve(1)
                fiber.stack[fiber.sp] = .object(exc)
                fiber.sp += 1
                fiber.blocks.append(Fiber.Block(kind: .handling, handler: 0, level: block.level))
                fiber.handling.append(exc)
                fiber.frames[top].ip = block.handler
                return
            }
            fiber.clear(from: frame.resultSlot, to: fiber.sp)
            fiber.sp = frame.resultSlot
            _ = fiber.popFrame()
            if let coroutine = frame.coroutine {
                coroutine.state = .done
                if sink != nil { coroutineLeft(coroutine, kind: .coroRaise, text: Traceback.lastLine(exc)) }
            }
            if fiber.frames.count <= stopDepth { throw PyError(exc) }
        }
    }

    /// Whether `exc` already appears in `start`'s context chain (CPython breaks such cycles).
    private func chainContains(_ start: PyException, _ exc: PyException) -> Bool {
        var e: PyException? = start
        var hops = 0
        while let c = e, hops < 1000 {
            if c === exc { return true }
            e = c.context
            hops += 1
        }
        return false
    }

    /// The error to throw for `raise`, `raise X` or `raise X from Y` (operands popped from the stack).
    func makeRaise(_ form: Int, sp: inout Int, stack: UnsafeMutablePointer<Value>) throws -> Error {
        if form == 0 {
            guard let current = fiber.handling.last else {
                return PyError.runtime("No active exception to reraise")
            }
            return Reraise(exception: current)
        }
        var cause: Value = .unbound
        if form == 2 {
            sp -= 1
            cause = stack.take(sp)
        }
        sp -= 1
        let exc = try instantiateException(stack.take(sp))
        if form == 2 {
            if case .none = cause {
                exc.cause = nil
            } else {
                exc.cause = try instantiateException(cause, forCause: true)
            }
            exc.suppressContext = true
        }
        return PyError(exc)
    }

    /// An exception instance from `raise X`: X itself, or X() when X is a class.
    func instantiateException(_ v: Value, forCause: Bool = false) throws -> PyException {
        if case .object(let o) = v {
            if let e = o as? PyException { return e }
            if let t = o as? PyType, t.isExceptionType {
                guard let e = try call(v, []).object as? PyException else {
                    throw PyError.type("calling \(t.name) should have returned an instance of BaseException")
                }
                return e
            }
        }
        throw PyError.type(forCause ? "exception causes must derive from BaseException" : "exceptions must derive from BaseException")
    }

    /// `except T:` matching, with CPython's error for non-exception types.
    func exceptionMatches(_ excValue: Value, _ type: Value) throws -> Bool {
        guard let exc = excValue.object as? PyException else { return false }
        if let t = type.object as? PyType, t.isExceptionType { return exc.type.isSubtype(of: t) }
        if let tuple = type.asTuple {
            for item in tuple.items where try exceptionMatches(excValue, item) { return true }
            return false
        }
        throw PyError.type("catching classes that do not inherit from BaseException is not allowed")
    }
}

extension Value {
    var object: PyObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    /// A str, or the str an instance of a `str` subclass is.
    var asStr: PyStr? {
        guard case .object(let o) = self else { return nil }
        if o.kind == .str { return unsafeDowncast(o, to: PyStr.self) }
        if o.kind == .native, case .object(let storage)? = (o as? PyInstance)?.storage, storage.kind == .str {
            return unsafeDowncast(storage, to: PyStr.self)
        }
        return nil
    }

    /// A list, or the list an instance of a `list` subclass is (as CPython's `PyList_Check` accepts subclasses).
    var asList: PyList? {
        guard case .object(let o) = self else { return nil }
        if o.kind == .list { return unsafeDowncast(o, to: PyList.self) }
        if o.kind == .native, case .object(let storage)? = (o as? PyInstance)?.storage, storage.kind == .list {
            return unsafeDowncast(storage, to: PyList.self)
        }
        return nil
    }

    /// A tuple, or the tuple an instance of a `tuple` subclass is.
    var asTuple: PyTuple? {
        guard case .object(let o) = self else { return nil }
        if o.kind == .tuple { return unsafeDowncast(o, to: PyTuple.self) }
        if o.kind == .native, case .object(let storage)? = (o as? PyInstance)?.storage, storage.kind == .tuple {
            return unsafeDowncast(storage, to: PyTuple.self)
        }
        return nil
    }

    /// A dict, or the dict an instance of a `dict` subclass is.
    var asDict: PyDict? {
        guard case .object(let o) = self else { return nil }
        if o.kind == .dict { return unsafeDowncast(o, to: PyDict.self) }
        if o.kind == .native, case .object(let storage)? = (o as? PyInstance)?.storage, storage.kind == .dict {
            return unsafeDowncast(storage, to: PyDict.self)
        }
        return nil
    }

    /// A set or frozenset, or the one an instance of their subclass is.
    var asSet: PySet? {
        guard case .object(let o) = self else { return nil }
        if o.kind == .set || o.kind == .frozenset { return unsafeDowncast(o, to: PySet.self) }
        if o.kind == .native, case .object(let storage)? = (o as? PyInstance)?.storage,
           storage.kind == .set || storage.kind == .frozenset {
            return unsafeDowncast(storage, to: PySet.self)
        }
        return nil
    }
}
