/// The flags of a pattern, with CPython's values (`re.IGNORECASE` is 2, …).
struct RegexFlags: OptionSet, Hashable {
    let rawValue: Int
    static let ignoreCase = RegexFlags(rawValue: 2)
    static let locale = RegexFlags(rawValue: 4)
    static let multiline = RegexFlags(rawValue: 8)
    static let dotAll = RegexFlags(rawValue: 16)
    static let unicode = RegexFlags(rawValue: 32)
    static let verbose = RegexFlags(rawValue: 64)
    static let ascii = RegexFlags(rawValue: 256)

    /// The flag an inline letter (`(?i)`) names.
    static func inline(_ letter: Unicode.Scalar) -> RegexFlags? {
        switch letter {
        case "i": return .ignoreCase
        case "L": return .locale
        case "m": return .multiline
        case "s": return .dotAll
        case "u": return .unicode
        case "x": return .verbose
        case "a": return .ascii
        default: return nil
        }
    }
}

/// A bad pattern: CPython's message and the position (in code points) it points at, if any.
struct RegexError: Error, Equatable {
    let message: String
    let position: Int?
}

/// A class of characters named by an escape: `\d`, `\w`, `\s` (negated: `\D`, `\W`, `\S`).
enum RegexCategory {
    case digit, word, space
}

/// One member of a character set `[...]`.
enum RegexClassItem {
    case scalar(UInt32)
    case range(UInt32, UInt32)
    case category(RegexCategory, negated: Bool)
}

/// A character set with the flags it was written under.
struct RegexCharSet {
    var items: [RegexClassItem]
    var negated: Bool
    var ignoreCase: Bool
    var ascii: Bool
}

/// A zero-width assertion.
enum RegexAnchor {
    case lineStart, textStart, textEndOrFinalNewline, lineEndMultiline, lineStartMultiline, textEnd
    case wordBoundary(ascii: Bool), notWordBoundary(ascii: Bool)
}

/// A lookaround's direction and sense.
enum RegexLook {
    case ahead, notAhead, behind, notBehind
}

/// A parsed pattern. Flags are resolved while parsing, so each node carries the ones it depends on.
indirect enum RegexNode {
    case empty
    case literal(UInt32, ignoreCase: Bool, ascii: Bool)
    case any(dotAll: Bool)
    case set(RegexCharSet)
    case anchor(RegexAnchor)
    case group(Int?, RegexNode)
    case sequence([RegexNode])
    case alternation([RegexNode])
    case repetition(RegexNode, min: Int, max: Int?, greedy: Bool)
    case atomic(RegexNode)
    case backreference(Int, ignoreCase: Bool, ascii: Bool)
    case look(RegexLook, RegexNode)
    case conditional(Int, yes: RegexNode, no: RegexNode)

    /// How many characters the node matches, when that is always the same (lookbehind requires it).
    var width: Int? {
        switch self {
        case .empty, .anchor, .look: return 0
        case .literal, .any, .set: return 1
        case .group(_, let node), .atomic(let node): return node.width
        case .sequence(let nodes):
            var total = 0
            for node in nodes {
                guard let w = node.width else { return nil }
                total += w
            }
            return total
        case .alternation(let nodes):
            let widths = nodes.map(\.width)
            guard let first = widths.first, let w = first, widths.allSatisfy({ $0 == w }) else { return nil }
            return w
        case .repetition(let node, let min, let max, _):
            guard max == min, let w = node.width else { return nil }
            return w * min
        case .backreference: return nil
        case .conditional(_, let yes, let no):
            guard let w = yes.width, no.width == w else { return nil }
            return w
        }
    }
}
