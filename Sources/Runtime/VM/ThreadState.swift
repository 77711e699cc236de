import Glibc

/// glibc's `pthread_getattr_np`, which Swift's Glibc module leaves out (it needs `_GNU_SOURCE`).
@_silgen_name("pthread_getattr_np")
private func threadAttributes(_ thread: pthread_t, _ attributes: UnsafeMutablePointer<pthread_attr_t>) -> Int32

/// What the runtime keeps for each native thread it runs on: the lowest address of the thread's stack
/// (for `NativeStack`), the run's memory and work budget, a deep native recursion that tripped in code
/// that cannot throw, and the objects waiting to be freed one at a time (`Teardown`). Tests run scenarios
/// on several threads at once, so none of this may be a process-wide global.
final class ThreadState {
    /// The lowest usable address of this thread's stack.
    let stackLow: UInt
    /// Bytes of stack kept free below the deepest recursion the runtime allows.
    let stackMargin: UInt
    /// The budget of the run on this thread (nil outside a run).
    var budget: RunBudget?
    /// An error raised where none could be thrown (a recursion too deep in a repr, an exception from a class's
    /// `__repr__` or `__eq__` inside a builtin's work), thrown at the next point that can throw.
    var tripped: Error?
    /// Levels of non-throwing recursion (repr, ==) in progress, limited as Python recursion is.
    var nativeDepth = 0
    /// Objects whose last reference was dropped while another was being freed.
    var dying: [Value] = []
    var freeing = false
    /// A signal delivered to this thread's run only (by tests), checked with the process-wide one.
    var signal: Int32 = 0
    /// Library modules compiled by runs on this thread, by path: the next run (`explore` makes hundreds)
    /// reuses them. Per native thread, as their constants' caches are not safe to share between threads.
    var compiledLibraries: [String: (code: CodeObject, globals: GlobalTable)] = [:]

    init() {
        var attributes = pthread_attr_t()
        var low: UInt = 0
        var size = 8 << 20
        if threadAttributes(pthread_self(), &attributes) == 0 {
            var address: UnsafeMutableRawPointer?
            if pthread_attr_getstack(&attributes, &address, &size) == 0, let address {
                low = UInt(bitPattern: address)
            }
            pthread_attr_destroy(&attributes)
        }
        if low == 0 {
            var marker = 0
            let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
            low = here - UInt(min(size, 1 << 20))
        }
        stackLow = low
        stackMargin = UInt(min(256 << 10, size / 4))
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            if let pointer { Unmanaged<ThreadState>.fromOpaque(pointer).release() }
        }
        return key
    }()

    /// This thread's state, made on first use.
    static var current: ThreadState {
        if let pointer = pthread_getspecific(key) { return Unmanaged<ThreadState>.fromOpaque(pointer).takeUnretainedValue() }
        let state = ThreadState()
        pthread_setspecific(key, Unmanaged.passRetained(state).toOpaque())
        return state
    }
}

/// Guards the runtime's native recursion (nested runs, repr, ==, hashing, pickling, parsing, compiling)
/// by the stack actually left, so a deep structure or program raises RecursionError instead of
/// overflowing the stack.
enum NativeStack {
    /// True while the current thread has more than its margin of stack left.
    @inline(__always) static var hasRoom: Bool {
        var marker: UInt8 = 0
        let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        let state = ThreadState.current
        return here > state.stackLow &+ state.stackMargin
    }

    /// Throws RecursionError (with CPython's `message`) when the stack is nearly used up.
    @inline(__always) static func check(_ message: String = "maximum recursion depth exceeded") throws {
        if !hasRoom { throw PyError(ExceptionTypes.recursionError, message) }
    }

    /// For recursion that cannot throw: one level deeper (call `leave` after), or false when too deep
    /// (past the run's recursion limit, or the stack's), remembering the error for `raiseTripped`.
    static func enter(_ message: String) -> Bool {
        let state = ThreadState.current
        if state.nativeDepth < (state.budget?.recursionLimit ?? 1000) && hasRoom {
            state.nativeDepth += 1
            return true
        }
        if state.tripped == nil { state.tripped = PyError(ExceptionTypes.recursionError, message) }
        return false
    }

    /// The end of a level `enter` allowed.
    static func leave() {
        ThreadState.current.nativeDepth -= 1
    }

    /// Keeps `error`, raised where it could not be thrown, for `raiseTripped` (the first one wins).
    static func remember(_ error: Error) {
        let state = ThreadState.current
        if state.tripped == nil { state.tripped = error }
    }

    /// Throws the error a non-throwing operation remembered, once.
    @inline(__always) static func raiseTripped() throws {
        let state = ThreadState.current
        if let error = state.tripped {
            state.tripped = nil
            throw error
        }
    }
}

/// Frees objects iteratively: a container or exception that dies hands what it holds to its thread's
/// queue instead of releasing it in place, so a list nested 100,000 deep or a chain of 100,000
/// exceptions is freed in a loop rather than by 100,000 nested deinitialisers.
enum Teardown {
    /// Takes the values a dying object holds; frees them (and what they hold) one at a time.
    static func adopt(_ values: inout [Value]) {
        guard values.contains(where: { if case .object(let o) = $0 { return o.kind != .str } else { return false } }) else { return }
        let state = ThreadState.current
        state.dying.append(contentsOf: values)
        values = []
        drain(state)
    }

    /// Takes one object a dying object holds.
    static func adopt<T: PyObject>(_ object: inout T?) {
        guard object != nil else { return }
        let state = ThreadState.current
        moveOut(&object, to: state)
        drain(state)
    }

    /// Moves the reference into the queue, leaving no other reference alive in this frame.
    @inline(never) private static func moveOut<T: PyObject>(_ object: inout T?, to state: ThreadState) {
        state.dying.append(.object(object!))
        object = nil
    }

    private static func drain(_ state: ThreadState) {
        guard !state.freeing else { return }
        state.freeing = true
        while let value = state.dying.popLast() { _ = value }
        state.freeing = false
    }
}
