/// Running a generator's body: `next`, `send`, `throw` and `close` with
/// CPython's rules (a just-started generator, re-entry, `GeneratorExit`,
/// `StopIteration` turned into `RuntimeError`), and `yield from` delegation.
extension VM {
    /// Where one resumption of a generator body stopped.
    enum GeneratorOutcome {
        case yielded(Value)
        /// An async generator's body waits at an `await`: the value goes to the task.
        case awaiting(Value)
        case returned(Value)
    }

    /// A generator object for a call of a generator function: its frame waits on a fiber of its own.
    func makeGenerator(_ f: PyFunction, _ args: [Value], _ kwargs: KeywordArguments) throws -> Value {
        let body = try makeGeneratorBody(f, args, kwargs)
        if f.code.isAsyncGenerator { return .object(PyAsyncGenerator(body: body)) }
        return .object(PyIterator(.generator(body), typeName: "generator"))
    }

    private func makeGeneratorBody(_ f: PyFunction, _ args: [Value], _ kwargs: KeywordArguments) throws -> GeneratorBody {
        let locals = try bindArguments(f, args, kwargs)
        let generatorFiber = Fiber(capacity: max(16, f.code.slotCount + f.code.stackBound))
        let saved = fiber
        fiber = generatorFiber
        defer { fiber = saved }
        try pushFrame(code: f.code, function: f, module: f.module, arguments: locals, resultSlot: 0)
        let body = GeneratorBody(fiber: generatorFiber, code: f.code)
        if sink != nil, GeneratorEvents.reports(f.code) { body.call = CoroutineCallText.text(f.code, locals) }
        return body
    }

    /// Runs the body to its next `yield` (or `await` that waits), sending `value` or throwing `exc` in;
    /// `continuing` resumes an async generator's body where an `await` left it.
    func resume(_ g: GeneratorBody, send value: Value = .none, throwing exc: PyException? = nil,
                continuing: Bool = false, isAsync: Bool = false) throws -> GeneratorOutcome {
        if g.finished {
            if let exc { throw PyError(exc) }
            return .returned(.none)
        }
        if g.fiber.running {
            throw PyError.value(isAsync ? "async generator already executing" : "generator already executing")
        }
        if !g.started, exc == nil, !value.isNoneValue {
            let what = isAsync ? "async generator" : "generator"
            throw PyError.type("can't send non-None value to a just-started \(what)")
        }
        let saved = fiber
        let savedBelow = framesBelow
        framesBelow += saved.frames.count
        if framesBelow + g.fiber.frames.count > limits.maxRecursionDepth {
            framesBelow = savedBelow
            throw PyError(ExceptionTypes.recursionError, "maximum recursion depth exceeded")
        }
        if sink != nil { generatorResumed(g) }
        fiber = g.fiber
        g.fiber.running = true
        defer {
            fiber = saved
            framesBelow = savedBelow
            g.fiber.running = false
        }
        do {
            if let exc {
                switch try throwIntoDelegate(g, exc) {
                case .stopped(let outcome): return outcome
                case .resumed: break
                case .notDelegated:
                    if continuing { g.fiber.frames[g.fiber.frames.count - 1].ip += 1 }
                    g.started = true
                    try unwind(exc, stopDepth: 0, addEntry: true)
                }
            } else if g.started && !continuing {
                g.fiber.reserve(1)
                g.fiber.stack[g.fiber.sp] = value
                g.fiber.sp += 1
            }
            g.started = true
            let result = try run(stopDepth: 0)
            if g.fiber.yielded {
                g.fiber.yielded = false
                if g.fiber.awaitSuspended {
                    g.fiber.awaitSuspended = false
                    if g.eventId >= 0 { generatorSuspended(g, awaiting: result) }
                    return .awaiting(result)
                }
                if g.eventId >= 0 { generatorSuspended(g, awaiting: nil) }
                return .yielded(result)
            }
            g.finished = true
            if g.eventId >= 0 { emit(.genEnd, g.eventId, text: "returned") }
            return .returned(result)
        } catch let error as PyError {
            g.finished = true
            if g.eventId >= 0 { emit(.genEnd, g.eventId, text: "raised") }
            throw leakedStop(error, isAsync: isAsync)
        }
    }

    /// A `StopIteration` (or `StopAsyncIteration`) escaping a body becomes a `RuntimeError`, as PEP 479 says.
    private func leakedStop(_ error: PyError, isAsync: Bool) -> PyError {
        let e = error.exception
        let stop = e.type.isSubtype(of: ExceptionTypes.stopIteration)
        let stopAsync = isAsync && e.type.isSubtype(of: ExceptionTypes.stopAsyncIteration)
        guard stop || stopAsync else { return error }
        let what = isAsync ? "async generator" : "generator"
        let wrapped = PyException(ExceptionTypes.runtimeError, "\(what) raised \(e.type.name)")
        wrapped.cause = e
        wrapped.context = e
        wrapped.suppressContext = true
        return PyError(wrapped)
    }

    /// What `throw` into a generator waiting in `yield from` did once its delegate had it first.
    private enum DelegatedThrow {
        /// No delegate: raise the exception in the generator's own frame.
        case notDelegated
        /// The delegate yielded: so does the generator.
        case stopped(GeneratorOutcome)
        /// The generator's frame goes on (the delegate returned, or its exception was unwound into the frame).
        case resumed
    }

    private func throwIntoDelegate(_ g: GeneratorBody, _ exc: PyException) throws -> DelegatedThrow {
        guard let sub = g.delegate else { return .notDelegated }
        let top = g.fiber.frames.count - 1
        g.fiber.frames[top].ip += 1
        var raised = exc
        if exc.type.isSubtype(of: ExceptionTypes.generatorExit) {
            do { try closeIterator(sub) } catch let error as PyError { raised = error.exception }
        } else {
            do {
                if let outcome = try throwInto(sub, exc) {
                    switch outcome {
                    case .yielded, .awaiting:
                        g.fiber.frames[top].ip -= 1
                        return .stopped(outcome)
                    case .returned(let result):
                        g.fiber.stack[g.fiber.sp - 1] = result
                        return .resumed
                    }
                }
            } catch let error as PyError {
                raised = error.exception
            }
        }
        try unwind(raised, stopDepth: 0, addEntry: true)
        return .resumed
    }

    /// Throws into a delegate iterator; nil when it has no `throw` (the exception is raised in the delegator).
    func throwInto(_ sub: Value, _ exc: PyException) throws -> GeneratorOutcome? {
        if let it = sub.object as? PyIterator {
            guard case .generator(let body) = it.source else { return nil }
            let outcome = try resume(body, throwing: exc)
            if case .returned = outcome { it.exhausted = true }
            return outcome
        }
        guard let method = try? Attributes.get(sub, "throw", vm: self) else { return nil }
        return try outcomeOfCall { try call(method, [.object(exc)]) }
    }

    /// Calls `close()` on a delegate that has one.
    private func closeIterator(_ sub: Value) throws {
        if let it = sub.object as? PyIterator {
            if case .generator(let body) = it.source { try close(body) }
            return
        }
        if let method = try? Attributes.get(sub, "close", vm: self) { _ = try call(method, []) }
    }

    /// A yielded value from a call, or the value of the `StopIteration` it raised.
    private func outcomeOfCall(_ body: () throws -> Value) throws -> GeneratorOutcome {
        do {
            return .yielded(try body())
        } catch let error as PyError where error.exception.type.isSubtype(of: ExceptionTypes.stopIteration) {
            return .returned(error.exception.attributes["value"] ?? error.exception.args.first ?? .none)
        }
    }

    /// One step of `yield from`: send `value` into the delegate `sub`.
    func delegateSend(_ sub: Value, _ value: Value) throws -> GeneratorOutcome {
        guard let it = sub.object as? PyIterator else {
            let method = try Attributes.get(sub, value.isNoneValue ? "__next__" : "send", vm: self)
            return try outcomeOfCall { try call(method, value.isNoneValue ? [] : [value]) }
        }
        if case .generator(let body) = it.source {
            let outcome = try resume(body, send: value)
            if case .returned = outcome { it.exhausted = true }
            return outcome
        }
        guard value.isNoneValue else {
            throw PyError.attribute("'\(it.type.name)' object has no attribute 'send'")
        }
        if let next = try it.next(self) { return .yielded(next) }
        return .returned(.none)
    }

    /// `generator.close()`: `GeneratorExit` thrown in must end the body.
    func close(_ g: GeneratorBody, isAsync: Bool = false) throws {
        guard g.started, !g.finished else {
            g.finished = true
            return
        }
        do {
            if case .returned = try resume(g, throwing: PyException(ExceptionTypes.generatorExit, []), isAsync: isAsync) {
                return
            }
        } catch let error as PyError {
            let t = error.exception.type
            if t.isSubtype(of: ExceptionTypes.generatorExit) || t.isSubtype(of: ExceptionTypes.stopIteration) { return }
            throw error
        }
        throw PyError.runtime(isAsync ? "async generator ignored GeneratorExit" : "generator ignored GeneratorExit")
    }

    /// `StopIteration(value)` for a generator that returned `value` (no arguments for None).
    func stopIteration(_ value: Value, type: PyType = ExceptionTypes.stopIteration) -> PyError {
        let e = PyException(type, value.isNoneValue ? [] : [value])
        e.attributes["value"] = value
        return PyError(e)
    }
}
