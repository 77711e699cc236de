/// A coroutine object: what calling an `async def` returns. Its frame is
/// pushed onto the awaiting fiber when awaited, or becomes a task's fiber.
final class PyCoroutine: PyNativeObject, CustomReprObject {
    /// The coroutine as a state machine (asyncviz draws these states).
    enum State { case created, running, suspended, done }

    static let type: PyType = {
        let t = PyType("coroutine", base: BuiltinTypes.object)
        t.define("__await__") { _, args, kw in
            try Arguments.check("__await__", Array(args.dropFirst()), kw, min: 0, max: 0)
            return .object(CoroutineWrapper(args[0].object as! PyCoroutine))
        }
        t.define("close") { vm, args, kw in
            try Arguments.check("close", Array(args.dropFirst()), kw, min: 0, max: 0)
            let coroutine = args[0].object as! PyCoroutine
            switch coroutine.state {
            case .created:
                coroutine.claimed = true
                coroutine.state = .done
            case .done: break
            case .running, .suspended:
                throw vm.unsupportedAtRunTime("close() of a coroutine that has started (cancel its task instead)")
            }
            return .none
        }
        return t
    }()

    let function: PyFunction
    let arguments: [Value]
    var state = State.created
    /// Awaited or wrapped in a task: it may not be awaited again, and it is not "never awaited".
    var claimed = false
    private let warnings: WarningOutput
    /// The line it was created on, for the "never awaited" warning.
    private let createdLine: Int
    let eventId: Int

    init(function: PyFunction, arguments: [Value], vm: VM, line: Int) {
        self.function = function
        self.arguments = arguments
        self.warnings = vm.warnings
        self.createdLine = line
        self.eventId = vm.nextId()
        super.init(type: PyCoroutine.type)
        if vm.sink != nil { vm.announce(function.code) }
        vm.emit(.coroCreate, eventId, other: function.code.eventId(in: vm),
                text: CoroutineCallText.text(function.code, arguments))
    }

    deinit {
        guard !claimed, !warnings.silenced else { return }
        let source = warnings.source
        let text = source.line(createdLine).trimmingPythonWhitespace()
        warnings.write("\(source.tracebackPath):\(createdLine): RuntimeWarning: coroutine '\(function.code.qualifiedName)' was never awaited\n  \(text)\nRuntimeWarning: Enable tracemalloc to get the object allocation traceback\n")
    }

    var pythonRepr: String { "<coroutine object \(function.code.qualifiedName) at \(Repr.address(self))>" }
}

/// The bare `yield` of `asyncio.sleep(0)`: suspends the task for exactly one loop iteration.
final class YieldOnce: PyNativeObject {
    static let type = PyType("coroutine", base: BuiltinTypes.object)
    var yielded = false

    init() {
        super.init(type: YieldOnce.type)
    }
}

/// Where warnings from objects' deinitialisers go (a coroutine never
/// awaited): the scenario's stderr, without keeping the VM alive.
final class WarningOutput {
    let source: SourceFile
    private let output: (StandardStream, String) -> Void
    private let sink: EventSink?
    private let clock: () -> Double
    /// Set when the run ends abruptly (a deadlock): CPython's harness exits at once and warns no more.
    var silenced = false

    init(source: SourceFile, sink: EventSink?, clock: @escaping () -> Double, output: @escaping (StandardStream, String) -> Void) {
        self.source = source
        self.sink = sink
        self.clock = clock
        self.output = output
    }

    func write(_ text: String) {
        sink?.record(RuntimeEvent(kind: .stderr, time: clock(), text: text))
        output(.stderr, text)
    }
}
