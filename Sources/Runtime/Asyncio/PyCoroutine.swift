/// A coroutine object: what calling an `async def` returns. Its frame is
/// pushed onto the awaiting fiber when awaited, or becomes a task's fiber.
final class PyCoroutine: PyNativeObject, CustomReprObject {
    /// The coroutine as a state machine (asyncviz draws these states).
    enum State { case created, running, suspended, done }

    static let type = PyType("coroutine", base: BuiltinTypes.object)

    let function: PyFunction
    let arguments: [Value]
    var state = State.created
    /// Awaited or wrapped in a task: it may not be awaited again, and it is not "never awaited".
    var claimed = false
    private weak var vm: VM?
    /// The line it was created on, for the "never awaited" warning.
    private let createdLine: Int
    let eventId: Int

    init(function: PyFunction, arguments: [Value], vm: VM, line: Int) {
        self.function = function
        self.arguments = arguments
        self.vm = vm
        self.createdLine = line
        self.eventId = vm.nextId()
        super.init(type: PyCoroutine.type)
        if vm.sink != nil { vm.announce(function.code) }
        vm.emit(.coroCreate, eventId, other: function.code.eventId(in: vm), text: function.code.qualifiedName)
    }

    deinit {
        guard !claimed, let vm, !vm.exited else { return }
        let text = vm.source.line(createdLine).trimmingPythonWhitespace()
        vm.write(.stderr, "\(vm.source.tracebackPath):\(createdLine): RuntimeWarning: coroutine '\(function.code.qualifiedName)' was never awaited\n  \(text)\nRuntimeWarning: Enable tracemalloc to get the object allocation traceback\n")
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
