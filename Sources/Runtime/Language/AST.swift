/// The syntax tree of a scenario. Every node keeps the source range it came
/// from, so compile errors, tracebacks and await sites can point at it.
struct Expr {
    var kind: Kind
    var start: SourceLocation
    var end: SourceLocation

    indirect enum Kind {
        case name(String)
        case constant(Constant)
        case fstring([FStringPart])
        case tuple([Expr])
        case list([Expr])
        case set([Expr])
        case dict([DictItem])
        case starred(Expr)
        case binary(BinaryOp, Expr, Expr)
        case unary(UnaryOp, Expr)
        case boolOp(isAnd: Bool, [Expr])
        case compare(Expr, [(CompareOp, Expr)])
        case ifExp(test: Expr, body: Expr, orElse: Expr)
        case lambda(Parameters, Expr)
        case call(Expr, [Argument])
        case attribute(Expr, String)
        case subscription(Expr, Expr)
        case slice(Expr?, Expr?, Expr?)
        case comprehension(ComprehensionKind, element: Expr, value: Expr?, [ComprehensionClause])
        case await(Expr)
        case yield(Expr?)
        case yieldFrom(Expr)
        case namedExpr(String, Expr)
    }
}

extension Expr {
    var range: SourceRange { SourceRange(start, end) }

    var isTupleDisplay: Bool {
        if case .tuple = kind { return true }
        return false
    }
}

/// A literal value known at compile time.
enum Constant: Equatable {
    case none, bool(Bool), int(Int), float(Double), string(String), ellipsis
    /// An int literal too large for a machine word: its digits and radix.
    case bigInt(digits: String, radix: Int)
    /// An imaginary literal's coefficient (`2j` holds 2.0).
    case imaginary(Double)
    /// A bytes literal's octets.
    case bytes([UInt8])
}

/// One piece of an f-string: literal text or a replacement field.
enum FStringPart {
    case literal(String)
    case field(Expr, conversion: Character?, spec: [FStringPart]?)
}

/// An entry of a dict display: `key: value` or `**mapping`.
enum DictItem {
    case pair(Expr, Expr)
    case unpack(Expr)
}

/// An argument at a call site: positional, `name=value`, `*seq` or `**map`.
enum Argument {
    case positional(Expr)
    case keyword(String, Expr, SourceLocation)
    case star(Expr)
    case doubleStar(Expr)
}

enum ComprehensionKind { case list, set, dict, generator }

/// One `for target in iter if cond...` clause of a comprehension.
struct ComprehensionClause {
    var target: Expr
    var iter: Expr
    var conditions: [Expr]
    var isAsync: Bool
}

enum BinaryOp: String, CaseIterable {
    case add = "+", sub = "-", mul = "*", div = "/", floorDiv = "//", mod = "%", pow = "**"
    case lshift = "<<", rshift = ">>", and = "&", or = "|", xor = "^", matmul = "@"
}

enum UnaryOp: String { case neg = "-", pos = "+", not = "not", invert = "~" }

enum CompareOp: String, CaseIterable {
    case lt = "<", le = "<=", eq = "==", ne = "!=", gt = ">", ge = ">="
    case `in` = "in", notIn = "not in", `is` = "is", isNot = "is not"
}

/// A function's parameter list (for `def`, `async def` and `lambda`).
struct Parameters {
    struct Param {
        var name: String
        var defaultValue: Expr?
        var location: SourceLocation
        var annotation: Expr?
    }
    var positional: [Param] = []
    /// How many of `positional` come before a `/` (positional-only).
    var positionalOnlyCount = 0
    var varArgs: Param?
    var keywordOnly: [Param] = []
    var varKeywords: Param?

    var allNames: [String] {
        positional.map(\.name) + (varArgs.map { [$0.name] } ?? []) + keywordOnly.map(\.name) + (varKeywords.map { [$0.name] } ?? [])
    }

    /// The annotated parameters in CPython's `__annotations__` order.
    var annotated: [Param] {
        let all = positional + (varArgs.map { [$0] } ?? []) + keywordOnly + (varKeywords.map { [$0] } ?? [])
        return all.filter { $0.annotation != nil }
    }
}

/// A statement with its source range.
struct Stmt {
    var kind: Kind
    var start: SourceLocation
    var end: SourceLocation

    /// `name: annotation` (with or without a value): what a class body keeps in `__annotations__`.
    var isSimpleAnnotation: Bool {
        if case .annotated(let target, _, _) = kind, case .name = target.kind { return true }
        return false
    }

    indirect enum Kind {
        case expr(Expr)
        case assign(targets: [Expr], value: Expr)
        case augAssign(Expr, BinaryOp, Expr)
        case annotated(target: Expr, annotation: Expr, value: Expr?)
        case functionDef(FunctionDef)
        case classDef(ClassDef)
        case `return`(Expr?)
        case `if`(Expr, [Stmt], [Stmt])
        case `while`(Expr, [Stmt], [Stmt])
        case `for`(target: Expr, iter: Expr, body: [Stmt], orElse: [Stmt], isAsync: Bool)
        case `try`(body: [Stmt], handlers: [ExceptHandler], orElse: [Stmt], finally: [Stmt])
        case with(items: [WithItem], body: [Stmt], isAsync: Bool)
        case raise(Expr?, cause: Expr?)
        case assert(Expr, Expr?)
        case del([Expr])
        case global([String])
        case nonlocal([String])
        case `import`([ImportName])
        case importFrom(module: String, names: [ImportName], level: Int)
        case match(subject: Expr, cases: [MatchCase])
        case pass, `break`, `continue`
    }
}

extension Stmt {
    var range: SourceRange { SourceRange(start, end) }
}

/// `def` or `async def`.
struct FunctionDef {
    var name: String
    var parameters: Parameters
    var body: [Stmt]
    var isAsync: Bool
    var decorators: [Expr]
    /// The `-> annotation`, if any.
    var returns: Expr?
}

/// `class Name(Base): body` (only asyncviz's own library code may define classes).
struct ClassDef {
    var name: String
    var bases: [Expr]
    /// `metaclass=` and the keywords `__init_subclass__` receives.
    var keywords: [(name: String, value: Expr)] = []
    var body: [Stmt]
    var decorators: [Expr] = []
}

/// `except T as name:` (type and name optional).
struct ExceptHandler {
    var type: Expr?
    var name: String?
    var body: [Stmt]
    var start: SourceLocation
    var isStar: Bool
}

/// `with expr as target`.
struct WithItem {
    var context: Expr
    var target: Expr?
}

/// `import a.b as c` or one name of `from m import x as y`.
struct ImportName {
    var name: String
    var asName: String?
    var location: SourceLocation
}

/// One `case pattern if guard:` arm of a `match` statement.
struct MatchCase {
    var pattern: Pattern
    var guardExpr: Expr?
    var body: [Stmt]
}

/// A `match` pattern with where it starts.
struct Pattern {
    var kind: Kind
    var start: SourceLocation
    var end: SourceLocation

    indirect enum Kind {
        /// A literal or a dotted name compared with `==` (`None`, `True`, `False` compare with `is`).
        case value(Expr)
        case singleton(Constant)
        /// A bare name (nil: the wildcard `_`).
        case capture(String?)
        /// `[a, *rest, b]` or `(a, b)`: the elements, with at most one `.star`.
        case sequence([Pattern])
        /// `*name` inside a sequence pattern (nil: `*_`).
        case star(String?)
        /// `{key: pattern, **rest}`.
        case mapping(keys: [Expr], patterns: [Pattern], rest: String?)
        /// `Cls(p, q, name=r)`.
        case cls(Expr, positional: [Pattern], keywords: [(String, Pattern)])
        case or([Pattern])
        case asPattern(Pattern?, String)
    }
}
