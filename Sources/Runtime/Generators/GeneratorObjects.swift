/// The suspended body of a generator or async generator: its frame waits on
/// a fiber of its own between resumptions (with the coroutine frames an async
/// generator awaits stacked above it while it is suspended at an `await`).
final class GeneratorBody {
    let fiber: Fiber
    let code: CodeObject
    /// The first resumption happened (a send then pushes the value the `yield` returns).
    var started = false
    /// It returned or raised: every later resumption ends at once.
    var finished = false
    /// Its id in the run's events once its first resumption reported it (-1: not reported, `GeneratorEvents`).
    var eventId = -1
    /// The call that made it (`countdown(3)`), kept for its first report when a sink listens.
    var call: String?

    init(fiber: Fiber, code: CodeObject) {
        self.fiber = fiber
        self.code = code
    }

    /// The iterator a `yield from` in the suspended frame delegates to, if that is where it waits.
    var delegate: Value? {
        guard started, !finished, fiber.frames.count == 1 else { return nil }
        let frame = fiber.frames[0]
        guard frame.ip < code.instructions.count, code.instructions[frame.ip].op == .yieldFrom else { return nil }
        return fiber.stack[fiber.sp - 1]
    }
}

/// What calling an `async def` containing `yield` returns: an async iterator whose
/// steps (`__anext__`, `asend`, `athrow`, `aclose`) are awaitables.
final class PyAsyncGenerator: PyNativeObject, CustomReprObject {
    static let type = PyType("async_generator", base: BuiltinTypes.object)

    let body: GeneratorBody
    /// A step is suspended at an `await` inside the body: no other step may start.
    var stepRunning = false
    /// The loop hooks were asked for (at the first step), and the loop that closes it if it is dropped.
    var hooked = false
    weak var finalizerLoop: EventLoop?

    init(body: GeneratorBody) {
        self.body = body
        super.init(type: PyAsyncGenerator.type)
    }

    deinit {
        if let loop = finalizerLoop { AsyncGeneratorHooks.dropped(body, loop: loop) }
    }

    var pythonRepr: String { "<async_generator object \(body.code.qualifiedName) at \(Repr.address(self))>" }
}

/// One awaitable step of an async generator. Awaiting it runs the body on its own
/// fiber until a `yield` (the await's value), its end, or an `await` that must wait
/// (the step then waits on the awaiting task's behalf and goes on when it is woken).
final class AsyncGeneratorStep: PyNativeObject {
    enum Mode {
        case send(Value)
        case raise(PyException)
        case close
    }

    static let sendType = PyType("async_generator_asend", base: BuiltinTypes.object)
    static let throwType = PyType("async_generator_athrow", base: BuiltinTypes.object)

    let generator: PyAsyncGenerator
    let mode: Mode
    /// `anext(agen, default)`: the value instead of `StopAsyncIteration`.
    let defaultValue: Value?
    var begun = false
    var done = false
    /// An exception thrown into the awaiting task while the body waits at an `await` (a cancellation).
    var pendingThrow: PyException?
    /// An exception thrown into this `aclose()` before it was first awaited (a closing task cancelled before
    /// it ran): as in CPython 3.11 it goes straight into the body, and the `aclose()` itself starts afterwards.
    var thrownBeforeStart: PyException?
    var threwBeforeStart = false

    init(_ generator: PyAsyncGenerator, mode: Mode, defaultValue: Value? = nil) {
        self.generator = generator
        self.mode = mode
        self.defaultValue = defaultValue
        AsyncGeneratorHooks.firstIteration(generator)
        if case .send = mode {
            super.init(type: AsyncGeneratorStep.sendType)
        } else {
            super.init(type: AsyncGeneratorStep.throwType)
        }
    }
}
