/// Statement compilation: assignments, control flow, exceptions and `with`.
extension Compiler {
    func statements(_ body: [Stmt]) {
        for s in body { statement(s) }
    }

    func statement(_ s: Stmt) {
        builder.location = s.range
        switch s.kind {
        case .expr(let e):
            expression(e)
            builder.emit(.popTop)
        case .assign(let targets, let value):
            expression(value)
            for (i, t) in targets.enumerated() {
                if i < targets.count - 1 { builder.emit(.dupTop) }
                assign(to: t)
            }
        case .augAssign(let target, let op, let value):
            augmentedAssign(target, op, value)
        case .annotated(let target, let annotation, let value):
            if let value {
                expression(value)
                assign(to: target)
            }
            if annotationsReady, case .name(let name) = target.kind {
                expression(annotation)
                load("__annotations__")
                constant(.string(name))
                builder.emit(.storeSubscript)
            }
        case .functionDef(let def):
            functionDefinition(def, at: s.start)
        case .classDef(let def):
            classDefinition(def, at: s.start)
        case .return(let value):
            returnStatement(value, at: s)
        case .if(let test, let body, let orElse):
            let elseLabel = builder.newLabel(), end = builder.newLabel()
            condition(test, jumpIfFalseTo: elseLabel)
            statements(body)
            if !orElse.isEmpty { builder.silently { builder.emitJump(.jump, to: end) } }
            builder.place(elseLabel)
            statements(orElse)
            builder.place(end)
        case .while(let test, let body, let orElse):
            whileLoop(test, body, orElse)
        case .for(let target, let iter, let body, let orElse, let isAsync):
            if !isAsync {
                forLoop(target, iter, body, orElse, statement: s.range)
            } else if scope.kind == .function && scope.isAsync {
                asyncForLoop(target, iter, body, orElse, statement: s.range)
            } else {
                error(.syntaxError, "'async for' outside async function", at: s.start)
            }
        case .try(let body, let handlers, let orElse, let fin):
            let star = handlers.contains(where: \.isStar)
            if star && handlers.contains(where: { !$0.isStar }) {
                error(.syntaxError, "cannot have both 'except' and 'except*' on the same 'try'", at: s.start)
            }
            let handle: (Compiler) -> Void = star ? { $0.tryExceptStar(body, handlers, orElse) } : { $0.tryExcept(body, handlers, orElse) }
            if fin.isEmpty { handle(self) } else { tryFinally(fin, handle) }
        case .match(let subject, let cases):
            matchStatement(subject, cases)
        case .with(let items, let body, let isAsync):
            if isAsync {
                if scope.isAsync {
                    asyncWithStatement(items[...], body, statement: s)
                } else {
                    error(.syntaxError, "'async with' outside async function", at: s.start)
                }
            } else {
                withStatement(items[...], body, statement: s.range)
            }
        case .raise(let exc, let cause):
            if let exc { expression(exc) }
            if let cause { expression(cause) }
            builder.location = s.range
            builder.emit(.raise, exc == nil ? 0 : cause == nil ? 1 : 2)
        case .assert(let test, let message):
            let end = builder.newLabel()
            expression(test)
            builder.emitJump(.popJumpIfTrue, to: end)
            builder.location = test.range
            builder.emit(.loadAssertionError)
            if let message {
                expression(message)
                builder.emit(.call, 1)
            }
            builder.emit(.raise, 1)
            builder.place(end)
        case .del(let targets):
            for t in targets { deleteTarget(t) }
        case .pass:
            builder.emit(.nop)
        case .global, .nonlocal:
            break
        case .break:
            breakStatement(at: s.start)
        case .continue:
            continueStatement(at: s.start)
        case .import(let names):
            for n in names { importName(n) }
        case .importFrom(let module, let names, let level):
            importFrom(module, names, level: level, at: s.start)
        }
    }

    // MARK: assignment

    func assign(to target: Expr) {
        switch target.kind {
        case .name(let n):
            store(n)
        case .attribute(let obj, let name):
            expression(obj)
            at(target.range) { builder.emit(.storeAttr, builder.name(name)) }
        case .subscription(let obj, let index):
            expression(obj)
            expression(index)
            at(target.range) { builder.emit(.storeSubscript) }
        case .tuple(let items), .list(let items):
            let stars = items.indices.filter { if case .starred = items[$0].kind { return true } else { return false } }
            if stars.count > 1 {
                error(.syntaxError, "multiple starred expressions in assignment", at: items[stars[1]].start)
                return
            }
            if let star = stars.first {
                let after = items.count - star - 1
                if star > 255 || after > 255 {
                    error(.syntaxError, "too many expressions in star-unpacking assignment", at: target.start)
                    return
                }
                at(target.range) { builder.emit(.unpackStarred, star | (after << 8)) }
            } else {
                at(target.range) { builder.emit(.unpackSequence, items.count) }
            }
            for item in items {
                if case .starred(let inner) = item.kind { assign(to: inner) } else { assign(to: item) }
            }
        case .starred:
            error(.syntaxError, "starred assignment target must be in a list or tuple", at: target.start)
        default:
            error(.syntaxError, "cannot assign to \(target.describedForAssignment)", at: target.start)
        }
    }

    func augmentedAssign(_ target: Expr, _ op: BinaryOp, _ value: Expr) {
        let opIndex = BinaryOp.allCases.firstIndex(of: op)!
        switch target.kind {
        case .name(let n):
            at(target.range) { load(n) }
            expression(value)
            builder.emit(.inplace, opIndex)
            store(n)
        case .attribute(let obj, let name):
            expression(obj)
            builder.emit(.dupTop)
            at(target.range) { builder.emit(.loadAttr, builder.name(name)) }
            expression(value)
            do {
                builder.emit(.inplace, opIndex)
                builder.emit(.rotTwo)
                builder.emit(.storeAttr, builder.name(name))
            }
        case .subscription(let obj, let index):
            expression(obj)
            expression(index)
            builder.emit(.dupTopTwo)
            at(target.range) { builder.emit(.subscription) }
            expression(value)
            do {
                builder.emit(.inplace, opIndex)
                builder.emit(.rotThree)
                builder.emit(.storeSubscript)
            }
        default:
            error(.syntaxError, "'\(target.describedForAssignment)' is an illegal expression for augmented assignment", at: target.start)
        }
    }

    func deleteTarget(_ t: Expr) {
        switch t.kind {
        case .name(let n):
            at(t.range) { delete(n) }
        case .attribute(let obj, let name):
            expression(obj)
            at(t.range) { builder.emit(.deleteAttr, builder.name(name)) }
        case .subscription(let obj, let index):
            expression(obj)
            expression(index)
            at(t.range) { builder.emit(.deleteSubscript) }
        case .tuple(let items), .list(let items):
            for item in items { deleteTarget(item) }
        default:
            error(.syntaxError, "cannot delete \(t.describedForAssignment)", at: t.start)
        }
    }

    // MARK: loops

    func whileLoop(_ test: Expr, _ body: [Stmt], _ orElse: [Stmt]) {
        let top = builder.newLabel(), elseLabel = builder.newLabel(), end = builder.newLabel()
        builder.place(top)
        condition(test, jumpIfFalseTo: elseLabel)
        blocks.append(.loop(continueLabel: top, breakLabel: end, isFor: false))
        statements(body)
        blocks.removeLast()
        builder.silently { builder.emitJump(.jump, to: top) }
        builder.place(elseLabel)
        statements(orElse)
        builder.place(end)
    }

    /// `async for`: each step awaits `__anext__()`; `StopAsyncIteration` from it ends the loop.
    func asyncForLoop(_ target: Expr, _ iter: Expr, _ body: [Stmt], _ orElse: [Stmt], statement: SourceRange) {
        let top = builder.newLabel(), handler = builder.newLabel(), end = builder.newLabel()
        let site = awaitSite(statement)
        expression(iter)
        at(statement) { builder.emit(.getAIter) }
        builder.place(top)
        at(statement) { emitAsyncNext(handler: handler, site: site) }
        assign(to: target)
        blocks.append(.loop(continueLabel: top, breakLabel: end, isFor: true))
        statements(body)
        blocks.removeLast()
        builder.silently { builder.emitJump(.jump, to: top) }
        builder.place(handler)
        at(statement) { builder.emit(.endAsyncFor) }
        statements(orElse)
        builder.place(end)
    }

    /// Pushes the next item of the async iterator on TOS, or goes to `handler` with the exception it raised.
    func emitAsyncNext(handler: Int, site: Int) {
        builder.emitJump(.setupExcept, to: handler)
        builder.emit(.dupTop)
        builder.emit(.getANext)
        builder.emit(.getAwaitable)
        builder.emit(.awaitValue, site)
        builder.emit(.popBlock)
    }

    func forLoop(_ target: Expr, _ iter: Expr, _ body: [Stmt], _ orElse: [Stmt], statement: SourceRange) {
        let top = builder.newLabel(), exhausted = builder.newLabel(), end = builder.newLabel()
        expression(iter)
        at(statement) { builder.emit(.getIter) }
        builder.place(top)
        at(statement) { builder.emitJump(.forIter, to: exhausted) }
        assign(to: target)
        blocks.append(.loop(continueLabel: top, breakLabel: end, isFor: true))
        statements(body)
        blocks.removeLast()
        builder.silently { builder.emitJump(.jump, to: top) }
        builder.place(exhausted)
        statements(orElse)
        builder.place(end)
    }

    func breakStatement(at loc: SourceLocation) {
        guard let i = blocks.lastIndex(where: { if case .loop = $0 { return true } else { return false } }),
              case .loop(_, let breakLabel, _) = blocks[i] else {
            error(.syntaxError, "'break' outside loop", at: loc)
            return
        }
        if leavesExceptStar(above: i) {
            error(.syntaxError, "'break', 'continue' and 'return' cannot appear in an except* block", at: loc)
        }
        unwind(downTo: i, includingLoop: true, preserveTop: false)
        builder.emitJump(.jump, to: breakLabel)
    }

    func continueStatement(at loc: SourceLocation) {
        guard let i = blocks.lastIndex(where: { if case .loop = $0 { return true } else { return false } }),
              case .loop(let continueLabel, _, _) = blocks[i] else {
            error(.syntaxError, "'continue' not properly in loop", at: loc)
            return
        }
        if leavesExceptStar(above: i) {
            error(.syntaxError, "'break', 'continue' and 'return' cannot appear in an except* block", at: loc)
        }
        unwind(downTo: i, includingLoop: false, preserveTop: false)
        builder.emitJump(.jump, to: continueLabel)
    }

    func leavesExceptStar(above index: Int) -> Bool {
        blocks[(index + 1)...].contains { if case .handlerStar = $0 { return true } else { return false } }
    }

    func returnStatement(_ value: Expr?, at s: Stmt) {
        guard scope.kind != .module else {
            error(.syntaxError, "'return' outside function", at: s.start)
            return
        }
        if value != nil && scope.isAsync && scope.hasYield {
            error(.syntaxError, "'return' with value in async generator", at: s.start)
        }
        if blocks.contains(where: { if case .handlerStar = $0 { return true } else { return false } }) {
            error(.syntaxError, "'break', 'continue' and 'return' cannot appear in an except* block", at: s.start)
        }
        if let value { expression(value) } else { constant(.none) }
        let unwinding = blocks.contains {
            switch $0 {
            case .finallyTry, .with, .asyncWith: return true
            default: return false
            }
        }
        unwind(downTo: 0, includingLoop: true, preserveTop: true)
        builder.location = s.range
        // After a `finally` body or a `with` exit, CPython's return has the line of what ran last: no line event.
        if unwinding { builder.silently { builder.emit(.returnValue) } } else { builder.emit(.returnValue) }
    }

    /// Emits the clean-up of every frame block above `index` (and the loop at it, when asked).
    func unwind(downTo index: Int, includingLoop: Bool, preserveTop: Bool) {
        var i = blocks.count - 1
        while i >= index {
            let block = blocks[i]
            if i == index, case .loop = block, !includingLoop { break }
            switch block {
            case .loop(_, _, let isFor):
                if isFor {
                    if preserveTop { builder.emit(.rotTwo) }
                    builder.emit(.popTop)
                }
            case .tryExcept:
                builder.emit(.popBlock)
            case .finallyTry(let body):
                builder.emit(.popBlock)
                let saved = blocks
                blocks = Array(blocks[..<i])
                statements(body)
                blocks = saved
            case .finallyEnd:
                if preserveTop { builder.emit(.rotTwo) }
                builder.emit(.popTop)
                builder.emit(.popExcept)
            case .handler(let name):
                builder.emit(.popExcept)
                if let name { clearHandlerName(name) }
            case .handlerStar:
                break
            case .with(let statement):
                at(statement) {
                    builder.emit(.popBlock)
                    if preserveTop { builder.emit(.rotTwo) }
                    builder.emit(.withExitNormally)
                }
            case .asyncWith(let site, let statement):
                at(statement) {
                    builder.emit(.popBlock)
                    if preserveTop { builder.emit(.rotTwo) }
                    emitAsyncExit(site)
                }
            }
            i -= 1
        }
    }

    func clearHandlerName(_ name: String) {
        constant(.none)
        store(name)
        delete(name)
    }

    // MARK: exceptions

    /// The part `try/except` and `try/except*` share: `body` under a handler at `handler`, then `orElse`
    /// and a jump to `end`; the handler's code follows.
    func guardedBody(_ body: [Stmt], orElse: [Stmt], handler: Int, end: Int) {
        builder.emitJump(.setupExcept, to: handler)
        blocks.append(.tryExcept)
        statements(body)
        blocks.removeLast()
        builder.silently { builder.emit(.popBlock) }
        statements(orElse)
        builder.silently { builder.emitJump(.jump, to: end) }
        builder.place(handler)
    }

    func tryExcept(_ body: [Stmt], _ handlers: [ExceptHandler], _ orElse: [Stmt]) {
        guard !handlers.isEmpty else {
            statements(body)
            return
        }
        let handlerLabel = builder.newLabel(), end = builder.newLabel()
        guardedBody(body, orElse: orElse, handler: handlerLabel, end: end)
        for (k, h) in handlers.enumerated() {
            builder.location = SourceRange(at: h.start)
            let next = builder.newLabel()
            if let type = h.type {
                builder.emit(.dupTop)
                expression(type)
                builder.emitJump(.jumpIfNotExceptionMatch, to: next)
            } else if k < handlers.count - 1 {
                error(.syntaxError, "default 'except:' must be last", at: h.start)
            }
            if let name = h.name { store(name) } else { builder.emit(.popTop) }
            blocks.append(.handler(name: h.name))
            statements(h.body)
            blocks.removeLast()
            builder.silently {
                builder.emit(.popExcept)
                if let name = h.name { clearHandlerName(name) }
                builder.emitJump(.jump, to: end)
            }
            builder.place(next)
        }
        builder.silently { builder.emit(.reraise) }
        builder.place(end)
    }

    func tryFinally(_ fin: [Stmt], _ body: (Compiler) -> Void) {
        let handler = builder.newLabel(), end = builder.newLabel()
        builder.emitJump(.setupExcept, to: handler)
        blocks.append(.finallyTry(fin))
        body(self)
        blocks.removeLast()
        builder.silently { builder.emit(.popBlock) }
        statements(fin)
        builder.silently { builder.emitJump(.jump, to: end) }
        builder.place(handler)
        blocks.append(.finallyEnd)
        statements(fin)
        blocks.removeLast()
        builder.silently { builder.emit(.reraise) }
        builder.place(end)
    }

    func withStatement(_ items: ArraySlice<WithItem>, _ body: [Stmt], statement: SourceRange) {
        guard let item = items.first else {
            statements(body)
            return
        }
        let handler = builder.newLabel(), suppress = builder.newLabel(), end = builder.newLabel()
        expression(item.context)
        at(item.context.range) {
            builder.emit(.beforeWith)
            builder.emit(.call, 0)
            builder.emitJump(.setupWith, to: handler)
        }
        if let target = item.target { assign(to: target) } else { builder.emit(.popTop) }
        blocks.append(.with(statement))
        withStatement(items.dropFirst(), body, statement: statement)
        blocks.removeLast()
        at(statement) {
            builder.emit(.popBlock)
            builder.emit(.withExitNormally)
            builder.emitJump(.jump, to: end)
        }
        builder.place(handler)
        at(item.context.range) { builder.emitJump(.withExitException, to: suppress) }
        reraiseOrSuppress(suppress)
        builder.place(end)
    }

    /// The end of a `with`'s exception handler: re-raise, or (at `suppress`, when `__exit__` returned true) drop the
    /// exception; clean-up that fires no line event of its own, as in CPython.
    private func reraiseOrSuppress(_ suppress: Int) {
        builder.silently {
            builder.emit(.reraise)
            builder.place(suppress)
            builder.emit(.popTop)
            builder.emit(.popExcept)
            builder.emit(.popTop)
        }
    }

    /// `async with`: `__aenter__` and `__aexit__` awaited at one await site (the statement's header).
    func asyncWithStatement(_ items: ArraySlice<WithItem>, _ body: [Stmt], statement: Stmt) {
        guard let item = items.first else {
            statements(body)
            return
        }
        let handler = builder.newLabel(), suppress = builder.newLabel(), end = builder.newLabel()
        let site = awaitSite(statement.range)
        expression(item.context)
        at(item.context.range) {
            builder.emit(.setupAsyncWith)
            builder.emit(.getAwaitable)
            builder.emit(.awaitValue, site)
        }
        if let target = item.target { assign(to: target) } else { builder.emit(.popTop) }
        builder.emitJump(.setupExcept, to: handler)
        blocks.append(.asyncWith(site: site, statement: statement.range))
        asyncWithStatement(items.dropFirst(), body, statement: statement)
        blocks.removeLast()
        at(statement.range) {
            builder.emit(.popBlock)
            emitAsyncExit(site)
            builder.emitJump(.jump, to: end)
        }
        builder.place(handler)
        at(statement.range) {
            builder.emit(.asyncWithExitException)
            builder.emit(.getAwaitable)
            builder.emit(.awaitValue, site)
            builder.emitJump(.popJumpIfTrue, to: suppress)
        }
        reraiseOrSuppress(suppress)
        builder.place(end)
    }

    /// `await __aexit__(None, None, None)` for a normal exit from an `async with` body.
    func emitAsyncExit(_ site: Int) {
        builder.emit(.asyncWithExitNormally)
        builder.emit(.getAwaitable)
        builder.emit(.awaitValue, site)
        builder.emit(.popTop)
    }
}
