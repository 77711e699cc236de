/// A scenario's text with its path, split into lines so that errors and
/// tracebacks can quote the line they point at.
public struct SourceFile: Sendable {
    /// The path as the user gave it: load errors name the file this way.
    public let path: String
    /// The path tracebacks print: absolute, as CPython 3.11 shows a script's path.
    public let tracebackPath: String
    public let text: String
    public let lines: [String]

    public init(path: String, tracebackPath: String? = nil, text: String) {
        self.path = path
        self.tracebackPath = tracebackPath ?? path
        self.text = text
        var lines: [String] = []
        var current = ""
        for ch in text.unicodeScalars {
            if ch == "\n" {
                lines.append(current)
                current = ""
            } else if ch != "\r" {
                current.unicodeScalars.append(ch)
            }
        }
        lines.append(current)
        self.lines = lines
    }

    /// The text of line `n` (1-based), or "" past the end.
    public func line(_ n: Int) -> String {
        n >= 1 && n <= lines.count ? lines[n - 1] : ""
    }
}

/// The stretch of source an instruction came from, as CPython 3.11 records it for tracebacks.
public struct SourceRange: Hashable, Sendable {
    public var start: SourceLocation
    public var end: SourceLocation

    public init(_ start: SourceLocation, _ end: SourceLocation) {
        self.start = start
        self.end = end
    }

    public init(at point: SourceLocation) {
        self.init(point, point)
    }
}

/// A position in a source file: 1-based line, 0-based column in Unicode scalars.
public struct SourceLocation: Hashable, Sendable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}
