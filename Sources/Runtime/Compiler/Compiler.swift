/// Compiles a parsed module to code objects: one per module, def, lambda and
/// comprehension. Statements and expressions are in their own extensions.
final class Compiler {
    /// A construct being compiled that `break`, `continue` and `return` must unwind.
    enum FrameBlock {
        case loop(continueLabel: Int, breakLabel: Int, isFor: Bool)
        case tryExcept
        case finallyTry([Stmt])
        case finallyEnd
        case handler(name: String?)
        /// An `except*` body: `break`, `continue` and `return` may not leave it.
        case handlerStar
        /// A `with` block; its exit has the statement's line.
        case with(SourceRange)
        case asyncWith(site: Int, statement: SourceRange)
    }

    let source: SourceFile
    let scopes: [String: Scope]
    let globals: GlobalTable
    let availableModules: [String]
    /// Scenario code (not asyncviz's library): the `Sandbox` rules apply.
    var sandboxed = true
    let moduleScope: Scope
    var errors: [Diagnostic] = []

    var scope: Scope
    var builder: CodeBuilder
    var blocks: [FrameBlock] = []
    var slots: [String: Int] = [:]
    /// A class body that made its `__annotations__` dict (it has a simple annotation at its top level).
    var annotationsReady = false

    init(source: SourceFile, module: Scope, scopes: [String: Scope], globals: GlobalTable, availableModules: [String]) {
        self.source = source
        self.moduleScope = module
        self.scopes = scopes
        self.globals = globals
        self.availableModules = availableModules
        self.scope = module
        let code = CodeObject(name: "<module>", qualifiedName: "<module>", sourcePath: source.tracebackPath, firstLine: 1)
        self.builder = CodeBuilder(code: code, location: SourceRange(at: SourceLocation(line: 1, column: 0)))
    }

    /// The module's code object and its global names, or every error found.
    /// `library` code is asyncviz's own Python (it may define classes).
    static func compile(_ source: SourceFile, availableModules: [String], library: Bool = false) throws(LoadErrors) -> (CodeObject, GlobalTable) {
        let (body, unsupported) = try Parser.parseCollecting(source, allowsClasses: library)
        let module: Scope, scopes: [String: Scope]
        do {
            (module, scopes) = try ScopeBuilder.build(body)
        } catch {
            throw LoadErrors(diagnostics: (unsupported + error.diagnostics).sorted { $0.location < $1.location })
        }
        let globals = GlobalTable()
        let compiler = Compiler(source: source, module: module, scopes: scopes, globals: globals, availableModules: availableModules)
        compiler.sandboxed = !library
        compiler.builder.tracesLines = !library
        compiler.statements(body)
        compiler.builder.location = SourceRange(at: SourceLocation(line: max(1, source.lines.count), column: 0))
        compiler.builder.silently {
            compiler.builder.emit(.loadConst, compiler.builder.constant(.none))
            compiler.builder.emit(.returnValue)
        }
        compiler.builder.finish()
        if !compiler.errors.isEmpty || !unsupported.isEmpty {
            throw LoadErrors(diagnostics: (unsupported + compiler.errors).sorted { $0.location < $1.location })
        }
        return (compiler.builder.code, globals)
    }

    func error(_ kind: Diagnostic.Kind, _ message: String, at loc: SourceLocation) {
        errors.append(Diagnostic(kind, message, at: loc))
    }

    /// Compiles a nested function-like body with its own scope, builder and slots.
    func nested(_ kind: Scope.Kind, name: String, at loc: SourceLocation, _ body: (Compiler) -> Void) -> CodeObject {
        guard let inner = scopes[ScopeBuilder.key(loc, kind)] else {
            fatalError("scope missing for \(name) at \(loc)")
        }
        let outerQualified = builder.code.qualifiedName
        let qualified = scope.kind == .module ? name : scope.kind == .classBody ? "\(outerQualified).\(name)" : "\(outerQualified).<locals>.\(name)"
        let code = CodeObject(name: name, qualifiedName: qualified, sourcePath: source.tracebackPath, firstLine: loc.line)
        let saved = (scope, builder, blocks, slots, annotationsReady)
        annotationsReady = false
        scope = inner
        builder = CodeBuilder(code: code, location: SourceRange(at: loc))
        builder.tracesLines = sandboxed
        blocks = []
        slots = [:]
        layoutSlots(code)
        body(self)
        builder.finish()
        (scope, builder, blocks, slots, annotationsReady) = saved
        return code
    }

    /// Parameters first, then other locals, then free variables.
    private func layoutSlots(_ code: CodeObject) {
        var names = scope.parameters
        for n in scope.bound where !names.contains(n) && scope.isBoundLocally(n) { names.append(n) }
        for n in scope.frees where !names.contains(n) { names.append(n) }
        code.slotNames = names
        for (i, n) in names.enumerated() { slots[n] = i }
        code.cellSlots = names.indices.filter { scope.cells.contains(names[$0]) || scope.frees.contains(names[$0]) }
        code.freeSlots = scope.frees.map { slots[$0]! }
    }

    // MARK: names

    /// A sandbox error for a name the scenario does not define itself, at `loc`.
    func checkSandbox(name: String, at loc: SourceLocation) {
        guard sandboxed, scope.binding(of: name) == .global, !moduleScope.bound.contains(name), let message = Sandbox.builtinMessage(name) else { return }
        error(.unsupported, message, at: loc)
    }

    func checkSandbox(attribute name: String, at loc: SourceLocation) {
        guard sandboxed, let message = Sandbox.attributeMessage(name) else { return }
        error(.unsupported, message, at: loc)
    }

    func load(_ name: String) {
        switch scope.binding(of: name) {
        case .global: builder.emit(.loadGlobal, globals.slot(name))
        case .local where scope.kind == .classBody:
            builder.emit(.loadClassLocal, slots[name]!)
            builder.emit(.loadGlobal, globals.slot(name))
        case .local: builder.emit(.loadFast, slots[name]!)
        case .cell, .free: builder.emit(.loadDeref, slots[name]!)
        }
    }

    func store(_ name: String) {
        switch scope.binding(of: name) {
        case .global: builder.emit(.storeGlobal, globals.slot(name))
        case .local: builder.emit(.storeFast, slots[name]!)
        case .cell, .free: builder.emit(.storeDeref, slots[name]!)
        }
    }

    func delete(_ name: String) {
        switch scope.binding(of: name) {
        case .global: builder.emit(.deleteGlobal, globals.slot(name))
        case .local: builder.emit(.deleteFast, slots[name]!)
        case .cell, .free: builder.emit(.deleteDeref, slots[name]!)
        }
    }

    /// Pushes the cells an inner scope closes over, as a tuple (for `makeFunction`).
    func emitClosure(for inner: CodeObject, scope innerScope: Scope) -> Bool {
        guard !innerScope.frees.isEmpty else { return false }
        for n in innerScope.frees { builder.emit(.loadClosure, slots[n]!) }
        builder.emit(.buildTuple, innerScope.frees.count)
        return true
    }

    /// Numbers a new await site of the code being compiled (the coroutine's state machine has one state per site).
    func awaitSite(_ range: SourceRange) -> Int {
        let site = AwaitSite(index: builder.code.awaitSites.count, line: range.start.line, column: range.start.column, text: sourceText(range))
        builder.code.awaitSites.append(site)
        return site.index
    }

    func constant(_ c: Constant) {
        builder.emit(.loadConst, builder.constant(c))
    }

    @discardableResult
    func at<T>(_ loc: SourceRange, _ body: () -> T) -> T {
        let saved = builder.location
        builder.location = loc
        defer { builder.location = saved }
        return body()
    }
}
