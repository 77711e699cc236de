/// The first compiler pass: walks the tree once to build the scope of every
/// def, lambda and comprehension, keyed by where it starts in the source.
struct ScopeBuilder {
    private(set) var scopes: [String: Scope] = [:]
    private var current: Scope
    var errors: [Diagnostic] = []

    init(module: Scope) {
        current = module
    }

    static func key(_ loc: SourceLocation, _ kind: Scope.Kind) -> String {
        "\(loc.line):\(loc.column):\(kind)"
    }

    static func build(_ body: [Stmt]) throws(LoadErrors) -> (Scope, [String: Scope]) {
        let module = Scope(kind: .module, name: "<module>", isAsync: false, parent: nil)
        var builder = ScopeBuilder(module: module)
        builder.statements(body)
        if !builder.errors.isEmpty { throw LoadErrors(diagnostics: builder.errors) }
        do { try module.resolve() } catch { throw LoadErrors(diagnostics: [error]) }
        return (module, builder.scopes)
    }

    private mutating func enter(_ kind: Scope.Kind, name: String, isAsync: Bool, at loc: SourceLocation, _ body: (inout ScopeBuilder) -> Void) {
        let scope = Scope(kind: kind, name: name, isAsync: isAsync, parent: current)
        current.children.append(scope)
        scopes[ScopeBuilder.key(loc, kind)] = scope
        let saved = current
        current = scope
        body(&self)
        current = saved
    }

    mutating func statements(_ body: [Stmt]) {
        for s in body { statement(s) }
    }

    mutating func statement(_ s: Stmt) {
        switch s.kind {
        case .expr(let e): expr(e)
        case .assign(let targets, let value):
            expr(value)
            for t in targets { target(t) }
        case .augAssign(let t, _, let v):
            expr(v)
            if case .name(let n) = t.kind { current.use(n) }
            target(t)
        case .annotated(let t, let annotation, let v):
            if let v { expr(v); target(t) }
            if current.kind == .classBody, case .name = t.kind {
                expr(annotation)
                current.bind("__annotations__")
            }
        case .functionDef(let def):
            for d in def.decorators { expr(d) }
            parameterDefaults(def.parameters)
            for param in def.parameters.annotated { expr(param.annotation!) }
            if let returns = def.returns { expr(returns) }
            current.bind(def.name)
            enter(.function, name: def.name, isAsync: def.isAsync, at: s.start) { b in
                b.parameters(def.parameters)
                b.statements(def.body)
            }
        case .classDef(let def):
            for d in def.decorators { expr(d) }
            for b in def.bases { expr(b) }
            current.bind(def.name)
            for d in def.decorators { expr(d) }
            enter(.classBody, name: def.name, isAsync: false, at: s.start) { b in
                b.current.bind("__class__")
                b.statements(def.body)
            }
        case .return(let v): if let v { expr(v) }
        case .if(let t, let a, let b):
            expr(t); statements(a); statements(b)
        case .while(let t, let a, let b):
            expr(t); statements(a); statements(b)
        case .for(let t, let iter, let body, let orElse, _):
            expr(iter); target(t); statements(body); statements(orElse)
        case .try(let body, let handlers, let orElse, let fin):
            statements(body)
            for h in handlers {
                if let t = h.type { expr(t) }
                if let n = h.name { current.bind(n) }
                statements(h.body)
            }
            statements(orElse)
            statements(fin)
        case .with(let items, let body, _):
            for item in items {
                expr(item.context)
                if let t = item.target { target(t) }
            }
            statements(body)
        case .raise(let e, let c):
            if let e { expr(e) }
            if let c { expr(c) }
        case .assert(let t, let m):
            expr(t)
            if let m { expr(m) }
        case .del(let targets):
            for t in targets { target(t) }
        case .global(let names):
            for n in names {
                if current.kind == .module { continue }
                current.declaredGlobal.insert(n)
            }
        case .nonlocal(let names):
            for n in names {
                guard current.kind != .module else {
                    errors.append(Diagnostic(.syntaxError, "nonlocal declaration not allowed at module level", at: s.start))
                    continue
                }
                current.declaredNonlocal.insert(n)
                current.nonlocalLocations[n] = s.start
            }
        case .import(let names):
            for n in names { current.bind(n.asName ?? String(n.name.split(separator: ".")[0])) }
        case .importFrom(_, let names, _):
            for n in names where n.name != "*" { current.bind(n.asName ?? n.name) }
        case .match(let subject, let cases):
            expr(subject)
            for c in cases {
                pattern(c.pattern)
                if let g = c.guardExpr { expr(g) }
                statements(c.body)
            }
        case .pass, .break, .continue:
            break
        }
    }

    mutating func pattern(_ p: Pattern) {
        switch p.kind {
        case .value(let e): expr(e)
        case .singleton: break
        case .capture(let n), .star(let n): if let n { current.bind(n) }
        case .sequence(let items), .or(let items): for i in items { pattern(i) }
        case .mapping(let keys, let patterns, let rest):
            for k in keys { expr(k) }
            for q in patterns { pattern(q) }
            if let rest { current.bind(rest) }
        case .cls(let c, let positional, let keywords):
            expr(c)
            for q in positional { pattern(q) }
            for (_, q) in keywords { pattern(q) }
        case .asPattern(let inner, let n):
            if let inner { pattern(inner) }
            current.bind(n)
        }
    }

    /// `name := value` inside comprehensions binds in the nearest enclosing function or module.
    mutating func bindNamed(_ n: String) {
        var scope: Scope = current
        var comprehensions: [Scope] = []
        while scope.kind == .comprehension, let parent = scope.parent {
            comprehensions.append(scope)
            scope = parent
        }
        scope.bind(n)
        for c in comprehensions {
            if scope.kind == .module || scope.declaredGlobal.contains(n) {
                c.declaredGlobal.insert(n)
            } else {
                c.declaredNonlocal.insert(n)
            }
        }
    }

    mutating func parameterDefaults(_ p: Parameters) {
        for param in p.positional + p.keywordOnly { if let d = param.defaultValue { expr(d) } }
    }

    mutating func parameters(_ p: Parameters) {
        current.parameters = p.positional.map(\.name) + p.keywordOnly.map(\.name) + (p.varArgs.map { [$0.name] } ?? []) + (p.varKeywords.map { [$0.name] } ?? [])
        for n in current.parameters { current.bind(n) }
    }

    mutating func target(_ t: Expr) {
        switch t.kind {
        case .name(let n): current.bind(n)
        case .tuple(let items), .list(let items): for i in items { target(i) }
        case .starred(let inner): target(inner)
        case .attribute(let o, _): expr(o)
        case .subscription(let o, let i): expr(o); expr(i)
        default: expr(t)
        }
    }

    mutating func expr(_ e: Expr) {
        switch e.kind {
        case .name(let n):
            current.use(n)
            if n == "super" && current.kind == .function { current.use("__class__") }
        case .constant: break
        case .fstring(let parts): fstringParts(parts)
        case .tuple(let items), .list(let items), .set(let items): for i in items { expr(i) }
        case .dict(let items):
            for item in items {
                switch item {
                case .pair(let k, let v): expr(k); expr(v)
                case .unpack(let m): expr(m)
                }
            }
        case .starred(let inner): expr(inner)
        case .binary:
            var node = e
            while case .binary(_, let left, let right) = node.kind {
                expr(right)
                node = left
            }
            expr(node)
        case .unary(_, let a): expr(a)
        case .boolOp(_, let items): for i in items { expr(i) }
        case .compare(let a, let rest):
            expr(a)
            for (_, b) in rest { expr(b) }
        case .ifExp(let t, let a, let b): expr(t); expr(a); expr(b)
        case .lambda(let params, let body):
            parameterDefaults(params)
            enter(.lambda, name: "<lambda>", isAsync: false, at: e.start) { b in
                b.parameters(params)
                b.expr(body)
            }
        case .call(let f, let args):
            expr(f)
            for a in args {
                switch a {
                case .positional(let x), .star(let x), .doubleStar(let x), .keyword(_, let x, _): expr(x)
                }
            }
        case .attribute(let o, _): expr(o)
        case .subscription(let o, let i): expr(o); expr(i)
        case .slice(let a, let b, let c):
            if let a { expr(a) }
            if let b { expr(b) }
            if let c { expr(c) }
        case .comprehension(let kind, let element, let value, let clauses):
            expr(clauses[0].iter)
            let name = kind == .list ? "<listcomp>" : kind == .set ? "<setcomp>" : kind == .dict ? "<dictcomp>" : "<genexpr>"
            let isAsync = clauses.contains(where: \.isAsync)
            enter(.comprehension, name: name, isAsync: isAsync, at: e.start) { b in
                b.current.parameters = [".0"]
                b.current.bind(".0")
                for (i, clause) in clauses.enumerated() {
                    if i > 0 { b.expr(clause.iter) }
                    b.target(clause.target)
                    for c in clause.conditions { b.expr(c) }
                }
                b.expr(element)
                if let value { b.expr(value) }
            }
            // An async list, set or dict comprehension is awaited where it stands: the comprehension around it awaits.
            if kind != .generator, scopes[ScopeBuilder.key(e.start, .comprehension)]?.isAsync == true {
                var outer: Scope? = current
                while let s = outer, s.kind == .comprehension {
                    s.isAsync = true
                    outer = s.parent
                }
            }
        case .await(let a):
            var scope: Scope? = current
            while let s = scope, s.kind == .comprehension {
                s.isAsync = true
                scope = s.parent
            }
            expr(a)
        case .yield(let a):
            current.hasYield = true
            if let a { expr(a) }
        case .yieldFrom(let a):
            current.hasYield = true
            expr(a)
        case .namedExpr(let n, let v):
            expr(v)
            bindNamed(n)
        }
    }

    mutating func fstringParts(_ parts: [FStringPart]) {
        for p in parts {
            if case .field(let e, _, let spec) = p {
                expr(e)
                if let spec { fstringParts(spec) }
            }
        }
    }
}
