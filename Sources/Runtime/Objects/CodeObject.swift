/// One `await` in an `async def`: where it is and what it awaits, as written.
struct AwaitSite: Equatable {
    let index: Int
    let line: Int
    let column: Int
    let text: String
}

/// A compiled function body (or module, lambda, comprehension): instructions
/// with a parallel table of source positions, constants, names, and the
/// layout of its local slots.
final class CodeObject: PyObject {
    /// How a call binds arguments to the first slots.
    struct Signature {
        var positionalCount = 0
        /// The first this many positional parameters cannot be passed by keyword.
        var positionalOnlyCount = 0
        var keywordOnlyCount = 0
        var hasVarArgs = false
        var hasVarKeywords = false
        /// Parameter names in slot order: positional, keyword-only, *args, **kwargs.
        var names: [String] = []
    }

    let name: String
    let qualifiedName: String
    let sourcePath: String
    let firstLine: Int
    var instructions: [Instruction] = []
    /// Source range of each instruction (same index).
    var positions: [SourceRange] = []
    var constants: [Value] = []
    /// Attribute, global and import names used by the instructions.
    var names: [String] = []
    var signature = Signature()
    /// Every local slot's name: parameters first, then other locals, then free variables.
    var slotNames: [String] = []
    /// Slots that hold a cell (captured by an inner function, or free here).
    var cellSlots: [Int] = []
    /// Slots filled from the function's closure, in closure order.
    var freeSlots: [Int] = []
    var isAsync = false
    /// The body's docstring (`__doc__` of a function or class).
    var docstring: String?

    /// The site instruction `i` waits at: an `awaitValue`, or a generator's `yieldValue` or `yieldFrom`
    /// (whose argument is the site's number + 1; 0 in a generator expression, which has no sites).
    func awaitSite(atInstruction i: Int) -> Int? {
        guard i >= 0 && i < instructions.count else { return nil }
        let instruction = instructions[i]
        switch instruction.op {
        case .awaitValue: return Int(instruction.arg)
        case .yieldValue where instruction.arg > 0, .yieldFrom where instruction.arg > 0:
            return Int(instruction.arg) - 1
        default: return nil
        }
    }

    /// This code's id in `vm`'s events, given when first asked for (code objects of library modules are
    /// shared by the runs on one native thread, so the id lives in the run).
    func eventId(in vm: VM) -> Int {
        if let id = vm.codeIds[ObjectIdentifier(self)] { return id }
        let id = vm.nextId()
        vm.codeIds[ObjectIdentifier(self)] = id
        return id
    }
    var isComprehension = false
    /// A generator expression: calling it makes a generator instead of running the body.
    var isGenerator = false
    /// An `async def`: calling it makes a coroutine object.
    var isCoroutine = false
    /// An `async def` with `yield` (also `isGenerator`): calling it makes an async generator.
    var isAsyncGenerator = false
    /// Every `await` of an `async def`, numbered in source order: the coroutine's states.
    var awaitSites: [AwaitSite] = []
    /// Upper bound of value-stack slots the frame needs beyond its locals.
    var stackBound = 0
    /// True when no parameter is a cell and binding is the plain positional kind.
    var hasSimpleArguments = false

    init(name: String, qualifiedName: String, sourcePath: String, firstLine: Int) {
        self.name = name
        self.qualifiedName = qualifiedName
        self.sourcePath = sourcePath
        self.firstLine = firstLine
        super.init(kind: .code)
    }

    var slotCount: Int { slotNames.count }

    func line(at ip: Int) -> Int {
        ip >= 0 && ip < positions.count ? positions[ip].start.line : firstLine
    }
}
