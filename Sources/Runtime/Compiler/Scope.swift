/// The names of one function-like scope (module, def, lambda, comprehension)
/// and, after resolution, where each lives: a local slot, a cell shared with
/// inner functions, a free variable from an enclosing function, or a global.
final class Scope {
    enum Kind { case module, function, lambda, comprehension, classBody }

    enum Binding: Equatable { case local, cell, free, global }

    let kind: Kind
    let name: String
    /// An `async def`, or a comprehension with `async for` or `await` (it runs as a coroutine).
    var isAsync: Bool
    weak var parent: Scope?
    var children: [Scope] = []
    var parameters: [String] = []
    /// Names bound here, in first-binding order (so slots are numbered deterministically).
    var bound: [String] = []
    var declaredGlobal: Set<String> = []
    var declaredNonlocal: Set<String> = []
    var nonlocalLocations: [String: SourceLocation] = [:]
    var used: [String] = []
    private var boundSet: Set<String> = []
    private var usedSet: Set<String> = []
    var cells: Set<String> = []
    var frees: [String] = []
    /// A `yield` in this function's own body makes it a generator function.
    var hasYield = false

    init(kind: Kind, name: String, isAsync: Bool, parent: Scope?) {
        self.kind = kind
        self.name = name
        self.isAsync = isAsync
        self.parent = parent
    }

    var isFunctionLike: Bool { kind != .module }

    func bind(_ n: String) {
        if boundSet.insert(n).inserted { bound.append(n) }
    }

    func use(_ n: String) {
        if usedSet.insert(n).inserted { used.append(n) }
    }

    func isBoundLocally(_ n: String) -> Bool {
        isFunctionLike && boundSet.contains(n) && !declaredGlobal.contains(n) && !declaredNonlocal.contains(n)
    }

    func binding(of n: String) -> Binding {
        if kind == .module || declaredGlobal.contains(n) { return .global }
        if frees.contains(n) { return .free }
        if boundSet.contains(n) && !declaredNonlocal.contains(n) { return cells.contains(n) ? .cell : .local }
        return .global
    }

    /// Marks `n` free here and in every scope up to the one that binds it; false when none does.
    @discardableResult
    func resolveFree(_ n: String) -> Bool {
        guard let p = parent else { return false }
        if p.kind == .classBody {
            if n == "__class__" {
                p.cells.insert(n)
                if !frees.contains(n) { frees.append(n) }
                return true
            }
            guard p.resolveFree(n) else { return false }
            if !frees.contains(n) { frees.append(n) }
            return true
        }
        if p.isBoundLocally(n) {
            p.cells.insert(n)
            if !frees.contains(n) { frees.append(n) }
            return true
        }
        if p.kind == .module || p.declaredGlobal.contains(n) { return false }
        if p.resolveFree(n) {
            if !frees.contains(n) { frees.append(n) }
            return true
        }
        return false
    }

    /// Resolve every name of this scope and its children (parents first).
    func resolve() throws(Diagnostic) {
        if isFunctionLike {
            for n in declaredNonlocal.sorted() where !resolveFree(n) {
                throw Diagnostic(.syntaxError, "no binding for nonlocal '\(n)' found", at: nonlocalLocations[n] ?? SourceLocation(line: 1, column: 0))
            }
            for n in used + bound where !isBoundLocally(n) && !declaredGlobal.contains(n) {
                resolveFree(n)
            }
        }
        for child in children { try child.resolve() }
    }
}
