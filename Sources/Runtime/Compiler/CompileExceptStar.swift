/// `try`/`except*`: the group raised by the body is split among the
/// handlers in order; what no handler took, and what the handlers raised,
/// is re-raised at the end.
extension Compiler {
    func tryExceptStar(_ body: [Stmt], _ handlers: [ExceptHandler], _ orElse: [Stmt]) {
        let handlerLabel = builder.newLabel(), end = builder.newLabel()
        guardedBody(body, orElse: orElse, handler: handlerLabel, end: end)
        // Stack: original, rest of the group, list of exceptions the handlers raised.
        builder.emit(.prepareExceptStar)
        for h in handlers {
            builder.location = SourceRange(at: h.start)
            guard let type = h.type else {
                error(.syntaxError, "expected one or more exception types", at: h.start)
                continue
            }
            let noMatch = builder.newLabel(), next = builder.newLabel(), raised = builder.newLabel()
            builder.emit(.rotTwo)
            expression(type)
            builder.emit(.splitExceptStar)
            builder.emit(.dupTop)
            constant(.none)
            builder.emit(.compare, CompareOp.allCases.firstIndex(of: .is)!)
            builder.emitJump(.popJumpIfTrue, to: noMatch)
            if let name = h.name { store(name) } else { builder.emit(.popTop) }
            builder.emit(.rotTwo)
            builder.emitJump(.setupExcept, to: raised)
            blocks.append(.handlerStar)
            statements(h.body)
            blocks.removeLast()
            builder.emit(.popBlock)
            if let name = h.name { clearHandlerName(name) }
            builder.emitJump(.jump, to: next)
            builder.place(raised)
            builder.emit(.listAppend, 1)
            builder.emit(.popExcept)
            if let name = h.name { clearHandlerName(name) }
            builder.emitJump(.jump, to: next)
            builder.place(noMatch)
            builder.emit(.popTop)
            builder.emit(.rotTwo)
            builder.place(next)
        }
        builder.emit(.reraiseExceptStar)
        builder.emit(.popExcept)
        builder.place(end)
    }
}
