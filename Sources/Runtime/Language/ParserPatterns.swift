/// The `match` statement: its soft keywords (`match`, `case` and `_` stay
/// usable as names) and the pattern grammar of PEP 634.
extension Parser {
    /// `match` starts a statement only when its line ends in `:` and an indented `case` follows.
    var atMatchStatement: Bool {
        let next = peekToken()
        if next.isNewline || next.kind == .eof { return false }
        if case .op(let o) = next.kind, ["=", ".", ",", ")", "]", ":"].contains(o) || (o.hasSuffix("=") && o != "==") {
            return false
        }
        var i = index + 1
        while i + 2 < tokens.count, !tokens[i].isNewline { i += 1 }
        guard i + 2 < tokens.count, tokens[i - 1].isOp(":") else { return false }
        if case .indent = tokens[i + 1].kind { return tokens[i + 2].isKeyword("case") }
        return false
    }

    mutating func matchStatement() throws(Diagnostic) -> Stmt {
        let start = advance().start
        let subjectStart = current.start
        let first = try at("*") ? starOrTest() : namedExpressionTest()
        var subject = first
        if at(",") {
            var items = [first]
            while accept(",") {
                if at(":") { break }
                items.append(try starOrTest())
            }
            subject = Expr(kind: .tuple(items), start: subjectStart, end: previousEnd)
        }
        try expect(":")
        guard current.isNewline else { throw invalidSyntax() }
        advance()
        guard case .indent = current.kind else {
            throw Diagnostic(.indentationError, "expected an indented block after 'match' statement on line \(start.line)", at: current.start)
        }
        advance()
        try nest()
        defer { depth -= 1 }
        var cases: [MatchCase] = []
        while true {
            if case .dedent = current.kind { advance(); break }
            if current.kind == .eof { break }
            if current.isNewline { advance(); continue }
            guard atKeyword("case") else { throw invalidSyntax() }
            let caseStart = advance().start
            let pattern = try patterns()
            let guardExpr = acceptKeyword("if") ? try namedExpressionTest() : nil
            let body = try block(after: "'case' statement", line: caseStart.line)
            cases.append(MatchCase(pattern: pattern, guardExpr: guardExpr, body: body))
        }
        return Stmt(kind: .match(subject: subject, cases: cases), start: start, end: previousEnd)
    }

    /// The pattern of a `case`: an open sequence `a, *b` or one pattern.
    mutating func patterns() throws(Diagnostic) -> Pattern {
        let start = current.start
        let first = try maybeStarPattern()
        guard at(",") else {
            if case .star = first.kind { return Pattern(kind: .sequence([first]), start: start, end: previousEnd) }
            return first
        }
        var items = [first]
        while accept(",") {
            if at(":") || atKeyword("if") { break }
            items.append(try maybeStarPattern())
        }
        return Pattern(kind: .sequence(items), start: start, end: previousEnd)
    }

    mutating func maybeStarPattern() throws(Diagnostic) -> Pattern {
        guard at("*") else { return try pattern() }
        let start = advance().start
        let name = try identifier()
        return Pattern(kind: .star(name == "_" ? nil : name), start: start, end: previousEnd)
    }

    mutating func pattern() throws(Diagnostic) -> Pattern {
        try nest()
        defer { depth -= 1 }
        let start = current.start
        let alternatives = try orPattern()
        guard acceptKeyword("as") else { return alternatives }
        let nameStart = current.start
        let name = try identifier()
        if name == "_" { throw Diagnostic(.syntaxError, "cannot use '_' as a target", at: nameStart) }
        return Pattern(kind: .asPattern(alternatives, name), start: start, end: previousEnd)
    }

    mutating func orPattern() throws(Diagnostic) -> Pattern {
        let start = current.start
        let first = try closedPattern()
        guard at("|") else { return first }
        var items = [first]
        while accept("|") { items.append(try closedPattern()) }
        return Pattern(kind: .or(items), start: start, end: previousEnd)
    }

    mutating func closedPattern() throws(Diagnostic) -> Pattern {
        let start = current.start
        func make(_ kind: Pattern.Kind) -> Pattern { Pattern(kind: kind, start: start, end: previousEnd) }
        switch current.kind {
        case .int, .float, .string, .fstring, .bytes, .imaginary:
            return make(.value(try literalPatternValue()))
        case .op("-"):
            return make(.value(try literalPatternValue()))
        case .op("("):
            advance()
            if accept(")") { return make(.sequence([])) }
            let first = try maybeStarPattern()
            if accept(")") {
                if case .star = first.kind { return make(.sequence([first])) }
                return first
            }
            var items = [first]
            while accept(",") {
                if at(")") { break }
                items.append(try maybeStarPattern())
            }
            try expect(")")
            return make(.sequence(items))
        case .op("["):
            advance()
            var items: [Pattern] = []
            while !at("]") {
                items.append(try maybeStarPattern())
                if !accept(",") { break }
            }
            try expect("]")
            return make(.sequence(items))
        case .op("{"):
            return try mappingPattern()
        case .name(let n):
            switch n {
            case "None": advance(); return make(.singleton(.none))
            case "True": advance(); return make(.singleton(.bool(true)))
            case "False": advance(); return make(.singleton(.bool(false)))
            default: break
            }
            let nameExpr = try dottedNameExpr()
            if at("(") { return try classPattern(nameExpr, start: start) }
            if case .name(let bare) = nameExpr.kind { return make(.capture(bare == "_" ? nil : bare)) }
            return make(.value(nameExpr))
        default:
            throw invalidSyntax()
        }
    }

    /// `a.b.c` as attribute expressions (a plain name stays a name).
    mutating func dottedNameExpr() throws(Diagnostic) -> Expr {
        let start = current.start
        var e = Expr(kind: .name(try identifier()), start: start, end: previousEnd)
        while accept(".") {
            e = Expr(kind: .attribute(e, try identifier()), start: start, end: previousEnd)
        }
        return e
    }

    /// A number (optionally signed, or `a + bj`) or a string: the value a literal pattern compares with.
    mutating func literalPatternValue() throws(Diagnostic) -> Expr {
        let start = current.start
        if case .string = current.kind { return try strings() }
        if case .bytes = current.kind { return try strings() }
        if case .fstring = current.kind {
            throw Diagnostic(.syntaxError, "patterns may only match literals and attribute lookups", at: start)
        }
        let value = try factor()
        switch value.kind {
        case .constant(.int), .constant(.float): break
        default: throw Diagnostic(.syntaxError, "patterns may only match literals and attribute lookups", at: start)
        }
        if at("+") || at("-") {
            note("complex numbers are not supported by asyncviz scenarios", at: advance().start)
            _ = try factor()
        }
        return value
    }

    mutating func mappingPattern() throws(Diagnostic) -> Pattern {
        let start = advance().start
        var keys: [Expr] = []
        var values: [Pattern] = []
        var rest: String?
        while !at("}") {
            if accept("**") {
                let name = try identifier()
                if name == "_" { throw invalidSyntax() }
                rest = name
                _ = accept(",")
                break
            }
            let keyStart = current.start
            let key: Expr
            switch current.kind {
            case .name("None"): advance(); key = Expr(kind: .constant(.none), start: keyStart, end: previousEnd)
            case .name("True"): advance(); key = Expr(kind: .constant(.bool(true)), start: keyStart, end: previousEnd)
            case .name("False"): advance(); key = Expr(kind: .constant(.bool(false)), start: keyStart, end: previousEnd)
            case .name:
                key = try dottedNameExpr()
                if case .name = key.kind {
                    throw Diagnostic(.syntaxError, "mapping pattern keys may only match literals and attribute lookups", at: keyStart)
                }
            default:
                key = try literalPatternValue()
            }
            try expect(":")
            keys.append(key)
            values.append(try pattern())
            if !accept(",") { break }
        }
        try expect("}")
        return Pattern(kind: .mapping(keys: keys, patterns: values, rest: rest), start: start, end: previousEnd)
    }

    mutating func classPattern(_ cls: Expr, start: SourceLocation) throws(Diagnostic) -> Pattern {
        advance()
        var positional: [Pattern] = []
        var keywords: [(String, Pattern)] = []
        while !at(")") {
            if case .name(let n) = current.kind, !pythonKeywords.contains(n), peekToken().isOp("=") {
                advance(); advance()
                keywords.append((n, try pattern()))
            } else {
                let p = try pattern()
                if !keywords.isEmpty {
                    throw Diagnostic(.syntaxError, "positional patterns follow keyword patterns", at: p.start)
                }
                positional.append(p)
            }
            if !accept(",") { break }
        }
        try expect(")")
        return Pattern(kind: .cls(cls, positional: positional, keywords: keywords), start: start, end: previousEnd)
    }
}
