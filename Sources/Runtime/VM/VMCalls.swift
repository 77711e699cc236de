/// Calling: binding arguments to a Python function's slots with CPython's
/// error messages, and invoking natives, types and bound methods.
extension VM {
    /// Runs a builtin's body; an error remembered while it ran (a class's `__eq__` or `__repr__` that raised
    /// inside it) is what the call raises, before the body's own result or error.
    @inline(__always) private func trippedFirst(_ body: () throws -> Value) throws -> Value {
        let result: Value
        do {
            result = try body()
        } catch {
            try NativeStack.raiseTripped()
            throw error
        }
        try NativeStack.raiseTripped()
        return result
    }

    func callNative(_ callee: Value, _ args: [Value], _ kwargs: KeywordArguments) throws -> Value {
        guard case .object(let o) = callee else { throw notCallable(callee) }
        nativeDepth += 1
        defer { nativeDepth -= 1 }
        switch o.kind {
        case .builtin:
            for a in args { try Cost.charge(sizeOf: a) }
            return try trippedFirst { try (o as! PyBuiltin).body(self, args, kwargs) }
        case .function:
            return try call(callee, args, kwargs)
        case .boundMethod:
            let m = o as! PyBoundMethod
            if case .object(let f) = m.function, f.kind == .builtin {
                try Cost.charge(sizeOf: m.receiver)
                for a in args { try Cost.charge(sizeOf: a) }
                return try trippedFirst { try (f as! PyBuiltin).body(self, [m.receiver] + args, kwargs) }
            }
            return try call(m.function, [m.receiver] + args, kwargs)
        case .type:
            let t = o as! PyType
            if t.isClass {
                if let call = t.metaclass?.lookupClassAttribute("__call__") {
                    return try callSpecialMethod(call, callee, args, kwargs)
                }
                return try instantiate(t, args, kwargs)
            }
            if t.isExceptionType {
                let maker = t.isSubtype(of: ExceptionTypes.baseExceptionGroup) ? ExceptionTypes.baseExceptionGroup : ExceptionTypes.baseException
                guard let make = maker.constructor else { throw PyError.type("cannot create '\(t.name)' instances") }
                return try make(self, [.object(t)] + args, kwargs)
            }
            if let make = t.constructor {
                let result = try make(self, args, kwargs)
                try NativeStack.raiseTripped()
                return result
            }
            throw PyError.type("cannot create '\(t.name)' instances")
        case .native:
            if let instance = o as? PyInstance, let f = instance.type.lookupClassAttribute("__call__") {
                return try callSpecialMethod(f, callee, args, kwargs)
            }
            if let alias = o as? PyGenericAlias { return try callNative(alias.origin, args, kwargs) }
            throw notCallable(callee)
        default:
            throw notCallable(callee)
        }
    }

    /// `item in container`, for iterators (which it consumes) and views as well as containers.
    func contains(_ container: Value, _ item: Value) throws -> Bool {
        if case .object(let o) = container {
            if o.kind == .iterator {
                let it = o as! PyIterator
                while let v = try it.next(self) {
                    if Equality.identicalOrEqual(v, item) { return true }
                }
                return false
            }
            if let view = o as? PyDictView {
                if view.view == .keys { return try view.dict.get(item) != nil }
                return view.items.contains { Equality.identicalOrEqual($0, item) }
            }
            if let r = try SpecialMethods.contains(container, item, vm: self) { return r }
            if let t = o as? PyType, let r = try ClassHooks.contains(t, item) { return r }
        }
        return try Comparison.contains(container, item)
    }

    func notCallable(_ v: Value) -> PyError {
        PyError.type("'\(TypeOf.name(v))' object is not callable")
    }

    /// The frame's initial slots for a call of `f`, or CPython's TypeError.
    func bindArguments(_ f: PyFunction, _ args: [Value], _ kwargs: KeywordArguments) throws -> [Value] {
        let code = f.code
        let sig = code.signature
        // Built only for an error message: most calls bind without one.
        var fname: String { code.qualifiedName + "()" }
        var slots = [Value](repeating: .unbound, count: code.slotCount)
        let npos = sig.positionalCount
        if args.count > npos && !sig.hasVarArgs {
            let required = npos - f.defaults.count
            let takes = f.defaults.isEmpty ? "\(npos)" : "from \(required) to \(npos)"
            let plural = (f.defaults.isEmpty ? npos : npos) == 1 && f.defaults.isEmpty ? "argument" : "arguments"
            let given = args.count
            let kwonlyGiven = kwargs.filter { kw in sig.names[npos..<(npos + sig.keywordOnlyCount)].contains(kw.name) }.count
            let extra = kwonlyGiven > 0 ? " positional argument\(given == 1 ? "" : "s") (and \(kwonlyGiven) keyword-only argument\(kwonlyGiven == 1 ? "" : "s"))" : ""
            let was = given == 1 && extra.isEmpty ? "was" : "were"
            throw PyError.type("\(fname) takes \(takes) positional \(plural) but \(given)\(extra) \(was) given")
        }
        for i in 0..<min(args.count, npos) { slots[i] = args[i] }
        var next = npos + sig.keywordOnlyCount
        if sig.hasVarArgs {
            slots[next] = .object(PyTuple(args.count > npos ? Array(args[npos...]) : []))
            next += 1
        }
        var extraKw: PyDict?
        if sig.hasVarKeywords {
            extraKw = PyDict()
            slots[next] = .object(extraKw!)
        }
        var positionalOnlyByKeyword: [String] = []
        for (name, value) in kwargs {
            if sig.names[0..<sig.positionalOnlyCount].contains(name) {
                if let extra = extraKw { try extra.set(.str(name), value) } else { positionalOnlyByKeyword.append(name) }
            } else if let i = sig.names[sig.positionalOnlyCount..<(npos + sig.keywordOnlyCount)].firstIndex(of: name) {
                if !slots[i].isUnbound {
                    throw PyError.type("\(fname) got multiple values for argument '\(name)'")
                }
                slots[i] = value
            } else if let extra = extraKw {
                try extra.set(.str(name), value)
            } else {
                let e = PyException(ExceptionTypes.typeError, "\(fname) got an unexpected keyword argument '\(name)'")
                let candidates = Array(sig.names[0..<(npos + sig.keywordOnlyCount)])
                if let hint = Suggestions.closest(to: name, among: candidates) { e.attributes["hint"] = .str(hint) }
                throw PyError(e)
            }
        }
        if !positionalOnlyByKeyword.isEmpty {
            throw PyError.type("\(fname) got some positional-only arguments passed as keyword arguments: '\(positionalOnlyByKeyword.joined(separator: ", "))'")
        }
        let firstDefault = npos - f.defaults.count
        var missing: [String] = []
        for i in 0..<npos where slots[i].isUnbound {
            if i >= firstDefault { slots[i] = f.defaults[i - firstDefault] } else { missing.append(sig.names[i]) }
        }
        if !missing.isEmpty {
            throw PyError.type("\(fname) missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(Suggestions.listed(missing))")
        }
        var missingKw: [String] = []
        for i in npos..<(npos + sig.keywordOnlyCount) where slots[i].isUnbound {
            if let d = try f.keywordDefaults?.get(.str(sig.names[i])) { slots[i] = d } else { missingKw.append(sig.names[i]) }
        }
        if !missingKw.isEmpty {
            throw PyError.type("\(fname) missing \(missingKw.count) required keyword-only argument\(missingKw.count == 1 ? "" : "s"): \(Suggestions.listed(missingKw))")
        }
        return slots
    }

    /// How CPython names the callee of `f(**m)` in its errors: a Python function with its module.
    private func functionString(_ callee: Value) -> String {
        if let f = callee.object as? PyFunction { return "\(f.module.name).\(f.code.qualifiedName)()" }
        return Attributes.callableName(callee)
    }

    /// `{**m}` and `f(**m)`: copies a mapping's entries, rejecting repeated keywords for calls.
    func mergeMapping(into target: PyDict, _ source: Value, rejectDuplicates: Bool, calleeIndex: Int) throws {
        if let pairs = try MappingProtocol.entries(source, vm: self) {
            let d = PyDict()
            for (k, v) in pairs { try d.set(k, v) }
            return try mergeMapping(into: target, .object(d), rejectDuplicates: rejectDuplicates,
                                    calleeIndex: calleeIndex)
        }
        guard let d = source.asDict else {
            if rejectDuplicates {
                let callee = calleeIndex >= 0 ? fiber.stack[calleeIndex] : .none
                throw PyError.type("\(functionString(callee)) argument after ** must be a mapping, not \(TypeOf.name(source))")
            }
            throw PyError.type("'\(TypeOf.name(source))' object is not a mapping")
        }
        for (k, v) in d.entries {
            if rejectDuplicates, try target.get(k) != nil {
                let callee = calleeIndex >= 0 ? fiber.stack[calleeIndex] : .none
                throw PyError.type("\(functionString(callee)) got multiple values for keyword argument '\(Repr.str(k))'")
            }
            try target.set(k, v)
        }
    }
}

/// "Did you mean" hints and CPython's way of listing names in messages.
enum Suggestions {
    /// The candidate closest to `name` by edit distance, if it is close enough (as CPython 3.11 judges).
    static func closest(to name: String, among candidates: [String]) -> String? {
        let a = Array(name.unicodeScalars)
        var best: (String, Int)?
        for c in candidates where c != name {
            let b = Array(c.unicodeScalars)
            let d = distance(a, b)
            let limit = (a.count + b.count + 3) * 2 / 6
            if d <= limit && (best == nil || d < best!.1) { best = (c, d) }
        }
        return best?.0
    }

    /// Levenshtein distance where a substitution costs 2 and a case change 1, as CPython's suggester weighs them.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count * 2 }
        if b.isEmpty { return a.count * 2 }
        var prev = Array(stride(from: 0, through: b.count * 2, by: 2))
        for i in 1...a.count {
            var cur = [i * 2] + [Int](repeating: 0, count: b.count)
            for j in 1...b.count {
                let x = a[i - 1], y = b[j - 1]
                let sub = x == y ? 0 : (String(x).lowercased() == String(y).lowercased() ? 1 : 2)
                cur[j] = min(prev[j] + 2, cur[j - 1] + 2, prev[j - 1] + sub)
            }
            prev = cur
        }
        return prev[b.count]
    }

    /// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`.
    static func listed(_ names: [String]) -> String {
        let q = names.map { "'\($0)'" }
        switch q.count {
        case 1: return q[0]
        case 2: return "\(q[0]) and \(q[1])"
        default: return q.dropLast().joined(separator: ", ") + ", and " + q.last!
        }
    }
}
