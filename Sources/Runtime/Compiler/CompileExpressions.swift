import BigInt

/// Expression compilation: operators, displays, calls, comprehensions,
/// lambdas and f-strings.
extension Compiler {
    func expression(_ e: Expr) {
        let saved = builder.location
        builder.location = e.range
        defer { builder.location = saved }
        switch e.kind {
        case .name(let n):
            checkSandbox(name: n, at: e.start)
            load(n)
        case .constant(let c):
            constant(c)
        case .fstring(let parts):
            fstring(parts)
        case .tuple(let items):
            sequenceDisplay(items, build: .buildTuple, toTuple: true)
        case .list(let items):
            sequenceDisplay(items, build: .buildList, toTuple: false)
        case .set(let items):
            setDisplay(items)
        case .dict(let items):
            dictDisplay(items)
        case .starred:
            error(.syntaxError, "can't use starred expression here", at: e.start)
        case .binary:
            binaryChain(e)
        case .unary(let op, let a):
            expression(a)
            switch op {
            case .neg: builder.emit(.unaryNegative)
            case .pos: builder.emit(.unaryPositive)
            case .not: builder.emit(.unaryNot)
            case .invert: builder.emit(.unaryInvert)
            }
        case .boolOp(let isAnd, let items):
            let end = builder.newLabel()
            for (i, item) in items.enumerated() {
                expression(item)
                if i < items.count - 1 { builder.emitJump(isAnd ? .jumpIfFalseOrPop : .jumpIfTrueOrPop, to: end) }
            }
            builder.place(end)
        case .compare(let first, let rest):
            comparison(first, rest)
        case .ifExp(let test, let body, let orElse):
            let elseLabel = builder.newLabel(), end = builder.newLabel()
            condition(test, jumpIfFalseTo: elseLabel)
            expression(body)
            builder.emitJump(.jump, to: end)
            builder.place(elseLabel)
            expression(orElse)
            builder.place(end)
        case .lambda(let params, let body):
            makeFunction(name: "<lambda>", parameters: params, at: e.start, kind: .lambda) { c in
                c.builder.code.isGenerator = c.scope.hasYield
                c.expression(body)
                c.builder.emit(.returnValue)
            }
        case .call(let callee, let args):
            call(callee, args, at: e.range)
        case .attribute(let obj, let name):
            checkSandbox(attribute: name, at: e.start)
            expression(obj)
            builder.emit(.loadAttr, builder.name(name))
        case .subscription(let obj, let index):
            expression(obj)
            expression(index)
            builder.location = e.range
            builder.emit(.subscription)
        case .slice(let a, let b, let c):
            for part in [a, b] { if let part { expression(part) } else { constant(.none) } }
            if let c { expression(c) }
            builder.emit(.buildSlice, c == nil ? 2 : 3)
        case .comprehension(let kind, let element, let value, let clauses):
            comprehension(kind, element, value, clauses, at: e.range)
        case .await(let operand):
            if scope.isAsync && (scope.kind == .function || scope.kind == .comprehension && enclosingFunctionIsAsync) {
                expression(operand)
                builder.location = e.range
                builder.emit(.getAwaitable)
                builder.emit(.awaitValue, awaitSite(e.range))
            } else if scope.kind == .module || scope.kind == .comprehension && scope.parent?.kind == .module {
                error(.syntaxError, "'await' outside function", at: e.start)
            } else {
                error(.syntaxError, "'await' outside async function", at: e.start)
            }
        case .yield(let value):
            guard checkYieldPlacement(e) else { return }
            if let value { expression(value) } else { constant(.none) }
            builder.location = e.range
            // A generator function's yield is a state of its state machine: its argument is the site's number + 1.
            builder.emit(.yieldValue, scope.kind == .function ? awaitSite(e.range) + 1 : 0)
        case .yieldFrom(let value):
            guard checkYieldPlacement(e) else { return }
            if scope.isAsync {
                error(.syntaxError, "'yield from' inside async function", at: e.start)
                return
            }
            expression(value)
            builder.location = e.range
            builder.emit(.getYieldFromIter)
            constant(.none)
            // A state of the generator's state machine, like a yield (its argument is the site's number + 1).
            builder.emit(.yieldFrom, scope.kind == .function ? awaitSite(e.range) + 1 : 0)
        case .namedExpr(let name, let value):
            expression(value)
            builder.emit(.dupTop)
            store(name)
        }
    }

    /// Whether the function around the comprehensions being compiled is an `async def`.
    var enclosingFunctionIsAsync: Bool {
        var s: Scope? = scope
        while let c = s, c.kind == .comprehension { s = c.parent }
        return s?.kind == .function && s?.isAsync == true
    }

    /// `yield` belongs in a function body: CPython's errors elsewhere.
    func checkYieldPlacement(_ e: Expr) -> Bool {
        switch scope.kind {
        case .function, .lambda:
            return true
        case .comprehension:
            let names = ["<listcomp>": "list comprehension", "<setcomp>": "set comprehension", "<dictcomp>": "dict comprehension"]
            error(.syntaxError, "'yield' inside \(names[scope.name] ?? "generator expression")", at: e.start)
        default:
            error(.syntaxError, "'yield' outside function", at: e.start)
        }
        return false
    }

    /// The source text of a one-line range (the first line of a longer one).
    func sourceText(_ range: SourceRange) -> String {
        let line = Array(source.line(range.start.line).unicodeScalars)
        let end = range.end.line == range.start.line ? min(range.end.column, line.count) : line.count
        guard range.start.column < end else { return "" }
        return String(String.UnicodeScalarView(line[range.start.column..<end]))
    }

    /// A left-deep chain `a + b - c ...` compiled without recursing down its left spine.
    func binaryChain(_ e: Expr) {
        var spine: [Expr] = []
        var node = e
        while case .binary(_, let left, _) = node.kind {
            spine.append(node)
            node = left
        }
        expression(node)
        for step in spine.reversed() {
            guard case .binary(let op, _, let right) = step.kind else { continue }
            expression(right)
            builder.location = step.range
            builder.emit(.binary, BinaryOp.allCases.firstIndex(of: op)!)
        }
        builder.location = e.range
    }

    /// Jumps to `label` when `test` is false, without materialising a bool for `not`.
    func condition(_ test: Expr, jumpIfFalseTo label: Int) {
        if case .unary(.not, let inner) = test.kind {
            expression(inner)
            at(test.range) { builder.emitJump(.popJumpIfTrue, to: label) }
            return
        }
        expression(test)
        builder.emitJump(.popJumpIfFalse, to: label)
    }

    func comparison(_ first: Expr, _ rest: [(CompareOp, Expr)]) {
        expression(first)
        if rest.count == 1 {
            expression(rest[0].1)
            builder.emit(.compare, CompareOp.allCases.firstIndex(of: rest[0].0)!)
            return
        }
        let cleanup = builder.newLabel(), end = builder.newLabel()
        for (i, (op, operand)) in rest.enumerated() {
            expression(operand)
            let opIndex = CompareOp.allCases.firstIndex(of: op)!
            if i < rest.count - 1 {
                builder.emit(.dupTop)
                builder.emit(.rotThree)
                builder.emit(.compare, opIndex)
                builder.emitJump(.jumpIfFalseOrPop, to: cleanup)
            } else {
                builder.emit(.compare, opIndex)
                builder.emitJump(.jump, to: end)
            }
        }
        builder.place(cleanup)
        builder.emit(.rotTwo)
        builder.emit(.popTop)
        builder.place(end)
    }

    func hasStar(_ items: [Expr]) -> Bool {
        items.contains { if case .starred = $0.kind { return true } else { return false } }
    }

    func sequenceDisplay(_ items: [Expr], build: OpCode, toTuple: Bool) {
        guard hasStar(items) else {
            for item in items { expression(item) }
            builder.emit(build, items.count)
            return
        }
        builder.emit(.buildList, 0)
        for item in items {
            if case .starred(let inner) = item.kind {
                expression(inner)
                builder.emit(.listExtend, 1)
            } else {
                expression(item)
                builder.emit(.listAppend, 1)
            }
        }
        if toTuple { builder.emit(.listToTuple) }
    }

    func setDisplay(_ items: [Expr]) {
        if items.count > 2, let values = items.map(constantValue) as [Value?] as? [Value] {
            // CPython rebuilds a folded frozenset from its own iteration order when it merges constants.
            let built = PySet(frozen: true), frozen = PySet(frozen: true)
            do {
                try built.add(contentsOf: values)
                try frozen.add(contentsOf: built.elements)
            } catch {
                return sequenceFallback(items)
            }
            builder.emit(.buildSet, 0)
            builder.emit(.loadConst, builder.constant(object: .object(frozen)))
            builder.emit(.setUpdate, 1)
            return
        }
        sequenceFallback(items)
    }

    /// The value of a constant expression as CPython's AST optimiser folds it (tuples of constants included).
    func constantValue(_ e: Expr) -> Value? {
        switch e.kind {
        case .constant(let c):
            switch c {
            case .none: return Value.none
            case .bool(let b): return .bool(b)
            case .int(let i): return .int(i)
            case .float(let d): return .float(d)
            case .string(let s): return .str(s)
            case .ellipsis: return nil
            case .bigInt(let digits, let radix): return .integer(BigInt(digits, radix: radix) ?? 0)
            case .imaginary(let d): return .object(PyComplex(0, d))
            case .bytes(let data): return .object(PyBytes(data))
            }
        case .tuple(let items):
            var values: [Value] = []
            for item in items {
                guard let v = constantValue(item) else { return nil }
                values.append(v)
            }
            return .object(PyTuple(values))
        default:
            return nil
        }
    }

    private func sequenceFallback(_ items: [Expr]) {
        guard hasStar(items) else {
            for item in items { expression(item) }
            builder.emit(.buildSet, items.count)
            return
        }
        builder.emit(.buildSet, 0)
        for item in items {
            if case .starred(let inner) = item.kind {
                expression(inner)
                builder.emit(.setUpdate, 1)
            } else {
                expression(item)
                builder.emit(.setAdd, 1)
            }
        }
    }

    func dictDisplay(_ items: [DictItem]) {
        let hasUnpack = items.contains { if case .unpack = $0 { return true } else { return false } }
        guard hasUnpack else {
            for item in items {
                if case .pair(let k, let v) = item {
                    expression(k)
                    expression(v)
                }
            }
            builder.emit(.buildMap, items.count)
            return
        }
        builder.emit(.buildMap, 0)
        for item in items {
            switch item {
            case .pair(let k, let v):
                expression(k)
                expression(v)
                builder.emit(.mapAdd, 1)
            case .unpack(let m):
                expression(m)
                builder.emit(.dictUpdate, 1)
            }
        }
    }

    func call(_ callee: Expr, _ args: [Argument], at loc: SourceRange) {
        if args.isEmpty, case .name("super") = callee.kind, scope.kind == .function,
           scope.binding(of: "__class__") == .free, let first = scope.parameters.first {
            load("super")
            load("__class__")
            load(first)
            builder.location = loc
            builder.emit(.call, 2)
            return
        }
        let simple = args.allSatisfy { if case .positional = $0 { return true } else { return false } }
        let keywordsOnly = args.allSatisfy {
            switch $0 {
            case .positional, .keyword: return true
            default: return false
            }
        }
        if simple, case .attribute(let obj, let name) = callee.kind {
            checkSandbox(attribute: name, at: callee.start)
            expression(obj)
            at(callee.range) { builder.emit(.loadMethod, builder.name(name)) }
            for case .positional(let a) in args { expression(a) }
            builder.location = loc
            builder.emit(.callMethod, args.count)
            return
        }
        expression(callee)
        if simple {
            for case .positional(let a) in args { expression(a) }
            builder.location = loc
            builder.emit(.call, args.count)
            return
        }
        if keywordsOnly {
            var names: [Value] = []
            var seen = Set<String>()
            for a in args {
                switch a {
                case .positional(let x): expression(x)
                case .keyword(let n, let x, let kloc):
                    if !seen.insert(n).inserted { error(.syntaxError, "keyword argument repeated: \(n)", at: kloc) }
                    expression(x)
                    names.append(.str(n))
                default: break
                }
            }
            builder.location = loc
            builder.emit(.loadConst, builder.constant(object: .object(PyTuple(names))))
            builder.emit(.callKeywords, args.count)
            return
        }
        builder.emit(.buildList, 0)
        for a in args {
            switch a {
            case .positional(let x):
                expression(x)
                builder.emit(.listAppend, 1)
            case .star(let x):
                expression(x)
                builder.emit(.listExtend, 1)
            default: break
            }
        }
        builder.emit(.listToTuple)
        let keywordArgs = args.filter { if case .positional = $0 { return false }; if case .star = $0 { return false }; return true }
        if !keywordArgs.isEmpty {
            builder.emit(.buildMap, 0)
            for a in keywordArgs {
                switch a {
                case .keyword(let n, let x, _):
                    constant(.string(n))
                    expression(x)
                    builder.emit(.mapAdd, 1)
                case .doubleStar(let x):
                    expression(x)
                    builder.emit(.dictMerge, 1)
                default: break
                }
            }
        }
        builder.location = loc
        builder.emit(.callUnpacked, keywordArgs.isEmpty ? 0 : 1)
    }

    func comprehension(_ kind: ComprehensionKind, _ element: Expr, _ value: Expr?, _ clauses: [ComprehensionClause], at range: SourceRange) {
        let loc = range.start
        let name = kind == .list ? "<listcomp>" : kind == .set ? "<setcomp>" : kind == .dict ? "<dictcomp>" : "<genexpr>"
        let innerScope = scopes[ScopeBuilder.key(loc, .comprehension)]!
        let isAsync = innerScope.isAsync
        let awaitsHere = isAsync && kind != .generator
        if awaitsHere && !(scope.isAsync && (scope.kind == .function || scope.kind == .comprehension)) {
            error(.syntaxError, "asynchronous comprehension outside of an asynchronous function", at: loc)
            return
        }
        let code = nested(.comprehension, name: name, at: loc) { c in
            c.builder.location = range
            c.builder.code.signature = CodeObject.Signature(positionalCount: 1, names: [".0"])
            c.builder.code.hasSimpleArguments = true
            c.builder.code.isComprehension = true
            c.builder.code.isGenerator = kind == .generator
            c.builder.code.isAsyncGenerator = kind == .generator && isAsync
            c.builder.code.isCoroutine = awaitsHere
            if kind != .generator { c.builder.emit(kind == .set ? .buildSet : kind == .dict ? .buildMap : .buildList, 0) }
            c.comprehensionClause(clauses[...], kind: kind, element: element, value: value, depth: kind == .generator ? 0 : 1)
            c.builder.silently {
                if kind == .generator { c.constant(.none) }
                c.builder.emit(.returnValue)
            }
        }
        var flags = 0
        if emitClosure(for: code, scope: innerScope) { flags |= 4 }
        builder.location = range
        builder.emit(.loadConst, builder.constant(object: .object(code)))
        builder.emit(.makeFunction, flags)
        expression(clauses[0].iter)
        builder.emit(clauses[0].isAsync ? .getAIter : .getIter)
        builder.location = range
        builder.emit(.call, 1)
        if awaitsHere {
            builder.emit(.getAwaitable)
            builder.emit(.awaitValue, awaitSite(range))
        }
    }

    private func comprehensionClause(_ clauses: ArraySlice<ComprehensionClause>, kind: ComprehensionKind, element: Expr, value: Expr?, depth: Int) {
        guard let clause = clauses.first else {
            expression(element)
            switch kind {
            case .list: builder.emit(.listAppend, depth)
            case .generator:
                builder.emit(.yieldValue)
                builder.emit(.popTop)
            case .set: builder.emit(.setAdd, depth)
            case .dict:
                expression(value!)
                builder.emit(.mapAdd, depth)
            }
            return
        }
        let top = builder.newLabel(), end = builder.newLabel()
        if clauses.startIndex == 0 {
            builder.emit(.loadFast, slots[".0"]!)
        } else {
            expression(clause.iter)
            builder.emit(clause.isAsync ? .getAIter : .getIter)
        }
        builder.place(top)
        if clause.isAsync {
            emitAsyncNext(handler: end, site: awaitSite(SourceRange(clause.target.start, clause.iter.end)))
        } else {
            builder.emitJump(.forIter, to: end)
        }
        at(clause.target.range) { assign(to: clause.target) }
        // As in CPython, what follows a condition (the element's append or yield, the jump back) has its line.
        for cond in clause.conditions {
            builder.location = cond.range
            condition(cond, jumpIfFalseTo: top)
        }
        comprehensionClause(clauses.dropFirst(), kind: kind, element: element, value: value, depth: depth + 1)
        builder.emitJump(.jump, to: top)
        builder.place(end)
        if clause.isAsync { builder.emit(.endAsyncFor) }
    }

    func fstring(_ parts: [FStringPart]) {
        for part in parts {
            switch part {
            case .literal(let s):
                constant(.string(s))
            case .field(let e, let conversion, let spec):
                expression(e)
                var flags = 0
                switch conversion {
                case "s": flags = 1
                case "r": flags = 2
                case "a": flags = 3
                default: break
                }
                if let spec {
                    fstring(spec)
                    flags |= 4
                }
                builder.emit(.formatValue, flags)
            }
        }
        if parts.count != 1 || { if case .literal = parts[0] { return true } else { return false } }() {
            builder.emit(.buildString, parts.count)
        }
    }
}
