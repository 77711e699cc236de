/// The matcher's tests: one character, single-character loops, anchors, word boundaries, lookarounds and
/// backreferences.
extension RegexMatcher {
    func matches(_ test: RegexCharTest, _ c: UInt32) -> Bool {
        switch test {
        case .char(let x): return c == x
        case .charIgnoringCase(let x, let ascii): return RegexCaseFolding.equal(c, x, ascii: ascii)
        case .any: return c != 0x0A
        case .anyIncludingNewline: return true
        case .set(let k): return program.sets[k].contains(c)
        }
    }

    /// Runs a single-character loop at `pos` (the instruction at `pc`): where it stops first, or nil. The other
    /// places it could stop become one entry on the stack.
    func repeatOne(_ test: RegexCharTest, min: Int, max: Int, greedy: Bool, at pos: Int, _ pc: Int,
                   _ stack: inout [Undo]) -> Int? {
        let limit = Swift.min(greedy ? max : min, end - pos)
        var count = 0
        while count < limit && matches(test, text[pos + count].value) { count += 1 }
        if count < min { return nil }
        if greedy {
            if count > min { stack.append(.giveBack(pc: pc + 1, from: pos + min, to: pos + count - 1)) }
        } else if min < max {
            stack.append(.takeMore(at: pc, pos: pos + min, count: min))
        }
        return pos + count
    }

    /// A lazy single-character loop takes one more character: where it now stops, or nil when it cannot.
    func takeMore(_ at: Int, from pos: Int, count: Int, _ stack: inout [Undo]) -> Int? {
        guard case .repeatOne(let test, _, let max, _) = program.code[at], pos < end,
              matches(test, text[pos].value) else { return nil }
        if count + 1 < max { stack.append(.takeMore(at: at, pos: pos + 1, count: count + 1)) }
        return pos + 1
    }

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
            // CPython compares a backreference's characters by their lowercase forms only (`ſ` is not `s` here).
            if !ignoreCase || RegexCaseFolding.lower(a, ascii: ascii) != RegexCaseFolding.lower(b, ascii: ascii) {
                return nil
            }
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
