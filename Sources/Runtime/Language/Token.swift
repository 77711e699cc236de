/// One lexical token of the scenario language, with where it starts and ends.
struct Token: Equatable {
    enum Kind: Equatable {
        case name(String)
        case int(Int)
        /// An int literal too large for a machine word: its digits (no sign, no underscores) and radix.
        case bigInt(digits: String, radix: Int)
        case float(Double)
        case string(String)
        /// The raw body of an f-string (escapes not yet processed unless `raw`),
        /// with the location of its first body character.
        case fstring(body: String, raw: Bool, bodyStart: SourceLocation)
        case bytes([UInt8])
        /// An imaginary literal (`2j`): its coefficient.
        case imaginary(Double)
        case op(String)
        case newline
        case indent
        case dedent
        case eof
    }

    var kind: Kind
    var start: SourceLocation
    var end: SourceLocation

    var isNewline: Bool { kind == .newline }

    func isOp(_ s: String) -> Bool {
        if case .op(let o) = kind { return o == s }
        return false
    }

    func isKeyword(_ s: String) -> Bool {
        if case .name(let n) = kind { return n == s }
        return false
    }
}

/// Python's reserved words: a `.name` token with one of these is a keyword.
let pythonKeywords: Set<String> = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break",
    "class", "continue", "def", "del", "elif", "else", "except", "finally",
    "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
]
