/// `try`/`except*`: splitting an exception group among the handlers, and
/// what is raised at the end (the unhandled part in the original group's
/// shape, with the exceptions the handlers raised, as PEP 654 specifies).
extension VM {
    func exceptStarStep(_ op: OpCode) throws {
        let stack = fiber.stack
        let sp = fiber.sp
        switch op {
        case .prepareExceptStar:
            let orig = stack[sp - 1].object as! PyException
            let group = ExceptionGroups.isGroup(orig) ? orig : ExceptionGroups.make(message: "", [orig], like: orig, tupleArgument: true)
            fiber.reserve(2)
            fiber.stack[sp] = .object(group)
            fiber.stack[sp + 1] = .object(PyList([]))
            fiber.sp = sp + 2
        case .splitExceptStar:
            let type = fiber.stack.take(sp - 1)
            try ExceptionGroups.checkStarType(type)
            fiber.sp = sp - 1
            guard let rest = stack[sp - 2].object as? PyException else {
                stack[sp - 1] = .none
                fiber.sp = sp
                return
            }
            let (match, remaining) = try ExceptionGroups.split(rest) { try exceptionMatches(.object($0), type) }
            stack[sp - 2] = remaining.map { .object($0) } ?? .none
            stack[sp - 1] = match.map { .object($0) } ?? .none
            fiber.sp = sp
        default:
            let raised = fiber.stack.take(sp - 1).asList!.items.compactMap { $0.object as? PyException }
            let rest = fiber.stack.take(sp - 2).object as? PyException
            let orig = fiber.stack.take(sp - 3).object as! PyException
            fiber.sp = sp - 3
            if let result = ExceptionGroups.reraised(orig: orig, rest: rest, raised: raised) {
                if result.isNew { throw PyError(result.exception) }
                throw Reraise(exception: result.exception)
            }
        }
    }
}

/// Exception groups as trees: leaves, splits that keep the tree's shape, and the group `except*` re-raises.
enum ExceptionGroups {
    static func isGroup(_ e: PyException) -> Bool { e.type.isSubtype(of: ExceptionTypes.baseExceptionGroup) }

    static func members(_ e: PyException) -> [PyException] {
        e.attributes["exceptions"]?.asTuple?.items.compactMap { $0.object as? PyException } ?? []
    }

    /// A new group of `members` (an `ExceptionGroup` when all are `Exception`s, unless `type` says otherwise);
    /// `tupleArgument` when CPython builds it from a tuple (the group wrapping a naked exception).
    static func make(message: String, _ members: [PyException], like: PyException?, type: PyType? = nil,
                     tupleArgument: Bool = false) -> PyException {
        let allExceptions = members.allSatisfy { $0.type.isSubtype(of: ExceptionTypes.exception) }
        var groupType = type ?? (allExceptions ? ExceptionTypes.exceptionGroup : ExceptionTypes.baseExceptionGroup)
        if groupType === ExceptionTypes.baseExceptionGroup && allExceptions { groupType = ExceptionTypes.exceptionGroup }
        let items = PyTuple(members.map { .object($0) })
        let group = PyException(groupType, [.str(message), tupleArgument ? .object(items) : .object(PyList(items.items))])
        group.attributes["message"] = .str(message)
        group.attributes["exceptions"] = .object(items)
        if let like {
            group.traceback = like.traceback
            group.cause = like.cause
            group.context = like.context
            group.suppressContext = like.suppressContext
        }
        return group
    }

    /// `except* ExceptionGroup` is refused, as CPython refuses it.
    static func checkStarType(_ type: Value) throws {
        let types = type.asTuple?.items ?? [type]
        for t in types {
            if let pt = t.object as? PyType, pt.isSubtype(of: ExceptionTypes.baseExceptionGroup) {
                throw PyError.type("catching ExceptionGroup with except* is not allowed. Use except instead.")
            }
        }
    }

    /// The part of `e` whose leaves satisfy `keep`, in `e`'s shape (nil when none does).
    static func project(_ e: PyException, _ keep: (PyException) throws -> Bool) rethrows -> PyException? {
        guard isGroup(e) else { return try keep(e) ? e : nil }
        let all = members(e)
        var kept: [PyException] = []
        for m in all { if let p = try project(m, keep) { kept.append(p) } }
        if kept.isEmpty { return nil }
        if kept.count == all.count && zip(kept, all).allSatisfy({ $0 === $1 }) { return e }
        let message = e.attributes["message"]?.asStr?.value ?? ""
        return make(message: message, kept, like: e, type: e.type)
    }

    static func split(_ e: PyException, _ matches: (PyException) throws -> Bool) throws -> (PyException?, PyException?) {
        let match = try project(e, matches)
        let rest = try project(e) { try !matches($0) }
        return (match, rest)
    }

    static func leaves(_ e: PyException) -> [PyException] {
        isGroup(e) ? members(e).flatMap(leaves) : [e]
    }

    /// What ends a `try`/`except*`: nil when everything was handled.
    static func reraised(orig: PyException, rest: PyException?, raised: [PyException]) -> (exception: PyException, isNew: Bool)? {
        let origLeaves = Set(leaves(orig).map(ObjectIdentifier.init))
        var keep = Set((rest.map(leaves) ?? []).map(ObjectIdentifier.init))
        var fresh: [PyException] = []
        for e in raised {
            let l = leaves(e).map(ObjectIdentifier.init)
            if !l.isEmpty && l.allSatisfy(origLeaves.contains) { keep.formUnion(l) } else { fresh.append(e) }
        }
        let kept = isGroup(orig) ? project(orig) { keep.contains(ObjectIdentifier($0)) } : (keep.isEmpty ? nil : orig)
        if fresh.isEmpty { return kept.map { ($0, false) } }
        return (make(message: "", fresh + (kept.map { [$0] } ?? []), like: nil), true)
    }
}
