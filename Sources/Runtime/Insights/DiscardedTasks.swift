/// The lines where a scenario makes a task and throws the only reference to
/// it away (`asyncio.create_task(f())` as a statement): CPython's event loop
/// keeps only a weak reference, so such a task can be garbage-collected
/// before it finishes. Found in the source, matched to `task.create` events.
enum DiscardedTasks {
    static let makers: Set<String> = ["create_task", "ensure_future"]

    static func lines(in source: SourceFile) -> Set<Int> {
        guard let body = try? Parser.parse(source) else { return [] }
        var found: Set<Int> = []
        visit(body, &found)
        return found
    }

    private static func visit(_ statements: [Stmt], _ found: inout Set<Int>) {
        for s in statements {
            switch s.kind {
            case .expr(let e):
                if case .call(let callee, _) = e.kind, discards(callee) { found.insert(e.start.line) }
            case .functionDef(let def): visit(def.body, &found)
            case .if(_, let body, let orElse), .while(_, let body, let orElse):
                visit(body, &found)
                visit(orElse, &found)
            case .for(_, _, let body, let orElse, _):
                visit(body, &found)
                visit(orElse, &found)
            case .try(let body, let handlers, let orElse, let finally):
                visit(body, &found)
                for h in handlers { visit(h.body, &found) }
                visit(orElse, &found)
                visit(finally, &found)
            case .with(_, let body, _): visit(body, &found)
            default: break
            }
        }
    }

    /// `create_task(...)`, `asyncio.create_task(...)`, `loop.create_task(...)` and `ensure_future` alike; not a
    /// `TaskGroup`'s `create_task`, whose group keeps the task.
    private static func discards(_ callee: Expr) -> Bool {
        switch callee.kind {
        case .name(let n): return makers.contains(n)
        case .attribute(let receiver, let n):
            guard makers.contains(n), case .name(let owner) = receiver.kind else { return false }
            return owner == "asyncio" || owner.lowercased().contains("loop")
        default: return false
        }
    }
}
