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
            let stripped = text.drop(while: { $0 == " " || $0 == "\t" })
            let indent = text.unicodeScalars.count - stripped.unicodeScalars.count
            let caretColumn = max(0, min(location.column - indent, stripped.unicodeScalars.count))
            out += "    \(stripped)\n"
            out += "    " + String(repeating: " ", count: caretColumn) + "^\n"
        }
        return out
    }
}

/// Every diagnostic found while loading one file, in source order.
public struct LoadErrors: Error, Sendable {
    public var diagnostics: [Diagnostic]

    public func rendered(in source: SourceFile) -> String {
        diagnostics.map { $0.rendered(in: source) }.joined()
    }
}
