/// Recursive-descent parser from tokens to the syntax tree: the statement
/// half. It parses a little more than the subset (`yield`, ...) so that it can name those constructs in its errors, which it
/// collects in `unsupported` while it goes on.
struct Parser {
    static let maxNesting = 200
    /// How many operators one chain like `a + b + c ...` may have (its tree is that deep).
    static let maxChain = 1000

    var tokens: [Token]
    var index = 0
    var unsupported: [Diagnostic] = []
    var depth = 0
    /// asyncviz's own library code may define generator functions; scenarios may not.
    var allowsClasses = false

    init(tokens: [Token], allowsClasses: Bool = false) {
        self.tokens = tokens
        self.allowsClasses = allowsClasses
    }

    /// The module's statements and every unsupported construct in them, or
    /// the first syntax error with every unsupported construct found before it.
    static func parseCollecting(_ source: SourceFile, allowsClasses: Bool = false) throws(LoadErrors) -> ([Stmt], [Diagnostic]) {
        let tokens: [Token]
        do { tokens = try Lexer.tokenize(source.text) } catch { throw LoadErrors(diagnostics: [error]) }
        var parser = Parser(tokens: tokens, allowsClasses: allowsClasses)
        do {
            let body = try parser.parseModule()
            return (body, parser.unsupported)
        } catch let error as Diagnostic {
            throw LoadErrors(diagnostics: parser.unsupported + [error])
        } catch let errors as LoadErrors {
            throw errors
        } catch {
            throw LoadErrors(diagnostics: [])
        }
    }

    /// The module's statements; any unsupported construct is an error.
    static func parse(_ source: SourceFile) throws(LoadErrors) -> [Stmt] {
        let (body, unsupported) = try parseCollecting(source)
        if !unsupported.isEmpty { throw LoadErrors(diagnostics: unsupported) }
        return body
    }

    // MARK: token helpers

    var current: Token { tokens[index] }

    func peekToken(_ offset: Int = 1) -> Token {
        tokens[min(index + offset, tokens.count - 1)]
    }

    @discardableResult
    mutating func advance() -> Token {
        let t = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return t
    }

    var previousEnd: SourceLocation { index > 0 ? tokens[index - 1].end : current.start }

    func at(_ op: String) -> Bool { current.isOp(op) }
    func atKeyword(_ k: String) -> Bool { current.isKeyword(k) }

    mutating func accept(_ op: String) -> Bool {
        if at(op) { advance(); return true }
        return false
    }

    mutating func acceptKeyword(_ k: String) -> Bool {
        if atKeyword(k) { advance(); return true }
        return false
    }

    mutating func expect(_ op: String) throws(Diagnostic) {
        guard accept(op) else { throw Diagnostic(.syntaxError, "expected '\(op)'", at: errorLocation) }
    }

    mutating func expectKeyword(_ k: String) throws(Diagnostic) {
        guard acceptKeyword(k) else { throw invalidSyntax() }
    }

    /// Where "invalid syntax" points: the current token (the end of the line for NEWLINE).
    var errorLocation: SourceLocation { current.start }

    func invalidSyntax() -> Diagnostic {
        if case .indent = current.kind { return Diagnostic(.indentationError, "unexpected indent", at: current.end) }
        return Diagnostic(.syntaxError, "invalid syntax", at: errorLocation)
    }

    mutating func identifier() throws(Diagnostic) -> String {
        if case .name(let n) = current.kind, !pythonKeywords.contains(n) {
            advance()
            return n
        }
        throw invalidSyntax()
    }

    mutating func note(_ message: String, at location: SourceLocation) {
        unsupported.append(Diagnostic(.unsupported, message, at: location))
    }

    mutating func nest() throws(Diagnostic) {
        depth += 1
        if depth > Parser.maxNesting {
            throw Diagnostic(.syntaxError, "too many nested statements and expressions (the limit is \(Parser.maxNesting))", at: current.start)
        }
    }

    // MARK: statements

    mutating func parseModule() throws -> [Stmt] {
        var body: [Stmt] = []
        while true {
            switch current.kind {
            case .eof: return body
            case .newline: advance()
            case .indent: throw Diagnostic(.indentationError, "unexpected indent", at: current.end)
            default: body += try statement()
            }
        }
    }

    mutating func statement() throws(Diagnostic) -> [Stmt] {
        if case .name(let word) = current.kind {
            switch word {
            case "if": return [try ifStatement()]
            case "while": return [try whileStatement()]
            case "for": return [try forStatement(isAsync: false, start: current.start)]
            case "try": return [try tryStatement()]
            case "with": return [try withStatement(isAsync: false, start: current.start)]
            case "def": return [try functionDef(decorators: [], isAsync: false, start: current.start)]
            case "class": return [try classDef(decorators: [])]
            case "match" where atMatchStatement: return [try matchStatement()]
            case "async": return [try asyncStatement()]
            default: break
            }
        }
        if at("@") { return [try decorated()] }
        return try simpleStatements()
    }

    /// The block after a compound statement's colon: an indented suite, or simple statements on the same line.
    mutating func block(after keyword: String, line: Int) throws(Diagnostic) -> [Stmt] {
        try expect(":")
        guard current.isNewline else { return try simpleStatements() }
        advance()
        guard case .indent = current.kind else {
            throw Diagnostic(.indentationError, "expected an indented block after \(keyword) on line \(line)", at: current.start)
        }
        advance()
        try nest()
        defer { depth -= 1 }
        var body: [Stmt] = []
        while true {
            switch current.kind {
            case .dedent: advance(); return body
            case .eof: return body
            case .newline: advance()
            case .indent: throw Diagnostic(.indentationError, "unexpected indent", at: current.end)
            default: body += try statement()
            }
        }
    }

    mutating func ifStatement() throws(Diagnostic) -> Stmt {
        let start = advance().start
        let test = try namedExpressionTest()
        let body = try block(after: "'if' statement", line: start.line)
        var orElse: [Stmt] = []
        if atKeyword("elif") {
            orElse = [try ifStatement()]
        } else if atKeyword("else") {
            let line = advance().start.line
            orElse = try block(after: "'else' statement", line: line)
        }
        return Stmt(kind: .if(test, body, orElse), start: start, end: previousEnd)
    }

    mutating func whileStatement() throws(Diagnostic) -> Stmt {
        let start = advance().start
        let test = try namedExpressionTest()
        let body = try block(after: "'while' statement", line: start.line)
        let orElse = try elseBlock()
        return Stmt(kind: .while(test, body, orElse), start: start, end: previousEnd)
    }

    mutating func elseBlock() throws(Diagnostic) -> [Stmt] {
        guard atKeyword("else") else { return [] }
        let line = advance().start.line
        return try block(after: "'else' statement", line: line)
    }

    mutating func forStatement(isAsync: Bool, start: SourceLocation) throws(Diagnostic) -> Stmt {
        advance()
        let target = try targetList()
        try expectKeyword("in")
        let iter = try expressionList()
        let body = try block(after: "'for' statement", line: start.line)
        let orElse = try elseBlock()
        return Stmt(kind: .for(target: target, iter: iter, body: body, orElse: orElse, isAsync: isAsync), start: start, end: previousEnd)
    }

    mutating func tryStatement() throws(Diagnostic) -> Stmt {
        let start = advance().start
        let body = try block(after: "'try' statement", line: start.line)
        var handlers: [ExceptHandler] = []
        while atKeyword("except") {
            let hstart = advance().start
            let isStar = accept("*")
            var type: Expr?
            var name: String?
            if !at(":") {
                type = try test()
                if at(",") {
                    var items = [type!]
                    while accept(",") { items.append(try test()) }
                    throw Diagnostic(.syntaxError, "multiple exception types must be parenthesized", at: items[0].start)
                }
                if acceptKeyword("as") { name = try identifier() }
            }
            let hbody = try block(after: "'except' statement", line: hstart.line)
            handlers.append(ExceptHandler(type: type, name: name, body: hbody, start: hstart, isStar: isStar))
        }
        let orElse = handlers.isEmpty ? [] : try elseBlock()
        var finally: [Stmt] = []
        if atKeyword("finally") {
            let line = advance().start.line
            finally = try block(after: "'finally' statement", line: line)
        }
        if handlers.isEmpty && finally.isEmpty {
            throw Diagnostic(.syntaxError, "expected 'except' or 'finally' block", at: current.start)
        }
        return Stmt(kind: .try(body: body, handlers: handlers, orElse: orElse, finally: finally), start: start, end: previousEnd)
    }

    mutating func withStatement(isAsync: Bool, start: SourceLocation) throws(Diagnostic) -> Stmt {
        advance()
        var items: [WithItem] = []
        let parenthesized = at("(") && withItemsAreParenthesized()
        if parenthesized { advance() }
        repeat {
            if parenthesized && at(")") { break }
            let context = try test()
            var target: Expr?
            if acceptKeyword("as") { target = try targetAtom() }
            items.append(WithItem(context: context, target: target))
        } while accept(",")
        if parenthesized { try expect(")") }
        let body = try block(after: "'with' statement", line: start.line)
        return Stmt(kind: .with(items: items, body: body, isAsync: isAsync), start: start, end: previousEnd)
    }

    /// `with (a as b, c as d):` — a parenthesised item list, told apart from a parenthesised expression.
    func withItemsAreParenthesized() -> Bool {
        var depth = 0
        var i = index
        while i < tokens.count {
            let t = tokens[i]
            if t.isOp("(") || t.isOp("[") || t.isOp("{") { depth += 1 }
            if t.isOp(")") || t.isOp("]") || t.isOp("}") {
                depth -= 1
                if depth == 0 { return tokens[i + 1].isOp(":") && tokens[index + 1..<i].contains { $0.isKeyword("as") } }
            }
            if t.isNewline { return false }
            i += 1
        }
        return false
    }

    mutating func functionDef(decorators: [Expr], isAsync: Bool, start: SourceLocation) throws(Diagnostic) -> Stmt {
        advance()
        let name = try identifier()
        try expect("(")
        let params = try parameters(closing: ")", allowAnnotations: true)
        try expect(")")
        let returns = accept("->") ? try test() : nil
        let body = try block(after: "function definition", line: start.line)
        let def = FunctionDef(name: name, parameters: params, body: body, isAsync: isAsync, decorators: decorators,
                              returns: returns)
        return Stmt(kind: .functionDef(def), start: start, end: previousEnd)
    }

    mutating func classDef(decorators: [Expr]) throws(Diagnostic) -> Stmt {
        let start = advance().start
        let name = try identifier()
        var bases: [Expr] = []
        var keywords: [(name: String, value: Expr)] = []
        if accept("(") {
            if !at(")") {
                for argument in try callArguments() {
                    switch argument {
                    case .positional(let base): bases.append(base)
                    case .keyword(let key, let value, _): keywords.append((key, value))
                    default: break
                    }
                }
            }
            try expect(")")
        }
        let body = try block(after: "class definition", line: start.line)
        var def = ClassDef(name: name, bases: bases, body: body, decorators: decorators)
        def.keywords = keywords
        return Stmt(kind: .classDef(def), start: start, end: previousEnd)
    }

    mutating func decorated() throws(Diagnostic) -> Stmt {
        var decorators: [Expr] = []
        while accept("@") {
            decorators.append(try namedExpressionTest())
            guard current.isNewline else { throw invalidSyntax() }
            advance()
        }
        if atKeyword("def") { return try functionDef(decorators: decorators, isAsync: false, start: current.start) }
        if atKeyword("class") { return try classDef(decorators: decorators) }
        if atKeyword("async") && peekToken().isKeyword("def") {
            let s = advance().start
            return try functionDef(decorators: decorators, isAsync: true, start: s)
        }
        throw invalidSyntax()
    }

    mutating func asyncStatement() throws(Diagnostic) -> Stmt {
        let start = current.start
        let next = peekToken()
        if next.isKeyword("def") {
            advance()
            return try functionDef(decorators: [], isAsync: true, start: start)
        }
        if next.isKeyword("with") {
            advance()
            return try withStatement(isAsync: true, start: start)
        }
        if next.isKeyword("for") {
            advance()
            return try forStatement(isAsync: true, start: start)
        }
        throw invalidSyntax()
    }

    mutating func simpleStatements() throws(Diagnostic) -> [Stmt] {
        var stmts = [try simpleStatement()]
        while accept(";") {
            if current.isNewline { break }
            stmts.append(try simpleStatement())
        }
        guard current.isNewline || current.kind == .eof else { throw invalidSyntax() }
        advance()
        return stmts
    }

    mutating func simpleStatement() throws(Diagnostic) -> Stmt {
        let start = current.start
        func make(_ kind: Stmt.Kind) -> Stmt { Stmt(kind: kind, start: start, end: previousEnd) }
        if case .name(let word) = current.kind {
            switch word {
            case "pass": advance(); return make(.pass)
            case "break": advance(); return make(.break)
            case "continue": advance(); return make(.continue)
            case "return":
                advance()
                let value = atStatementEnd ? nil : try expressionList(allowStar: true)
                return make(.return(value))
            case "raise":
                advance()
                guard !atStatementEnd else { return make(.raise(nil, cause: nil)) }
                let exc = try test()
                let cause = acceptKeyword("from") ? try test() : nil
                return make(.raise(exc, cause: cause))
            case "global", "nonlocal":
                advance()
                var names = [try identifier()]
                while accept(",") { names.append(try identifier()) }
                return make(word == "global" ? .global(names) : .nonlocal(names))
            case "del":
                advance()
                var targets = [try targetAtomOrPrimary()]
                while accept(",") {
                    if atStatementEnd { break }
                    targets.append(try targetAtomOrPrimary())
                }
                return make(.del(targets))
            case "assert":
                advance()
                let test = try self.test()
                let msg = accept(",") ? try self.test() : nil
                return make(.assert(test, msg))
            case "yield":
                return make(.expr(try yieldExpression()))
            case "import":
                advance()
                var names: [ImportName] = []
                repeat {
                    let loc = current.start
                    let name = try dottedName()
                    let asName = acceptKeyword("as") ? try identifier() : nil
                    names.append(ImportName(name: name, asName: asName, location: loc))
                } while accept(",")
                return make(.import(names))
            case "from":
                return try importFrom(start: start)
            default:
                break
            }
        }
        return try expressionStatement(start: start)
    }

    var atStatementEnd: Bool { current.isNewline || at(";") || current.kind == .eof }

    mutating func dottedName() throws(Diagnostic) -> String {
        var name = try identifier()
        while accept(".") { name += "." + (try identifier()) }
        return name
    }

    mutating func importFrom(start: SourceLocation) throws(Diagnostic) -> Stmt {
        advance()
        var level = 0
        while at(".") || at("...") { level += at("...") ? 3 : 1; advance() }
        let module = level > 0 && atKeyword("import") ? "" : try dottedName()
        try expectKeyword("import")
        var names: [ImportName] = []
        if at("*") {
            names.append(ImportName(name: "*", asName: nil, location: advance().start))
        } else {
            let paren = accept("(")
            repeat {
                if paren && at(")") { break }
                let loc = current.start
                let name = try identifier()
                let asName = acceptKeyword("as") ? try identifier() : nil
                names.append(ImportName(name: name, asName: asName, location: loc))
            } while accept(",")
            if paren { try expect(")") }
        }
        return Stmt(kind: .importFrom(module: module, names: names, level: level), start: start, end: previousEnd)
    }

    mutating func expressionStatement(start: SourceLocation) throws(Diagnostic) -> Stmt {
        let first = try expressionList(allowStar: true)
        if at(":") && !first.isTupleDisplay {
            advance()
            let annotation = try test()
            try validateTarget(first)
            let value = accept("=") ? try assignedValue() : nil
            let kind = Stmt.Kind.annotated(target: first, annotation: annotation, value: value)
            return Stmt(kind: kind, start: start, end: previousEnd)
        }
        if case .op(let op) = current.kind, op.count >= 2, op.hasSuffix("="), let bin = BinaryOp(rawValue: String(op.dropLast())), op != "==" && op != "<=" && op != ">=" && op != "!=" {
            advance()
            try validateAugmentedTarget(first)
            let value = try assignedValue()
            return Stmt(kind: .augAssign(first, bin, value), start: start, end: previousEnd)
        }
        guard at("=") else {
            return Stmt(kind: .expr(first), start: start, end: previousEnd)
        }
        var targets = [first]
        var value = first
        while accept("=") {
            value = try assignedValue()
            targets.append(value)
        }
        targets.removeLast()
        for t in targets { try validateTarget(t) }
        return Stmt(kind: .assign(targets: targets, value: value), start: start, end: previousEnd)
    }

    mutating func assignedValue() throws(Diagnostic) -> Expr {
        if atKeyword("yield") { return try yieldExpression() }
        return try expressionList(allowStar: true)
    }
}
