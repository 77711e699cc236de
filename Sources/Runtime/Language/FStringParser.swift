/// Splits an f-string body into literal text and replacement fields
/// (`{expr!r:spec}`, nested fields inside the spec, `{{` and `}}`), and parses
/// each field's expression with the real parser at its true source location.
enum FStringParser {
    static func parse(body: String, raw: Bool, at start: SourceLocation, parser: inout Parser) throws(Diagnostic) -> [FStringPart] {
        let s = Array(body.unicodeScalars)
        var i = 0
        return try parts(s, &i, raw: raw, base: start, nested: false, parser: &parser)
    }

    /// Adjacent literals joined, so the compiler sees the fewest pieces.
    static func merged(_ parts: [FStringPart]) -> [FStringPart] {
        var out: [FStringPart] = []
        for part in parts {
            if case .literal(let b) = part, case .literal(let a)? = out.last {
                out[out.count - 1] = .literal(a + b)
            } else if case .literal(let b) = part, b.isEmpty {
                continue
            } else {
                out.append(part)
            }
        }
        return out
    }

    private static func location(of offset: Int, in s: [Unicode.Scalar], base: SourceLocation) -> SourceLocation {
        var loc = base
        for k in 0..<min(offset, s.count) {
            if s[k] == "\n" { loc.line += 1; loc.column = 0 } else { loc.column += 1 }
        }
        return loc
    }

    private static func parts(_ s: [Unicode.Scalar], _ i: inout Int, raw: Bool, base: SourceLocation, nested: Bool, parser: inout Parser) throws(Diagnostic) -> [FStringPart] {
        var result: [FStringPart] = []
        var literal = String.UnicodeScalarView()
        func flush() throws(Diagnostic) {
            guard !literal.isEmpty else { return }
            let text = String(literal)
            result.append(.literal(raw ? text : try StringEscapes.decode(text, at: base)))
            literal = String.UnicodeScalarView()
        }
        while i < s.count {
            let c = s[i]
            if c == "{" {
                if !nested && i + 1 < s.count && s[i + 1] == "{" {
                    literal.append("{")
                    i += 2
                    continue
                }
                try flush()
                result += try field(s, &i, raw: raw, base: base, parser: &parser)
                continue
            }
            if c == "}" {
                if nested { break }
                if i + 1 < s.count && s[i + 1] == "}" {
                    literal.append("}")
                    i += 2
                    continue
                }
                throw Diagnostic(.syntaxError, "f-string: single '}' is not allowed", at: location(of: i, in: s, base: base))
            }
            if c == "\\" && !raw && i + 2 < s.count && s[i + 1] == "N" && s[i + 2] == "{",
               let close = s[(i + 2)...].firstIndex(of: "}") {
                literal.append(contentsOf: s[i...close])
                i = close + 1
                continue
            }
            if c == "\\" && !raw && i + 1 < s.count {
                literal.append(c)
                literal.append(s[i + 1])
                i += 2
                continue
            }
            literal.append(c)
            i += 1
        }
        try flush()
        return result
    }

    /// One replacement field; a self-documenting `{expr=}` is its text as a literal, then the field.
    private static func field(_ s: [Unicode.Scalar], _ i: inout Int, raw: Bool, base: SourceLocation, parser: inout Parser) throws(Diagnostic) -> [FStringPart] {
        let open = i
        i += 1
        let exprStart = i
        var depth = 0
        var quote: Unicode.Scalar?
        while i < s.count {
            let c = s[i]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "'" || c == "\"" {
                quote = c
            } else if c == "\\" {
                throw Diagnostic(.syntaxError, "f-string expression part cannot include a backslash", at: location(of: i, in: s, base: base))
            } else if "([{".unicodeScalars.contains(c) {
                depth += 1
            } else if ")]}".unicodeScalars.contains(c) {
                if depth == 0 { break }
                depth -= 1
            } else if depth == 0 && (c == ":" || (c == "!" && !(i + 1 < s.count && s[i + 1] == "="))) {
                break
            } else if c == "#" {
                throw Diagnostic(.syntaxError, "f-string expression part cannot include '#'", at: location(of: i, in: s, base: base))
            }
            i += 1
        }
        let exprText = String(String.UnicodeScalarView(s[exprStart..<i]))
        let exprLoc = location(of: exprStart, in: s, base: base)
        if exprText.allSatisfy({ $0 == " " || $0 == "\n" || $0 == "\t" }) {
            throw Diagnostic(.syntaxError, "f-string: empty expression not allowed", at: location(of: open, in: s, base: base))
        }
        var trimmed = Substring(exprText)
        while let last = trimmed.last, last == " " || last == "\t" || last == "\n" { trimmed = trimmed.dropLast() }
        let selfDocumenting = trimmed.hasSuffix("=") && !["==", "!=", "<=", ">="].contains { trimmed.hasSuffix($0) }
        let expr = try parseExpression(selfDocumenting ? String(trimmed.dropLast()) : exprText, at: exprLoc, parser: &parser)
        var conversion: Character?
        if i < s.count && s[i] == "!" {
            i += 1
            guard i < s.count, "rsa".unicodeScalars.contains(s[i]) else {
                throw Diagnostic(.syntaxError, "f-string: invalid conversion character: expected 's', 'r', or 'a'", at: location(of: i, in: s, base: base))
            }
            conversion = Character(s[i])
            i += 1
        }
        var spec: [FStringPart]?
        if i < s.count && s[i] == ":" {
            i += 1
            spec = merged(try parts(s, &i, raw: raw, base: base, nested: true, parser: &parser))
        }
        guard i < s.count && s[i] == "}" else {
            throw Diagnostic(.syntaxError, "f-string: expecting '}'", at: location(of: open, in: s, base: base))
        }
        i += 1
        guard selfDocumenting else { return [.field(expr, conversion: conversion, spec: spec)] }
        let shownConversion: Character? = conversion ?? (spec == nil ? "r" : nil)
        return [.literal(exprText), .field(expr, conversion: shownConversion, spec: spec)]
    }

    /// Parses one field's expression text as `(text)`, with locations shifted to where it stands in the file.
    private static func parseExpression(_ text: String, at loc: SourceLocation, parser outer: inout Parser) throws(Diagnostic) -> Expr {
        var tokens = try Lexer.tokenize("(" + text + ")")
        tokens = tokens.filter { $0.kind != .newline && $0.kind != .indent && $0.kind != .dedent }
        func shift(_ p: SourceLocation) -> SourceLocation {
            p.line == 1 ? SourceLocation(line: loc.line, column: loc.column + p.column - 1) : SourceLocation(line: loc.line + p.line - 1, column: p.column)
        }
        for k in tokens.indices {
            tokens[k].start = shift(tokens[k].start)
            tokens[k].end = shift(tokens[k].end)
        }
        var sub = Parser(tokens: tokens)
        sub.depth = outer.depth
        let e = try sub.expressionList()
        outer.unsupported += sub.unsupported
        guard sub.current.kind == .eof else {
            throw Diagnostic(.syntaxError, "f-string: invalid syntax", at: sub.current.start)
        }
        return e
    }
}
