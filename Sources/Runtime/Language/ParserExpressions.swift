/// The expression half of the parser: precedence climbing from lambda and
/// conditional expressions down to atoms, plus assignment-target checks.
extension Parser {
    /// `a, b, *c` — a tuple when there is a comma, else the single expression.
    mutating func expressionList(allowStar: Bool = false) throws(Diagnostic) -> Expr {
        let start = current.start
        let first = try starOrTest(allowStar: allowStar)
        guard at(",") else { return first }
        var items = [first]
        while accept(",") {
            if atExpressionEnd { break }
            items.append(try starOrTest(allowStar: allowStar))
        }
        return Expr(kind: .tuple(items), start: start, end: previousEnd)
    }

    var atExpressionEnd: Bool {
        if current.isNewline || current.kind == .eof { return true }
        if case .op(let o) = current.kind { return [")", "]", "}", "=", ":", ";"].contains(o) || (o.hasSuffix("=") && o.count >= 2 && !["==", "<=", ">=", "!="].contains(o)) }
        if case .name(let n) = current.kind { return n == "in" }
        return false
    }

    mutating func starOrTest(allowStar: Bool = true) throws(Diagnostic) -> Expr {
        if at("*") {
            let start = advance().start
            let inner = try bitOr()
            return Expr(kind: .starred(inner), start: start, end: previousEnd)
        }
        return try test()
    }

    /// A display item: `*iterable`, `name := value` or a test.
    mutating func starOrNamedTest() throws(Diagnostic) -> Expr {
        at("*") ? try starOrTest() : try namedExpressionTest()
    }

    /// A test that may be a `name := value`.
    mutating func namedExpressionTest() throws(Diagnostic) -> Expr {
        let start = current.start
        if case .name(let n) = current.kind, !pythonKeywords.contains(n), peekToken().isOp(":=") {
            advance(); advance()
            let value = try test()
            return Expr(kind: .namedExpr(n, value), start: start, end: previousEnd)
        }
        return try test()
    }

    mutating func test() throws(Diagnostic) -> Expr {
        try nest()
        defer { depth -= 1 }
        if atKeyword("lambda") { return try lambda() }
        let start = current.start
        let body = try orTest()
        guard atKeyword("if") else { return body }
        advance()
        let cond = try orTest()
        guard acceptKeyword("else") else {
            throw Diagnostic(.syntaxError, "expected 'else' after 'if' expression", at: errorLocation)
        }
        let orElse = try test()
        return Expr(kind: .ifExp(test: cond, body: body, orElse: orElse), start: start, end: previousEnd)
    }

    mutating func testNoCond() throws(Diagnostic) -> Expr {
        atKeyword("lambda") ? try lambda() : try orTest()
    }

    mutating func lambda() throws(Diagnostic) -> Expr {
        let start = advance().start
        let params = try parameters(closing: ":", allowAnnotations: false)
        try expect(":")
        let body = try test()
        return Expr(kind: .lambda(params, body), start: start, end: previousEnd)
    }

    mutating func orTest() throws(Diagnostic) -> Expr {
        let start = current.start
        let first = try andTest()
        guard atKeyword("or") else { return first }
        var items = [first]
        while acceptKeyword("or") { items.append(try andTest()) }
        return Expr(kind: .boolOp(isAnd: false, items), start: start, end: previousEnd)
    }

    mutating func andTest() throws(Diagnostic) -> Expr {
        let start = current.start
        let first = try notTest()
        guard atKeyword("and") else { return first }
        var items = [first]
        while acceptKeyword("and") { items.append(try notTest()) }
        return Expr(kind: .boolOp(isAnd: true, items), start: start, end: previousEnd)
    }

    mutating func notTest() throws(Diagnostic) -> Expr {
        if atKeyword("not") {
            let start = advance().start
            try nest()
            defer { depth -= 1 }
            let operand = try notTest()
            return Expr(kind: .unary(.not, operand), start: start, end: previousEnd)
        }
        return try comparison()
    }

    mutating func comparison() throws(Diagnostic) -> Expr {
        let start = current.start
        let first = try bitOr()
        var ops: [(CompareOp, Expr)] = []
        while let op = compareOperator() {
            ops.append((op, try bitOr()))
        }
        return ops.isEmpty ? first : Expr(kind: .compare(first, ops), start: start, end: previousEnd)
    }

    mutating func compareOperator() -> CompareOp? {
        switch current.kind {
        case .op(let o):
            guard let op = CompareOp(rawValue: o) else { return nil }
            advance()
            return op
        case .name("in"):
            advance()
            return .in
        case .name("not") where peekToken().isKeyword("in"):
            advance(); advance()
            return .notIn
        case .name("is"):
            advance()
            return acceptKeyword("not") ? .isNot : .is
        default:
            return nil
        }
    }

    mutating func binaryLevel(_ ops: [String], _ next: (inout Parser) throws(Diagnostic) -> Expr) throws(Diagnostic) -> Expr {
        let start = current.start
        var left = try next(&self)
        var chain = 0
        while case .op(let o) = current.kind, ops.contains(o) {
            chain += 1
            if chain > Parser.maxChain {
                throw Diagnostic(.syntaxError, "expression too long: more than \(Parser.maxChain) chained operators", at: current.start)
            }
            advance()
            let right = try next(&self)
            left = Expr(kind: .binary(BinaryOp(rawValue: o)!, left, right), start: start, end: previousEnd)
        }
        return left
    }

    mutating func bitOr() throws(Diagnostic) -> Expr { try binaryLevel(["|"]) { p throws(Diagnostic) in try p.bitXor() } }
    mutating func bitXor() throws(Diagnostic) -> Expr { try binaryLevel(["^"]) { p throws(Diagnostic) in try p.bitAnd() } }
    mutating func bitAnd() throws(Diagnostic) -> Expr { try binaryLevel(["&"]) { p throws(Diagnostic) in try p.shift() } }
    mutating func shift() throws(Diagnostic) -> Expr { try binaryLevel(["<<", ">>"]) { p throws(Diagnostic) in try p.arith() } }
    mutating func arith() throws(Diagnostic) -> Expr { try binaryLevel(["+", "-"]) { p throws(Diagnostic) in try p.term() } }
    mutating func term() throws(Diagnostic) -> Expr { try binaryLevel(["*", "/", "//", "%", "@"]) { p throws(Diagnostic) in try p.factor() } }

    mutating func factor() throws(Diagnostic) -> Expr {
        if case .op(let o) = current.kind, o == "-" || o == "+" || o == "~" {
            let start = advance().start
            try nest()
            defer { depth -= 1 }
            let operand = try factor()
            let op: UnaryOp = o == "-" ? .neg : o == "+" ? .pos : .invert
            if op == .neg, case .constant(.int(let v)) = operand.kind, v >= 0 {
                return Expr(kind: .constant(.int(-v)), start: start, end: previousEnd)
            }
            if op == .neg, case .constant(.float(let v)) = operand.kind {
                return Expr(kind: .constant(.float(-v)), start: start, end: previousEnd)
            }
            return Expr(kind: .unary(op, operand), start: start, end: previousEnd)
        }
        return try power()
    }

    mutating func power() throws(Diagnostic) -> Expr {
        let start = current.start
        let base = try awaitPrimary()
        guard accept("**") else { return base }
        try nest()
        defer { depth -= 1 }
        let exponent = try factor()
        return Expr(kind: .binary(.pow, base, exponent), start: start, end: previousEnd)
    }

    mutating func awaitPrimary() throws(Diagnostic) -> Expr {
        if atKeyword("await") {
            let start = advance().start
            let operand = try primary()
            return Expr(kind: .await(operand), start: start, end: previousEnd)
        }
        return try primary()
    }

    mutating func primary() throws(Diagnostic) -> Expr {
        let start = current.start
        var e = try atom()
        var chain = 0
        while true {
            if at(".") || at("(") || at("[") {
                chain += 1
                if chain > Parser.maxChain {
                    throw Diagnostic(.syntaxError, "expression too long: more than \(Parser.maxChain) chained calls, subscripts and attributes", at: current.start)
                }
            }
            if accept(".") {
                let name = try identifier()
                e = Expr(kind: .attribute(e, name), start: start, end: previousEnd)
            } else if at("(") {
                let paren = advance().start
                let args = at(")") ? [] : try callArguments(openParen: paren)
                try expect(")")
                e = Expr(kind: .call(e, args), start: start, end: previousEnd)
            } else if at("[") {
                advance()
                let index = try subscriptList()
                try expect("]")
                e = Expr(kind: .subscription(e, index), start: start, end: previousEnd)
            } else {
                return e
            }
        }
    }

    /// A call's arguments; a generator expression that is the sole argument starts at `openParen`, as in CPython
    /// (its line is where its loop's line events happen).
    mutating func callArguments(openParen: SourceLocation? = nil) throws(Diagnostic) -> [Argument] {
        var args: [Argument] = []
        repeat {
            if at(")") { break }
            if accept("*") {
                args.append(.star(try test()))
            } else if accept("**") {
                args.append(.doubleStar(try test()))
            } else if case .name(let n) = current.kind, !pythonKeywords.contains(n), peekToken().isOp("=") {
                let loc = advance().start
                advance()
                args.append(.keyword(n, try test(), loc))
            } else {
                let start = current.start
                let value = try namedExpressionTest()
                if atKeyword("for") || (atKeyword("async") && peekToken().isKeyword("for")) {
                    let clauses = try comprehensionClauses()
                    args.append(.positional(Expr(kind: .comprehension(.generator, element: value, value: nil, clauses),
                                                 start: openParen ?? start, end: previousEnd)))
                } else {
                    args.append(.positional(value))
                }
            }
        } while accept(",")
        return args
    }

    mutating func subscriptList() throws(Diagnostic) -> Expr {
        let start = current.start
        let first = try subscriptItem()
        guard at(",") else { return first }
        var items = [first]
        while accept(",") {
            if at("]") { break }
            items.append(try subscriptItem())
        }
        return Expr(kind: .tuple(items), start: start, end: previousEnd)
    }

    mutating func subscriptItem() throws(Diagnostic) -> Expr {
        let start = current.start
        var lower: Expr?
        if !at(":") {
            lower = try test()
            guard at(":") else { return lower! }
        }
        advance()
        let upper = at(":") || at("]") || at(",") ? nil : try test()
        var step: Expr?
        if accept(":") && !at("]") && !at(",") { step = try test() }
        return Expr(kind: .slice(lower, upper, step), start: start, end: previousEnd)
    }

    mutating func atom() throws(Diagnostic) -> Expr {
        let token = current
        let start = token.start
        func constant(_ c: Constant) -> Expr {
            advance()
            return Expr(kind: .constant(c), start: start, end: token.end)
        }
        switch token.kind {
        case .int(let v): return constant(.int(v))
        case .bigInt(let digits, let radix): return constant(.bigInt(digits: digits, radix: radix))
        case .float(let v): return constant(.float(v))
        case .string, .fstring, .bytes: return try strings()
        case .imaginary(let v): return constant(.imaginary(v))
        case .name(let n):
            switch n {
            case "None": return constant(.none)
            case "True": return constant(.bool(true))
            case "False": return constant(.bool(false))
            case "yield":
                throw Diagnostic(.syntaxError, "'yield' outside of an assignment or statement must be parenthesized", at: start)
            default:
                if pythonKeywords.contains(n) { throw invalidSyntax() }
                advance()
                return Expr(kind: .name(n), start: start, end: token.end)
            }
        case .op("..."): return constant(.ellipsis)
        case .op("("): return try parenthesized()
        case .op("["): return try listDisplay()
        case .op("{"): return try braceDisplay()
        case .indent:
            throw Diagnostic(.indentationError, "unexpected indent", at: token.end)
        default:
            throw invalidSyntax()
        }
    }

    mutating func strings() throws(Diagnostic) -> Expr {
        let start = current.start
        var parts: [FStringPart] = []
        var isFormatted = false
        var octets: [UInt8]?
        var sawText = false
        while true {
            switch current.kind {
            case .string(let s):
                parts.append(.literal(s))
                sawText = true
            case .fstring(let body, let raw, let bodyStart):
                isFormatted = true
                sawText = true
                parts += try FStringParser.parse(body: body, raw: raw, at: bodyStart, parser: &self)
            case .bytes(let data):
                octets = (octets ?? []) + data
            default:
                let end = previousEnd
                if let octets {
                    guard !sawText else { throw Diagnostic(.syntaxError, "cannot mix bytes and nonbytes literals", at: start) }
                    return Expr(kind: .constant(.bytes(octets)), start: start, end: end)
                }
                if isFormatted { return Expr(kind: .fstring(FStringParser.merged(parts)), start: start, end: end) }
                let text = parts.map { if case .literal(let s) = $0 { return s } else { return "" } }.joined()
                return Expr(kind: .constant(.string(text)), start: start, end: end)
            }
            advance()
        }
    }

    mutating func parenthesized() throws(Diagnostic) -> Expr {
        let start = advance().start
        if accept(")") { return Expr(kind: .tuple([]), start: start, end: previousEnd) }
        if atKeyword("yield") {
            let y = try yieldExpression()
            try expect(")")
            return y
        }
        let first = try at("*") ? starOrTest() : namedExpressionTest()
        if atKeyword("for") || (atKeyword("async") && peekToken().isKeyword("for")) {
            let clauses = try comprehensionClauses()
            try expect(")")
            return Expr(kind: .comprehension(.generator, element: first, value: nil, clauses), start: start, end: previousEnd)
        }
        guard at(",") else {
            try expect(")")
            var inner = first
            inner.start = start
            inner.end = previousEnd
            if case .tuple = first.kind { return inner }
            return first
        }
        var items = [first]
        while accept(",") {
            if at(")") { break }
            items.append(try starOrTest())
        }
        try expect(")")
        return Expr(kind: .tuple(items), start: start, end: previousEnd)
    }

    mutating func listDisplay() throws(Diagnostic) -> Expr {
        let start = advance().start
        if accept("]") { return Expr(kind: .list([]), start: start, end: previousEnd) }
        let first = try starOrNamedTest()
        if atKeyword("for") || (atKeyword("async") && peekToken().isKeyword("for")) {
            let clauses = try comprehensionClauses()
            try expect("]")
            return Expr(kind: .comprehension(.list, element: first, value: nil, clauses), start: start, end: previousEnd)
        }
        var items = [first]
        while accept(",") {
            if at("]") { break }
            items.append(try starOrNamedTest())
        }
        try expect("]")
        return Expr(kind: .list(items), start: start, end: previousEnd)
    }

    mutating func braceDisplay() throws(Diagnostic) -> Expr {
        let start = advance().start
        if accept("}") { return Expr(kind: .dict([]), start: start, end: previousEnd) }
        if accept("**") {
            var items: [DictItem] = [.unpack(try bitOr())]
            try dictRest(&items)
            return Expr(kind: .dict(items), start: start, end: previousEnd)
        }
        let first = try starOrTest()
        if accept(":") {
            let value = try test()
            if atKeyword("for") || (atKeyword("async") && peekToken().isKeyword("for")) {
                let clauses = try comprehensionClauses()
                try expect("}")
                return Expr(kind: .comprehension(.dict, element: first, value: value, clauses), start: start, end: previousEnd)
            }
            var items: [DictItem] = [.pair(first, value)]
            try dictRest(&items)
            return Expr(kind: .dict(items), start: start, end: previousEnd)
        }
        if atKeyword("for") || (atKeyword("async") && peekToken().isKeyword("for")) {
            let clauses = try comprehensionClauses()
            try expect("}")
            return Expr(kind: .comprehension(.set, element: first, value: nil, clauses), start: start, end: previousEnd)
        }
        var items = [first]
        while accept(",") {
            if at("}") { break }
            items.append(try starOrNamedTest())
        }
        try expect("}")
        return Expr(kind: .set(items), start: start, end: previousEnd)
    }

    mutating func dictRest(_ items: inout [DictItem]) throws(Diagnostic) {
        while accept(",") {
            if at("}") { break }
            if accept("**") {
                items.append(.unpack(try bitOr()))
            } else {
                let key = try test()
                try expect(":")
                items.append(.pair(key, try test()))
            }
        }
        try expect("}")
    }

    mutating func comprehensionClauses() throws(Diagnostic) -> [ComprehensionClause] {
        var clauses: [ComprehensionClause] = []
        while atKeyword("for") || (atKeyword("async") && peekToken().isKeyword("for")) {
            let isAsync = acceptKeyword("async")
            advance()
            let target = try targetList()
            try expectKeyword("in")
            let iter = try orTest()
            var conditions: [Expr] = []
            while acceptKeyword("if") { conditions.append(try testNoCond()) }
            clauses.append(ComprehensionClause(target: target, iter: iter, conditions: conditions, isAsync: isAsync))
        }
        return clauses
    }

    mutating func yieldExpression() throws(Diagnostic) -> Expr {
        let start = advance().start
        if acceptKeyword("from") {
            let operand = try test()
            return Expr(kind: .yieldFrom(operand), start: start, end: previousEnd)
        }
        let value = atExpressionEnd ? nil : try expressionList()
        return Expr(kind: .yield(value), start: start, end: previousEnd)
    }

    // MARK: parameters

    mutating func parameters(closing: String, allowAnnotations: Bool) throws(Diagnostic) -> Parameters {
        var params = Parameters()
        var seenStar = false
        var seenDefault = false
        while !at(closing) {
            let loc = current.start
            if accept("**") {
                let name = try identifier()
                let annotation = allowAnnotations && accept(":") ? try test() : nil
                params.varKeywords = .init(name: name, defaultValue: nil, location: loc, annotation: annotation)
                _ = accept(",")
                break
            }
            if accept("*") {
                if seenStar { throw Diagnostic(.syntaxError, "* argument may appear only once", at: loc) }
                seenStar = true
                if !at(",") && !at(closing) {
                    let name = try identifier()
                    let annotation = allowAnnotations && accept(":") ? try test() : nil
                    params.varArgs = .init(name: name, defaultValue: nil, location: loc, annotation: annotation)
                } else if at(closing) || peekToken().isOp(closing) && at(",") {
                    throw Diagnostic(.syntaxError, "named arguments must follow bare *", at: loc)
                }
            } else if accept("/") {
                params.positionalOnlyCount = params.positional.count
            } else {
                let name = try identifier()
                let annotation = allowAnnotations && accept(":") ? try test() : nil
                var def: Expr?
                if accept("=") {
                    def = try test()
                    if !seenStar { seenDefault = true }
                } else if seenDefault && !seenStar {
                    throw Diagnostic(.syntaxError, "non-default argument follows default argument", at: loc)
                }
                let param = Parameters.Param(name: name, defaultValue: def, location: loc, annotation: annotation)
                if seenStar { params.keywordOnly.append(param) } else { params.positional.append(param) }
            }
            if !accept(",") { break }
        }
        var seen = Set<String>()
        for name in params.allNames where !seen.insert(name).inserted {
            throw Diagnostic(.syntaxError, "duplicate argument '\(name)' in function definition", at: current.start)
        }
        return params
    }

    // MARK: targets

    /// `for` targets and comprehension targets: a comma list of target atoms.
    mutating func targetList() throws(Diagnostic) -> Expr {
        let start = current.start
        let first = try targetAtomOrPrimary()
        guard at(",") else { return first }
        var items = [first]
        while accept(",") {
            if atKeyword("in") || at("=") { break }
            items.append(try targetAtomOrPrimary())
        }
        return Expr(kind: .tuple(items), start: start, end: previousEnd)
    }

    mutating func targetAtomOrPrimary() throws(Diagnostic) -> Expr {
        if at("*") {
            let start = advance().start
            let inner = try targetAtomOrPrimary()
            return Expr(kind: .starred(inner), start: start, end: previousEnd)
        }
        let e = try bitOr()
        try validateTarget(e)
        return e
    }

    mutating func targetAtom() throws(Diagnostic) -> Expr {
        let e = try targetAtomOrPrimary()
        return e
    }

    func validateTarget(_ e: Expr) throws(Diagnostic) {
        switch e.kind {
        case .name(let n):
            if n == "__debug__" { throw Diagnostic(.syntaxError, "cannot assign to __debug__", at: e.start) }
        case .attribute, .subscription:
            break
        case .tuple(let items), .list(let items):
            for item in items { try validateTarget(item) }
        case .starred(let inner):
            try validateTarget(inner)
        default:
            throw Diagnostic(.syntaxError, "cannot assign to \(e.describedForAssignment)", at: e.start)
        }
    }

    func validateAugmentedTarget(_ e: Expr) throws(Diagnostic) {
        switch e.kind {
        case .name, .attribute, .subscription: break
        default:
            throw Diagnostic(.syntaxError, "'\(e.describedForAssignment)' is an illegal expression for augmented assignment", at: e.start)
        }
    }
}

extension Expr {
    /// How CPython names an expression that cannot be assigned to.
    var describedForAssignment: String {
        switch kind {
        case .call: return "function call"
        case .constant(.none): return "None"
        case .constant(.bool(let b)): return b ? "True" : "False"
        case .constant: return "literal"
        case .fstring: return "f-string expression"
        case .binary, .unary: return "expression"
        case .boolOp: return "expression"
        case .compare: return "comparison"
        case .ifExp: return "conditional expression"
        case .lambda: return "lambda"
        case .namedExpr: return "named expression"
        case .await: return "await expression"
        case .comprehension(let k, _, _, _):
            switch k {
            case .list: return "list comprehension"
            case .set: return "set comprehension"
            case .dict: return "dict comprehension"
            case .generator: return "generator expression"
            }
        case .dict: return "dict literal"
        case .set: return "set display"
        case .yield, .yieldFrom: return "yield expression"
        default: return "expression"
        }
    }
}
