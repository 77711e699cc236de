/// A test of one character: a literal, `.`, or a set (by its index in `RegexProgram.sets`).
enum RegexCharTest {
    case char(UInt32)
    case charIgnoringCase(UInt32, ascii: Bool)
    case any
    case anyIncludingNewline
    case set(Int)
}

/// One step of a compiled pattern, run by `RegexMatcher`.
enum RegexInstruction {
    case one(RegexCharTest)
    /// A quantifier over one character: `\d+`, `.*?`, `[^"]{2,5}` (backtracking gives or takes one at a time).
    case repeatOne(RegexCharTest, min: Int, max: Int, greedy: Bool)
    case anchor(RegexAnchor)
    /// Continue at `prefer`; on backtracking, at `other`.
    case split(prefer: Int, other: Int)
    case jump(Int)
    /// Records the position in capture slot `slot` (group `slot / 2`, start or end).
    case save(Int)
    case backreference(Int, ignoreCase: Bool, ascii: Bool)
    /// Starts a counted loop whose count and last start are registers `r` and `r + 1`.
    case loopStart(Int)
    /// Decides whether to run the body (at the next instruction) again or continue at `exit`.
    case loopHead(Int, min: Int, max: Int, greedy: Bool, exit: Int)
    /// Counts an iteration and records where it starts.
    case loopIterate(Int)
    /// A lookaround whose pattern is the subprogram at `start`.
    case look(RegexLook, start: Int, width: Int)
    /// An atomic group: the subprogram at `start` matches once, without backtracking into it.
    case atomic(start: Int)
    /// Continue if group `group` matched, else at `no`.
    case conditional(group: Int, no: Int)
    /// The end of the pattern.
    case match
    /// The end of a subprogram (lookaround or atomic group).
    case succeed
}

/// A pattern compiled for the matcher: instructions, the sets they test, how many registers its loops use.
struct RegexProgram {
    var code: [RegexInstruction] = []
    var sets: [RegexCharSet] = []
    var registers = 0
    /// The set every match's first character is in, when the pattern fixes one (a search skips to it).
    var firstSet: RegexCharSet?

    init(_ root: RegexNode) {
        var queue: [(Int, RegexNode)] = []
        emit(root, &queue)
        code.append(.match)
        while !queue.isEmpty {
            let (at, node) = queue.removeFirst()
            let start = code.count
            switch code[at] {
            case .look(let kind, _, let width): code[at] = .look(kind, start: start, width: width)
            default: code[at] = .atomic(start: start)
            }
            emit(node, &queue)
            code.append(.succeed)
        }
        firstSet = Self.first(root)
    }

    /// The set a match of `node` must start with, if it must start with a character (so never empty).
    private static func first(_ node: RegexNode) -> RegexCharSet? {
        switch node {
        case .literal(let c, let ignoreCase, let ascii):
            return ignoreCase ? nil : RegexCharSet(items: [.scalar(c)], negated: false, ignoreCase: false, ascii: ascii)
        case .set(let set): return set
        case .sequence(let nodes):
            // Anchors and lookarounds take no characters: the first node that does decides.
            let taking = nodes.first {
                switch $0 {
                case .anchor, .look: return false
                default: return true
                }
            }
            return taking.flatMap(first)
        case .alternation(let branches):
            let sets = branches.compactMap(first)
            guard sets.count == branches.count, let one = sets.first,
                  sets.allSatisfy({ !$0.negated && $0.ignoreCase == one.ignoreCase && $0.ascii == one.ascii }) else {
                return nil
            }
            let items = sets.flatMap(\.items)
            return RegexCharSet(items: items, negated: false, ignoreCase: one.ignoreCase, ascii: one.ascii)
        case .group(_, let inner), .atomic(let inner): return first(inner)
        case .repetition(let inner, let min, _, _): return min > 0 ? first(inner) : nil
        default: return nil
        }
    }

    private mutating func emit(_ node: RegexNode, _ queue: inout [(Int, RegexNode)]) {
        switch node {
        case .empty: break
        case .literal, .any, .set:
            code.append(.one(test(node)!))
        case .anchor(let anchor): code.append(.anchor(anchor))
        case .group(let number, let inner):
            if let number { code.append(.save(2 * number)) }
            emit(inner, &queue)
            if let number { code.append(.save(2 * number + 1)) }
        case .sequence(let nodes):
            for n in nodes { emit(n, &queue) }
        case .alternation(let branches):
            var jumps: [Int] = []
            for (k, branch) in branches.enumerated() {
                let split = code.count
                if k < branches.count - 1 { code.append(.jump(0)) }
                emit(branch, &queue)
                if k < branches.count - 1 {
                    jumps.append(code.count)
                    code.append(.jump(0))
                    code[split] = .split(prefer: split + 1, other: code.count)
                }
            }
            for j in jumps { code[j] = .jump(code.count) }
        case .repetition(let inner, let min, let max, let greedy):
            emitRepetition(inner, min: min, max: max, greedy: greedy, &queue)
        case .atomic(let inner):
            queue.append((code.count, inner))
            code.append(.atomic(start: 0))
        case .backreference(let n, let ignoreCase, let ascii):
            code.append(.backreference(n, ignoreCase: ignoreCase, ascii: ascii))
        case .look(let kind, let inner):
            queue.append((code.count, inner))
            code.append(.look(kind, start: 0, width: inner.width ?? 0))
        case .conditional(let group, let yes, let no):
            let test = code.count
            code.append(.jump(0))
            emit(yes, &queue)
            let skip = code.count
            code.append(.jump(0))
            code[test] = .conditional(group: group, no: code.count)
            emit(no, &queue)
            code[skip] = .jump(code.count)
        }
    }

    /// The test of a node that matches exactly one character (a group of one counts), or nil.
    private mutating func test(_ node: RegexNode) -> RegexCharTest? {
        switch node {
        case .literal(let c, let ignoreCase, let ascii):
            let folds = ignoreCase && RegexCaseFolding.isCased(c, ascii: ascii)
            return folds ? .charIgnoringCase(c, ascii: ascii) : .char(c)
        case .any(let dotAll): return dotAll ? .anyIncludingNewline : .any
        case .set(let set):
            sets.append(set)
            return .set(sets.count - 1)
        case .group(nil, let inner): return test(inner)
        default: return nil
        }
    }

    private mutating func emitRepetition(_ inner: RegexNode, min: Int, max: Int?, greedy: Bool,
                                         _ queue: inout [(Int, RegexNode)]) {
        if max == 0 { return }
        if min == 1 && max == 1 { return emit(inner, &queue) }
        if let one = test(inner) {
            code.append(.repeatOne(one, min: min, max: max ?? Int.max, greedy: greedy))
            return
        }
        if min == 0 && max == 1 {
            let split = code.count
            code.append(.jump(0))
            emit(inner, &queue)
            code[split] = greedy ? .split(prefer: split + 1, other: code.count)
                : .split(prefer: code.count, other: split + 1)
            return
        }
        let register = registers
        registers += 2
        code.append(.loopStart(register))
        let head = code.count
        code.append(.jump(0))
        code.append(.loopIterate(register))
        emit(inner, &queue)
        code.append(.jump(head))
        code[head] = .loopHead(register, min: min, max: max ?? Int.max, greedy: greedy, exit: code.count)
    }
}
