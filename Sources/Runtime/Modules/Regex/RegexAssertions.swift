/// The zero-width tests of the matcher (anchors, word boundaries, lookarounds) and backreferences.
extension RegexMatcher {
    func holds(_ anchor: RegexAnchor, at pos: Int) -> Bool {
        switch anchor {
        case .lineStart, .textStart: return pos == 0
        case .lineStartMultiline: return pos == 0 || text[pos - 1] == "\n"
        case .textEnd: return pos == end
        case .textEndOrFinalNewline: return pos == end || (pos == end - 1 && text[pos] == "\n")
        case .lineEndMultiline: return pos == end || text[pos] == "\n"
        case .wordBoundary(let ascii): return end > 0 && isBoundary(pos, ascii)
        case .notWordBoundary(let ascii): return end > 0 && !isBoundary(pos, ascii)
        }
    }

    private func isBoundary(_ pos: Int, _ ascii: Bool) -> Bool {
        let before = pos > 0 && RegexCharacters.isWord(text[pos - 1].value, ascii: ascii)
        let after = pos < end && RegexCharacters.isWord(text[pos].value, ascii: ascii)
        return before != after
    }

    /// Where a backreference to `group` at `pos` ends, or nil (an unset group matches nothing).
    func backreference(_ group: Int, _ ignoreCase: Bool, _ ascii: Bool, at pos: Int, _ caps: [Int]) -> Int? {
        let from = caps[2 * group]
        let to = caps[2 * group + 1]
        guard from >= 0, to >= 0 else { return nil }
        let length = to - from
        guard pos + length <= end else { return nil }
        for k in 0..<length {
            let a = text[from + k].value
            let b = text[pos + k].value
            if a == b { continue }
            if !ignoreCase || !RegexCharacters.equalIgnoringCase(a, b, ascii: ascii) { return nil }
        }
        return pos + length
    }

    /// Whether a lookaround holds at `pos`; a positive one keeps the groups it set (undone on backtracking).
    mutating func look(_ kind: RegexLook, _ start: Int, _ width: Int, at pos: Int, _ caps: inout [Int],
                       _ stack: inout [Undo]) throws -> Bool {
        let behind = kind == .behind || kind == .notBehind
        let positive = kind == .ahead || kind == .behind
        let from = behind ? pos - width : pos
        var inner = caps
        let found = from >= 0 ? try run(start, from, &inner) != nil : false
        if found && positive {
            stack.append(.captures(caps))
            caps = inner
        }
        return found == positive
    }
}
