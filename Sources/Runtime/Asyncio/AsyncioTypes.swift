/// The exception classes of `asyncio` (3.11 names and modules).
enum AsyncioTypes {
    static let cancelledError = PyType("CancelledError", base: ExceptionTypes.baseException, module: "asyncio.exceptions")
    static let queueEmpty = PyType("QueueEmpty", base: ExceptionTypes.exception, module: "asyncio.queues")
    static let queueFull = PyType("QueueFull", base: ExceptionTypes.exception, module: "asyncio.queues")
    static let brokenBarrierError = PyType("BrokenBarrierError", base: ExceptionTypes.runtimeError, module: "asyncio.exceptions")
    static let invalidStateError = PyType("InvalidStateError", base: ExceptionTypes.exception, module: "asyncio.exceptions")
}
