/// `match` statements. Each pattern is compiled with its subject on top of
/// the stack and consumes it: on success it falls through (names bound), on
/// failure it jumps to a label after popping whatever it had pushed.
extension Compiler {
    /// Where a failed pattern goes, with how many stack items it must pop on the way.
    final class PatternFailure {
        let target: Int
        var trampolines: [Int: Int] = [:]

        init(target: Int) { self.target = target }
    }

    func matchStatement(_ subject: Expr, _ cases: [MatchCase]) {
        expression(subject)
        let end = builder.newLabel()
        for (k, c) in cases.enumerated() {
            let isLast = k == cases.count - 1
            if !isLast && c.guardExpr == nil, let reason = irrefutable(c.pattern) {
                error(.syntaxError, "\(reason) makes remaining patterns unreachable", at: c.pattern.start)
            }
            let nextCase = builder.newLabel()
            let failure = PatternFailure(target: nextCase)
            let patternRange = SourceRange(c.pattern.start, c.pattern.end)
            builder.location = patternRange
            if !isLast { builder.emit(.dupTop) }
            checkBindings(c.pattern)
            pattern(c.pattern, failure, pops: 0)
            if let g = c.guardExpr { condition(g, jumpIfFalseTo: nextCase) }
            if !isLast { builder.emit(.popTop) }
            statements(c.body)
            builder.silently { builder.emitJump(.jump, to: end) }
            // A failed pattern's clean-up is on the pattern's line, as in CPython.
            at(patternRange) { emitTrampolines(failure) }
            builder.place(nextCase)
            if isLast { break }
        }
        if cases.isEmpty { builder.emit(.popTop) }
        builder.place(end)
    }

    /// The pops-then-jump stubs of a failure, placed out of the fall-through path.
    private func emitTrampolines(_ failure: PatternFailure) {
        for (pops, label) in failure.trampolines.sorted(by: { $0.key > $1.key }) {
            builder.place(label)
            for _ in 0..<pops { builder.emit(.popTop) }
            builder.emitJump(.jump, to: failure.target)
        }
    }

    /// Jumps (popping TOS, a bool) to the failure when it is false, popping `pops` more items first.
    private func failIfFalse(_ failure: PatternFailure, pops: Int) {
        builder.emitJump(.popJumpIfFalse, to: label(failure, pops: pops))
    }

    private func label(_ failure: PatternFailure, pops: Int) -> Int {
        if pops == 0 { return failure.target }
        if let l = failure.trampolines[pops] { return l }
        let l = builder.newLabel()
        failure.trampolines[pops] = l
        return l
    }

    /// Matches the subject on TOS (consuming it); `pops` is what a failure must also pop below it.
    func pattern(_ p: Pattern, _ failure: PatternFailure, pops: Int) {
        builder.location = SourceRange(p.start, p.end)
        switch p.kind {
        case .capture(let name), .star(let name):
            if let name { store(name) } else { builder.emit(.popTop) }
        case .value(let value):
            expression(value)
            builder.emit(.compare, CompareOp.allCases.firstIndex(of: .eq)!)
            failIfFalse(failure, pops: pops)
        case .singleton(let c):
            constant(c)
            builder.emit(.compare, CompareOp.allCases.firstIndex(of: .is)!)
            failIfFalse(failure, pops: pops)
        case .asPattern(let inner, let name):
            if let inner {
                builder.emit(.dupTop)
                pattern(inner, failure, pops: pops + 1)
            }
            store(name)
        case .or(let alternatives):
            orPattern(alternatives, failure, pops: pops)
        case .sequence(let items):
            sequencePattern(items, failure, pops: pops, at: p.start)
        case .mapping(let keys, let patterns, let rest):
            mappingPattern(keys, patterns, rest, failure, pops: pops)
        case .cls(let cls, let positional, let keywords):
            builder.emit(.dupTop)
            expression(cls)
            builder.emit(.loadConst, builder.constant(object: .object(PyTuple(keywords.map { .str($0.0) }))))
            builder.emit(.matchClass, positional.count)
            let count = positional.count + keywords.count
            builder.emit(.dupTop)
            constant(.none)
            builder.emit(.compare, CompareOp.allCases.firstIndex(of: .isNot)!)
            failIfFalse(failure, pops: pops + 2)
            builder.emit(.rotTwo)
            builder.emit(.popTop)
            builder.emit(.unpackSequence, count)
            for (i, sub) in (positional + keywords.map(\.1)).enumerated() {
                pattern(sub, failure, pops: pops + count - i - 1)
            }
        }
    }

    private func orPattern(_ alternatives: [Pattern], _ failure: PatternFailure, pops: Int) {
        let success = builder.newLabel()
        for alt in alternatives {
            let next = builder.newLabel()
            let inner = PatternFailure(target: next)
            builder.emit(.dupTop)
            pattern(alt, inner, pops: 0)
            builder.emit(.popTop)
            builder.emitJump(.jump, to: success)
            emitTrampolines(inner)
            builder.place(next)
        }
        builder.emitJump(.jump, to: label(failure, pops: pops + 1))
        builder.place(success)
    }

    private func sequencePattern(_ items: [Pattern], _ failure: PatternFailure, pops: Int, at loc: SourceLocation) {
        let stars = items.indices.filter { if case .star = items[$0].kind { return true } else { return false } }
        if stars.count > 1 {
            error(.syntaxError, "multiple starred names in sequence pattern", at: items[stars[1]].start)
            return
        }
        builder.emit(.matchSequence)
        failIfFalse(failure, pops: pops + 1)
        builder.emit(.getLength)
        constant(.int(items.count - stars.count))
        builder.emit(.compare, CompareOp.allCases.firstIndex(of: stars.isEmpty ? .eq : .ge)!)
        failIfFalse(failure, pops: pops + 1)
        if let star = stars.first {
            builder.emit(.unpackStarred, star | ((items.count - star - 1) << 8))
        } else {
            builder.emit(.unpackSequence, items.count)
        }
        for (i, item) in items.enumerated() {
            pattern(item, failure, pops: pops + items.count - i - 1)
        }
    }

    private func mappingPattern(_ keys: [Expr], _ patterns: [Pattern], _ rest: String?, _ failure: PatternFailure, pops: Int) {
        var seen: [Value] = []
        for k in keys {
            guard let v = constantValue(k) else { continue }
            if seen.contains(where: { Equality.identicalOrEqual($0, v) }) {
                error(.syntaxError, "mapping pattern checks duplicate key (\(Repr.repr(v)))", at: k.start)
            }
            seen.append(v)
        }
        builder.emit(.matchMapping)
        failIfFalse(failure, pops: pops + 1)
        if !keys.isEmpty {
            builder.emit(.getLength)
            constant(.int(keys.count))
            builder.emit(.compare, CompareOp.allCases.firstIndex(of: .ge)!)
            failIfFalse(failure, pops: pops + 1)
        }
        for k in keys { expression(k) }
        builder.emit(.buildTuple, keys.count)
        builder.emit(.matchKeys)
        builder.emit(.dupTop)
        constant(.none)
        builder.emit(.compare, CompareOp.allCases.firstIndex(of: .isNot)!)
        failIfFalse(failure, pops: pops + 3)
        builder.emit(.unpackSequence, keys.count)
        for (i, sub) in patterns.enumerated() {
            pattern(sub, failure, pops: pops + 2 + keys.count - i - 1)
        }
        if let rest {
            builder.emit(.copyDictWithoutKeys)
            store(rest)
        } else {
            builder.emit(.popTop)
        }
        builder.emit(.popTop)
    }

    /// Why a pattern always matches ("wildcard", "name capture 'x'"), or nil.
    private func irrefutable(_ p: Pattern) -> String? {
        switch p.kind {
        case .capture(let name): return name.map { "name capture '\($0)'" } ?? "wildcard"
        case .asPattern(let inner, _): return inner.map(irrefutable) ?? "wildcard"
        case .or(let items): return items.lazy.compactMap(irrefutable).first
        default: return nil
        }
    }

    /// CPython's errors for names bound twice, or differently by alternatives.
    private func checkBindings(_ p: Pattern) {
        _ = bound(p)
    }

    private func bound(_ p: Pattern) -> [String] {
        var names: [String] = []
        func add(_ more: [String]) {
            for n in more {
                if names.contains(n) {
                    error(.syntaxError, "multiple assignments to name '\(n)' in pattern", at: p.start)
                } else {
                    names.append(n)
                }
            }
        }
        switch p.kind {
        case .capture(let n), .star(let n): add(n.map { [$0] } ?? [])
        case .value, .singleton: break
        case .sequence(let items): for i in items { add(bound(i)) }
        case .mapping(_, let patterns, let rest):
            for q in patterns { add(bound(q)) }
            add(rest.map { [$0] } ?? [])
        case .cls(_, let positional, let keywords):
            for q in positional + keywords.map(\.1) { add(bound(q)) }
        case .asPattern(let inner, let n):
            if let inner { add(bound(inner)) }
            add([n])
        case .or(let items):
            let sets = items.map { Set(bound($0)) }
            if let first = sets.first, sets.contains(where: { $0 != first }) {
                error(.syntaxError, "alternative patterns bind different names", at: p.start)
            }
            add(items.first.map(bound) ?? [])
        }
        return names
    }
}
