/// The marker line CPython 3.11 prints under a traceback's source line:
/// `^` under the failing instruction's range, or `~` with `^` under the
/// operator of a binary operation and the brackets of a subscript.
enum ErrorCarets {
    static func line(for range: SourceRange, in original: String) -> String? {
        let line = Array(original.unicodeScalars)
        var end = range.end.column
        let start = range.start.column
        guard range.end > range.start, start <= line.count else { return nil }
        var anchors: (left: Int, right: Int)?
        if range.start.line == range.end.line {
            end = min(end, line.count)
            anchors = self.anchors(in: Array(line[start..<end])).map { ($0.left + start, $0.right + start) }
        } else {
            var i = line.count - 1
            while i >= 0 && isWhitespace(line[i]) { i -= 1 }
            end = i + 1
        }
        var stripped = line.count
        while stripped > 0 && isWhitespace(line[stripped - 1]) { stripped -= 1 }
        var leading = 0
        while leading < line.count && line[leading].properties.isWhitespace { leading += 1 }
        let strippedLength = stripped - leading
        if end - start == strippedLength && anchors == nil { return nil }
        guard end > start else { return nil }
        var out = "    " + String(repeating: " ", count: max(0, start - leading))
        for column in start..<end {
            if let a = anchors {
                out += a.left <= column && column < a.right ? "^" : "~"
            } else {
                out += "^"
            }
        }
        return out
    }

    private static func isWhitespace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\u{0C}" }

    /// Parses the segment on its own; for a binary operation the operator, for a subscript the brackets.
    static func anchors(in segment: [Unicode.Scalar]) -> (left: Int, right: Int)? {
        let text = String(String.UnicodeScalarView(segment))
        guard let body = try? Parser.parse(SourceFile(path: "<segment>", text: text)), body.count == 1,
              case .expr(let e) = body[0].kind, e.start.line == 1, e.end.line == 1 else { return nil }
        switch e.kind {
        case .binary(_, let left, let right):
            var i = left.end.column
            while i < right.start.column {
                if isWhitespace(segment[i]) {
                    i += 1
                    continue
                }
                var r = i + 1
                if i + 1 < right.start.column && !isWhitespace(segment[i + 1]) { r += 1 }
                if i + 1 < right.start.column && segment[i] == ")" {
                    i += 1
                    continue
                }
                return (i, r)
            }
            return nil
        case .subscription(let value, let index):
            var left = value.end.column, right = index.end.column + 1
            while left < segment.count && segment[left] != "[" { left += 1 }
            while right < segment.count && segment[right] != "]" { right += 1 }
            if right < segment.count { right += 1 }
            return (left, right)
        default:
            return nil
        }
    }
}
