/// The exception classes of `asyncio` (3.11 names and modules).
enum AsyncioTypes {
    static let cancelledError = PyType("CancelledError", base: ExceptionTypes.baseException, module: "asyncio.exceptions")
    static let invalidStateError = PyType("InvalidStateError", base: ExceptionTypes.exception, module: "asyncio.exceptions")
}
