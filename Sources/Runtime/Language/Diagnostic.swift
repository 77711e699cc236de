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
    public func rendered(in source: SourceFile) -> String {
        let label = kind == .unsupported ? "" : "\(kind.rawValue): "
        var out = "\(source.path):\(location.line):\(location.column + 1): \(label)\(message)\n"
        let text = source.line(location.line)
        if !text.isEmpty {
            let stripped = Array(text.unicodeScalars.drop(while: { $0 == " " || $0 == "\t" }))
            let indent = text.unicodeScalars.count - stripped.count
            var caretColumn = max(0, min(location.column - indent, stripped.count))
            var shown = String(String.UnicodeScalarView(stripped))
            if stripped.count > Diagnostic.maxQuoted {
                let from = max(0, min(caretColumn - Diagnostic.maxQuoted / 2, stripped.count - Diagnostic.maxQuoted))
                let to = min(stripped.count, from + Diagnostic.maxQuoted)
                shown = (from > 0 ? "..." : "") + String(String.UnicodeScalarView(stripped[from..<to])) + (to < stripped.count ? "..." : "")
                caretColumn = caretColumn - from + (from > 0 ? 3 : 0)
            }
            out += "    \(shown)\n"
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

    public func rendered(in source: SourceFile) -> String {
        diagnostics.map { $0.rendered(in: source) }.joined()
    }
}
