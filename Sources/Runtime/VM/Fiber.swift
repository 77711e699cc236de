/// One execution context: a value stack shared by a chain of frames, the
/// frames themselves, the handler blocks, and the exceptions being handled.
/// A thread runs on a fiber; later, so does each asyncio task.
final class Fiber {
    /// An activation of a code object on this fiber.
    struct Frame {
        let code: CodeObject
        let function: PyFunction?
        let module: PyModule
        var ip: Int
        /// Stack index of local slot 0.
        let base: Int
        /// Stack index the result goes to when the frame returns.
        let resultSlot: Int
        /// How many entries of `blocks` belong to callers.
        let blockBase: Int
        /// The coroutine whose body this frame runs, if it is one.
        var coroutine: PyCoroutine?
        /// The line of the frame's last line event while a frame above it runs (`Fiber.lastLine`).
        var lastLine: Int32 = -1
    }

    /// A handler pushed by `setupExcept`/`setupWith`, or the record of an `except` body in progress.
    struct Block {
        enum Kind { case except, handling }
        let kind: Kind
        let handler: Int
        /// The stack depth to return to when the handler is entered.
        let level: Int
    }

    private(set) var stack: UnsafeMutablePointer<Value>
    private(set) var capacity: Int
    var sp = 0
    var frames: [Frame] = []
    var blocks: [Block] = []
    /// The exceptions whose `except` bodies are running, innermost last.
    var handling: [PyException] = []
    /// Set by `yieldValue` so the caller of `run` can tell a yield from a return.
    var yielded = false
    /// A generator's fiber while it runs (re-entering it is an error).
    var running = false
    /// Set with `yielded` when the fiber stopped at an `await` that must wait (not at a `yield`).
    var awaitSuspended = false
    /// Set by a blocking call of a simulated thread: the dispatch loop returns, leaving the call's result slot to fill on resume.
    var suspended = false
    /// The line of the running frame's last line event (`LineEvents`): -1 when the frame starts and after a
    /// backward jump. The frames below keep theirs in `Frame.lastLine`.
    var lastLine: Int32 = -1

    init(capacity: Int = 256) {
        self.capacity = capacity
        stack = .allocate(capacity: capacity)
        stack.initialize(repeating: .none, count: capacity)
    }

    deinit {
        stack.deinitialize(count: capacity)
        stack.deallocate()
    }

    /// Makes room for `needed` more slots above `sp`; may move the stack.
    func reserve(_ needed: Int) {
        guard sp + needed > capacity else { return }
        var newCapacity = capacity * 2
        while sp + needed > newCapacity { newCapacity *= 2 }
        let fresh = UnsafeMutablePointer<Value>.allocate(capacity: newCapacity)
        fresh.moveInitialize(from: stack, count: capacity)
        (fresh + capacity).initialize(repeating: .none, count: newCapacity - capacity)
        stack.deallocate()
        stack = fresh
        capacity = newCapacity
    }
}
