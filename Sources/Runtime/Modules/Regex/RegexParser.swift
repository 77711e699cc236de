/// Reads a pattern into a `RegexNode`, reporting bad patterns with the messages and positions CPython gives.
/// Flags are resolved as the parser goes: `(?i)` at the start, `(?i:...)` for a group, the caller's flags.
struct RegexParser {
    /// The parse of a whole pattern.
    struct Result {
        let root: RegexNode
        let groups: Int
        let names: [(String, Int)]
        let flags: RegexFlags
    }

    let text: [UInt32]
    var i = 0
    var flags: RegexFlags
    var groups = 0
    var names: [String: Int] = [:]
    var nameOrder: [(String, Int)] = []
    var open: Set<Int> = []
    var depth = 0
    /// The first group number inside the lookbehind being read, if any (a backreference to it is refused).
    var lookbehindFirstGroup: Int?
    /// Groups a conditional named before they were opened, and where: they must exist by the end.
    var laterGroups: [(Int, Int)] = []

    static func parse(_ pattern: String, flags: RegexFlags) throws -> Result {
        var parser = RegexParser(text: pattern.unicodeScalars.map(\.value), flags: flags)
        let root = try parser.alternation()
        if parser.i < parser.text.count {
            throw RegexError(message: "unbalanced parenthesis", position: parser.i)
        }
        if let (number, at) = parser.laterGroups.first(where: { $0.0 > parser.groups }) {
            throw RegexError(message: "invalid group reference \(number)", position: at)
        }
        var result = parser.flags
        if !result.contains(.ascii) { result.insert(.unicode) }
        return Result(root: root, groups: parser.groups, names: parser.nameOrder, flags: result)
    }

    var atEnd: Bool { i >= text.count }
    var current: UInt32? { i < text.count ? text[i] : nil }

    func peek(_ s: Unicode.Scalar, at offset: Int = 0) -> Bool {
        i + offset < text.count && text[i + offset] == s.value
    }

    /// Branches separated by `|`, up to a `)` or the end.
    mutating func alternation() throws -> RegexNode {
        var branches = [try sequence(first: true)]
        while peek("|") {
            i += 1
            branches.append(try sequence(first: false))
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    /// In verbose mode, whitespace and `#` comments between tokens are skipped.
    mutating func skipVerbose() {
        guard flags.contains(.verbose) else { return }
        while let c = current {
            if c == 0x23 {
                while let d = current, d != 0x0A { i += 1 }
            } else if RegexCharacters.isVerboseSpace(c) {
                i += 1
            } else {
                return
            }
        }
    }

    /// Items up to `|`, `)` or the end; a quantifier applies to the item before it.
    mutating func sequence(first: Bool) throws -> RegexNode {
        var items: [RegexNode] = []
        var repeatable = false
        var repeated = false
        while true {
            skipVerbose()
            guard let c = current, c != 0x7C, c != 0x29 else { break }
            let start = i
            if let quantifier = try quantifier() {
                if items.isEmpty || !repeatable { throw RegexError(message: "nothing to repeat", position: start) }
                if repeated { throw RegexError(message: "multiple repeat", position: start) }
                let (min, max) = quantifier
                let greedy = !peek("?")
                let possessive = peek("+")
                if !greedy || possessive { i += 1 }
                let node = RegexNode.repetition(items.removeLast(), min: min, max: max, greedy: greedy)
                items.append(possessive ? .atomic(node) : node)
                repeated = true
                continue
            }
            if c == 0x28, let global = try globalFlags() {
                if depth > 0 || !first || !items.isEmpty {
                    throw RegexError(message: "global flags not at the start of the expression", position: start)
                }
                flags.formUnion(global)
                continue
            }
            guard let item = try atom() else { continue }
            if case .anchor = item { repeatable = false } else { repeatable = true }
            repeated = false
            items.append(item)
        }
        return items.count == 1 ? items[0] : (items.isEmpty ? .empty : .sequence(items))
    }

    /// `*`, `+`, `?` or a well-formed `{m,n}` at the cursor (anything else starting with `{` is a literal).
    mutating func quantifier() throws -> (Int, Int?)? {
        guard let c = current else { return nil }
        switch c {
        case 0x2A: i += 1; return (0, nil)
        case 0x2B: i += 1; return (1, nil)
        case 0x3F: i += 1; return (0, 1)
        case 0x7B: break
        default: return nil
        }
        let start = i
        i += 1
        let low = digits()
        var high: String? = low
        if peek(",") {
            i += 1
            high = digits()
        }
        guard peek("}") else {
            i = start
            return nil
        }
        i += 1
        let limit = 4_294_967_295
        let min = low.isEmpty ? 0 : Int(low) ?? Int.max
        let max = high.flatMap { $0.isEmpty ? nil : Int($0) ?? Int.max }
        if min >= limit || (max ?? 0) >= limit {
            throw RegexOverflow()
        }
        if let max, max < min {
            throw RegexError(message: "min repeat greater than max repeat", position: start + 1)
        }
        return (min, max)
    }

    mutating func digits() -> String {
        var s = ""
        while let c = current, c >= 0x30 && c <= 0x39 {
            s.unicodeScalars.append(Unicode.Scalar(c)!)
            i += 1
        }
        return s
    }

    /// One item: a literal, `.`, a set, an anchor, an escape or a group (nil for a group that adds nothing).
    mutating func atom() throws -> RegexNode? {
        let c = text[i]
        switch c {
        case 0x2E:
            i += 1
            return .any(dotAll: flags.contains(.dotAll))
        case 0x5E:
            i += 1
            return .anchor(flags.contains(.multiline) ? .lineStartMultiline : .lineStart)
        case 0x24:
            i += 1
            return .anchor(flags.contains(.multiline) ? .lineEndMultiline : .textEndOrFinalNewline)
        case 0x5B:
            return .set(try characterSet())
        case 0x5C:
            return try escape()
        case 0x28:
            return try group()
        default:
            i += 1
            return literal(c)
        }
    }

    func literal(_ c: UInt32) -> RegexNode {
        .literal(c, ignoreCase: flags.contains(.ignoreCase), ascii: flags.contains(.ascii))
    }
}

/// A repeat count CPython cannot hold: its `OverflowError`.
struct RegexOverflow: Error {}

/// Groups nested deeper than CPython's parser can recurse: its `RecursionError`.
struct RegexNesting: Error {}
