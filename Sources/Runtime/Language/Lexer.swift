/// Turns scenario text into tokens with Python's rules: logical lines,
/// INDENT/DEDENT from an indentation stack (TabError on ambiguous tabs),
/// implicit joining inside brackets, and every literal form of the subset.
struct Lexer {
    static let maxBracketDepth = 200

    private let src: [Unicode.Scalar]
    private var pos = 0
    private var line = 1
    private var lineStart = 0
    private var tokens: [Token] = []
    private var indents: [Int] = [0]
    private var altIndents: [Int] = [0]
    private var brackets: [(Unicode.Scalar, SourceLocation)] = []
    private var atLineStart = true
    private var lineHasTokens = false

    init(_ text: String) {
        src = Array(text.unicodeScalars)
    }

    /// All tokens of the text, ending with NEWLINE, DEDENTs and EOF; or the first lexical error.
    static func tokenize(_ text: String) throws(Diagnostic) -> [Token] {
        var lexer = Lexer(text)
        return try lexer.run()
    }

    private var location: SourceLocation { SourceLocation(line: line, column: pos - lineStart) }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        let i = pos + offset
        return i < src.count ? src[i] : nil
    }

    private mutating func newline() {
        line += 1
        lineStart = pos
    }

    private mutating func add(_ kind: Token.Kind, from start: SourceLocation) {
        tokens.append(Token(kind: kind, start: start, end: location))
        lineHasTokens = true
    }

    private mutating func run() throws(Diagnostic) -> [Token] {
        while true {
            if atLineStart && brackets.isEmpty {
                try measureIndentation()
                if pos >= src.count { break }
            }
            guard let c = peek() else { break }
            switch c {
            case " ", "\t", "\u{0C}":
                pos += 1
            case "#":
                while let d = peek(), d != "\n" { pos += 1 }
            case "\r":
                pos += 1
            case "\n":
                if brackets.isEmpty && lineHasTokens {
                    tokens.append(Token(kind: .newline, start: location, end: location))
                    lineHasTokens = false
                }
                pos += 1
                newline()
                atLineStart = brackets.isEmpty
            case "\\":
                let start = location
                pos += 1
                if peek() == "\r" { pos += 1 }
                guard peek() == "\n" else {
                    throw Diagnostic(.syntaxError, "unexpected character after line continuation character", at: start)
                }
                pos += 1
                newline()
            default:
                try lexToken(c)
            }
        }
        if let (open, at) = brackets.last {
            throw Diagnostic(.syntaxError, "'\(open)' was never closed", at: at)
        }
        let end = location
        if lineHasTokens { tokens.append(Token(kind: .newline, start: end, end: end)) }
        for _ in 1..<indents.count { tokens.append(Token(kind: .dedent, start: end, end: end)) }
        tokens.append(Token(kind: .eof, start: end, end: end))
        return tokens
    }

    /// At the start of a logical line: skip blank and comment-only lines, then
    /// compare the indentation with the stack as CPython's tokenizer does.
    private mutating func measureIndentation() throws(Diagnostic) {
        while true {
            var col = 0, alt = 0
            while let c = peek() {
                if c == " " { col += 1; alt += 1 } else if c == "\t" { col = (col / 8 + 1) * 8; alt += 1 } else if c == "\u{0C}" { col = 0; alt = 0 } else { break }
                pos += 1
            }
            guard let c = peek() else { return }
            if c == "#" || c == "\n" || c == "\r" {
                while let d = peek(), d != "\n" { pos += 1 }
                if peek() == "\n" { pos += 1; newline() }
                continue
            }
            atLineStart = false
            let here = location
            if col == indents.last! {
                if alt != altIndents.last! { throw tabError(here) }
            } else if col > indents.last! {
                if alt <= altIndents.last! { throw tabError(here) }
                indents.append(col)
                altIndents.append(alt)
                tokens.append(Token(kind: .indent, start: SourceLocation(line: line, column: 0), end: here))
            } else {
                while indents.count > 1 && col < indents.last! {
                    indents.removeLast()
                    altIndents.removeLast()
                    tokens.append(Token(kind: .dedent, start: here, end: here))
                }
                if col != indents.last! {
                    throw Diagnostic(.indentationError, "unindent does not match any outer indentation level", at: here)
                }
                if alt != altIndents.last! { throw tabError(here) }
            }
            return
        }
    }

    private func tabError(_ at: SourceLocation) -> Diagnostic {
        Diagnostic(.tabError, "inconsistent use of tabs and spaces in indentation", at: at)
    }

    private mutating func lexToken(_ c: Unicode.Scalar) throws(Diagnostic) {
        let start = location
        if c.properties.isXIDStart || c == "_" {
            var word = ""
            while let d = peek(), d.properties.isXIDContinue || d == "_" {
                word.unicodeScalars.append(d)
                pos += 1
            }
            if let q = peek(), q == "'" || q == "\"", let prefix = StringPrefix(word) {
                try lexString(prefix: prefix, start: start)
            } else {
                add(.name(word), from: start)
            }
            return
        }
        if c.properties.numericType != nil && c.isASCII || (c == "." && peek(1).map(isDigit) == true) {
            try lexNumber(start: start)
            return
        }
        if c == "'" || c == "\"" {
            try lexString(prefix: StringPrefix("")!, start: start)
            return
        }
        try lexOperator(c, start: start)
    }

    private func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }

    private mutating func lexOperator(_ c: Unicode.Scalar, start: SourceLocation) throws(Diagnostic) {
        for length in [3, 2, 1] {
            guard pos + length <= src.count else { continue }
            var s = ""
            for i in 0..<length { s.unicodeScalars.append(src[pos + i]) }
            guard Lexer.operators[length]!.contains(s) else { continue }
            pos += length
            if length == 1 { try trackBracket(c, at: start) }
            add(.op(s), from: start)
            return
        }
        if c.isASCII {
            throw Diagnostic(.syntaxError, "invalid syntax", at: start)
        }
        let hex = String(c.value, radix: 16, uppercase: true)
        let code = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        throw Diagnostic(.syntaxError, "invalid character '\(c)' (U+\(code))", at: start)
    }

    private mutating func trackBracket(_ c: Unicode.Scalar, at start: SourceLocation) throws(Diagnostic) {
        switch c {
        case "(", "[", "{":
            brackets.append((c, start))
            if brackets.count > Lexer.maxBracketDepth {
                throw Diagnostic(.syntaxError, "too many nested parentheses", at: start)
            }
        case ")", "]", "}":
            guard let (open, at) = brackets.popLast() else {
                throw Diagnostic(.syntaxError, "unmatched '\(c)'", at: start)
            }
            let expected: Unicode.Scalar = open == "(" ? ")" : open == "[" ? "]" : "}"
            if c != expected {
                let whereOpened = at.line == start.line ? "" : " on line \(at.line)"
                throw Diagnostic(.syntaxError, "closing parenthesis '\(c)' does not match opening parenthesis '\(open)'\(whereOpened)", at: start)
            }
        default:
            break
        }
    }

    static let operators: [Int: Set<String>] = [
        3: ["**=", "//=", ">>=", "<<=", "...", "!="],
        2: ["**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", ":="],
        1: ["+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "="],
    ]

    // MARK: numbers

    private mutating func lexNumber(start: SourceLocation) throws(Diagnostic) {
        var text = ""
        func digits(_ ok: (Unicode.Scalar) -> Bool) {
            while let d = peek(), ok(d) || (d == "_" && peek(1).map(ok) == true) {
                if d != "_" { text.unicodeScalars.append(d) }
                pos += 1
            }
        }
        if peek() == "0", let p = peek(1), "xXoObB".unicodeScalars.contains(p) {
            pos += 2
            let radix: Int
            switch p {
            case "x", "X": radix = 16; digits { $0.properties.numericType != nil && $0.isASCII || "abcdefABCDEF".unicodeScalars.contains($0) }
            case "o", "O": radix = 8; digits { $0 >= "0" && $0 <= "7" }
            default: radix = 2; digits { $0 == "0" || $0 == "1" }
            }
            if text.isEmpty { throw Diagnostic(.syntaxError, "invalid \(radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary") literal", at: start) }
            try checkNoIdentifierFollows(start)
            add(Int(text, radix: radix).map { .int($0) } ?? .bigInt(digits: text, radix: radix), from: start)
            return
        }
        digits(isDigit)
        var isFloat = false
        if peek() == "." && !(peek(1) == "." && peek(2) == ".") {
            isFloat = true
            text += "."
            pos += 1
            digits(isDigit)
        }
        if let e = peek(), e == "e" || e == "E" {
            let signed = peek(1) == "+" || peek(1) == "-"
            if let d = peek(signed ? 2 : 1), isDigit(d) {
                isFloat = true
                text += "e"
                pos += 1
                if signed { text.unicodeScalars.append(peek()!); pos += 1 }
                digits(isDigit)
            }
        }
        if let j = peek(), j == "j" || j == "J" {
            pos += 1
            add(.imaginary(Double(text) ?? .infinity), from: start)
            return
        }
        try checkNoIdentifierFollows(start)
        if isFloat {
            add(.float(Double(text) ?? .infinity), from: start)
            return
        }
        if text.count > 1 && text.hasPrefix("0") && text.contains(where: { $0 != "0" }) {
            throw Diagnostic(.syntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", at: start)
        }
        add(Int(text).map { .int($0) } ?? .bigInt(digits: text, radix: 10), from: start)
    }

    private func checkNoIdentifierFollows(_ start: SourceLocation) throws(Diagnostic) {
        if let c = peek(), c.properties.isXIDStart || c == "_" {
            throw Diagnostic(.syntaxError, "invalid decimal literal", at: start)
        }
    }

    // MARK: strings

    /// The letters before a string's opening quote.
    struct StringPrefix {
        var raw = false, format = false, bytes = false
        init?(_ word: String) {
            guard word.count <= 2 else { return nil }
            for ch in word.lowercased() {
                switch ch {
                case "r": if raw { return nil }; raw = true
                case "f": if format || bytes { return nil }; format = true
                case "b": if bytes || format { return nil }; bytes = true
                case "u": if word.count != 1 { return nil }
                default: return nil
                }
            }
        }
    }

    private mutating func lexString(prefix: StringPrefix, start: SourceLocation) throws(Diagnostic) {
        let quote = peek()!
        let triple = peek(1) == quote && peek(2) == quote
        pos += triple ? 3 : 1
        let bodyStart = location
        var body = ""
        while true {
            guard let c = peek() else {
                let kind = triple ? "unterminated triple-quoted string literal" : "unterminated string literal"
                throw Diagnostic(.syntaxError, "\(kind) (detected at line \(line))", at: start)
            }
            if c == quote && (!triple || (peek(1) == quote && peek(2) == quote)) {
                pos += triple ? 3 : 1
                break
            }
            if c == "\n" {
                if !triple {
                    throw Diagnostic(.syntaxError, "unterminated string literal (detected at line \(line))", at: start)
                }
                body.unicodeScalars.append(c)
                pos += 1
                newline()
                continue
            }
            if c == "\\", let next = peek(1) {
                body.unicodeScalars.append(c)
                body.unicodeScalars.append(next)
                pos += 2
                if next == "\n" { newline() }
                continue
            }
            body.unicodeScalars.append(c)
            pos += 1
        }
        if prefix.bytes {
            add(.bytes(try BytesEscapes.decode(body, raw: prefix.raw, at: start)), from: start)
        } else if prefix.format {
            add(.fstring(body: body, raw: prefix.raw, bodyStart: bodyStart), from: start)
        } else if prefix.raw {
            add(.string(body), from: start)
        } else {
            add(.string(try StringEscapes.decode(body, at: start)), from: start)
        }
    }
}
