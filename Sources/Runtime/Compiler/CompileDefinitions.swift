/// Definitions and imports: classes, functions (with their decorators and defaults) and `import` statements.
extension Compiler {
    /// A class: the body runs as a function whose locals become the class namespace, then decorators apply.
    func classDefinition(_ def: ClassDef, at loc: SourceLocation) {
        for d in def.decorators { expression(d) }
        builder.location = SourceRange(at: loc)
        for b in def.bases { expression(b) }
        builder.emit(.buildTuple, def.bases.count)
        if !def.keywords.isEmpty {
            for (key, value) in def.keywords {
                constant(.string(key))
                expression(value)
            }
            builder.emit(.buildMap, def.keywords.count)
        }
        makeFunction(name: def.name, parameters: Parameters(), at: loc, kind: .classBody) { c in
            c.builder.code.docstring = Compiler.docstring(def.body)
            c.builder.emit(.nop)
            if def.body.contains(where: \.isSimpleAnnotation) {
                c.builder.emit(.buildMap, 0)
                c.store("__annotations__")
                c.annotationsReady = true
            }
            c.statements(def.body)
            c.builder.silently {
                c.builder.emit(.classNamespace)
                c.builder.emit(.returnValue)
            }
        }
        builder.emit(.call, 0)
        builder.emit(.makeClass, builder.name(def.name) << 1 | (def.keywords.isEmpty ? 0 : 1))
        applyDecorators(def.decorators)
        store(def.name)
    }

    func functionDefinition(_ def: FunctionDef, at loc: SourceLocation) {
        for d in def.decorators { expression(d) }
        makeFunction(name: def.name, parameters: def.parameters, returns: def.returns, at: loc, kind: .function) { c in
            c.builder.code.isCoroutine = def.isAsync && !c.scope.hasYield
            c.builder.code.isGenerator = c.scope.hasYield
            c.builder.code.isAsyncGenerator = def.isAsync && c.scope.hasYield
            c.builder.code.docstring = Compiler.docstring(def.body)
            c.statements(def.body)
            c.builder.silently {
                c.constant(.none)
                c.builder.emit(.returnValue)
            }
        }
        applyDecorators(def.decorators)
        store(def.name)
    }

    /// Calls the decorators (evaluated before the definition) on it, innermost first.
    func applyDecorators(_ decorators: [Expr]) {
        for d in decorators.reversed() {
            at(d.range) { builder.emit(.call, 1) }
        }
    }

    /// The string a body starts with, which Python takes as its docstring.
    static func docstring(_ body: [Stmt]) -> String? {
        guard case .expr(let e)? = body.first?.kind, case .constant(.string(let s)) = e.kind else { return nil }
        return s
    }

    /// Evaluates defaults, compiles the body as a nested code object and emits `makeFunction`.
    func makeFunction(name: String, parameters p: Parameters, returns: Expr? = nil, at loc: SourceLocation,
                      kind: Scope.Kind, body: @escaping (Compiler) -> Void) {
        var flags = 0
        let defaults = p.positional.compactMap(\.defaultValue)
        if !defaults.isEmpty {
            for d in defaults { expression(d) }
            builder.emit(.buildTuple, defaults.count)
            flags |= 1
        }
        let kwDefaults = p.keywordOnly.filter { $0.defaultValue != nil }
        if !kwDefaults.isEmpty {
            for k in kwDefaults {
                constant(.string(k.name))
                expression(k.defaultValue!)
            }
            builder.emit(.buildMap, kwDefaults.count)
            flags |= 2
        }
        let annotated = p.annotated
        if !annotated.isEmpty || returns != nil {
            for param in annotated {
                constant(.string(param.name))
                expression(param.annotation!)
            }
            if let returns {
                constant(.string("return"))
                expression(returns)
            }
            builder.emit(.buildMap, annotated.count + (returns == nil ? 0 : 1))
            flags |= 8
        }
        let innerScope = scopes[ScopeBuilder.key(loc, kind)]!
        let code = nested(kind, name: name, at: loc) { c in
            c.builder.code.signature = CodeObject.Signature(
                positionalCount: p.positional.count, positionalOnlyCount: p.positionalOnlyCount, keywordOnlyCount: p.keywordOnly.count,
                hasVarArgs: p.varArgs != nil, hasVarKeywords: p.varKeywords != nil,
                names: c.scope.parameters)
            c.builder.code.hasSimpleArguments = p.varArgs == nil && p.varKeywords == nil && p.keywordOnly.isEmpty
            body(c)
        }
        if emitClosure(for: code, scope: innerScope) { flags |= 4 }
        builder.location = SourceRange(at: loc)
        builder.emit(.loadConst, builder.constant(object: .object(code)))
        builder.emit(.makeFunction, flags)
    }

    // MARK: imports

    func checkModule(_ name: String, at loc: SourceLocation) -> Bool {
        guard availableModules.contains(name) else {
            error(.unsupported, Sandbox.importMessage(name), at: loc)
            return false
        }
        return true
    }

    func importName(_ n: ImportName) {
        guard checkModule(n.name, at: n.location) else { return }
        builder.location = SourceRange(at: n.location)
        let leaf = n.asName != nil
        builder.emit(.importName, builder.name(n.name) * 2 + (leaf ? 1 : 0))
        store(n.asName ?? String(n.name.split(separator: ".")[0]))
    }

    func importFrom(_ module: String, _ names: [ImportName], level: Int, at loc: SourceLocation) {
        if level > 0 {
            error(.unsupported, "relative imports are not available in asyncviz scenarios", at: loc)
            return
        }
        guard checkModule(module, at: loc) else { return }
        builder.emit(.importName, builder.name(module) * 2 + 1)
        for n in names {
            if n.name == "*" {
                error(.unsupported, "'from \(module) import *' is not supported by asyncviz scenarios; import the names you use", at: n.location)
                continue
            }
            builder.location = SourceRange(at: n.location)
            builder.emit(.importFrom, builder.name(n.name))
            store(n.asName ?? n.name)
        }
        builder.emit(.popTop)
    }
}
