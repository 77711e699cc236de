/// A load-time error in a scenario: a syntax error, an indentation error or
/// a construct outside the supported subset, located at a line and column.
public struct Diagnostic: Error, Sendable, Equatable {
    /// The Python exception class CPython would raise for it, or
    /// `unsupported` for constructs asyncviz declines.
    public enum Kind: String, Sendable {
        case syntaxError = "SyntaxError"
        case indentationError = "IndentationError"
        case tabError = "TabError"
        case unsupported = "UnsupportedError"
    }

    public var kind: Kind
    public var message: String
    public var location: SourceLocation

    public init(_ kind: Kind, _ message: String, at location: SourceLocation) {
        self.kind = kind
        self.message = message
        self.location = location
    }

    /// `path:line:col: Kind: message`, the quoted line, and a caret under the column.
    /// `escaped` (every command but `exec`) shows control characters and bidi overrides in the path, the
    /// message and the quoted line as `\x1b` / `\u202e`, and places the caret by terminal columns.
    public func rendered(in source: SourceFile, escaped: Bool = false) -> String {
        func shown(_ s: String) -> String { escaped ? TerminalText.escaped(s) : s }
        func columns(_ scalars: ArraySlice<Unicode.Scalar>) -> Int {
            let text = String(String.UnicodeScalarView(scalars))
            return escaped ? TerminalText.width(TerminalText.escaped(text)) : scalars.count
        }
        let label = kind == .unsupported ? "" : "\(kind.rawValue): "
        var out = "\(shown(source.path)):\(location.line):\(location.column + 1): \(label)\(shown(message))\n"
        let text = source.line(location.line)
        if !text.isEmpty {
            let stripped = Array(text.unicodeScalars.drop(while: { $0 == " " || $0 == "\t" }))
            let indent = text.unicodeScalars.count - stripped.count
            let caret = max(0, min(location.column - indent, stripped.count))
            var from = 0, to = stripped.count
            if stripped.count > Diagnostic.maxQuoted {
                from = max(0, min(caret - Diagnostic.maxQuoted / 2, stripped.count - Diagnostic.maxQuoted))
                to = min(stripped.count, from + Diagnostic.maxQuoted)
            }
            let quoted = (from > 0 ? "..." : "") + shown(String(String.UnicodeScalarView(stripped[from..<to]))) + (to < stripped.count ? "..." : "")
            let caretColumn = (from > 0 ? 3 : 0) + columns(stripped[from..<max(from, caret)])
            out += "    \(quoted)\n"
            out += "    " + String(repeating: " ", count: caretColumn) + "^\n"
        }
        return out
    }

    /// The longest stretch of a source line an error quotes; longer lines are cut around the caret.
    static let maxQuoted = 100
}

/// Every diagnostic found while loading one file, in source order.
public struct LoadErrors: Error, Sendable {
    public var diagnostics: [Diagnostic]

    public func rendered(in source: SourceFile, escaped: Bool = false) -> String {
        diagnostics.map { $0.rendered(in: source, escaped: escaped) }.joined()
    }
}
