/// The rest of Python's builtin exception classes, in CPython's hierarchy: the `OSError` family a program
/// raises to stand for a failed connection or a missing file (asyncviz has neither, but code that models
/// them raises and catches these), and the few others of `builtins`. `IOError` and `EnvironmentError` are
/// other names of `OSError`, as in CPython.
extension ExceptionTypes {
    static let blockingIOError = PyType("BlockingIOError", base: osError)
    static let childProcessError = PyType("ChildProcessError", base: osError)
    static let connectionError = PyType("ConnectionError", base: osError)
    static let brokenPipeError = PyType("BrokenPipeError", base: connectionError)
    static let connectionAbortedError = PyType("ConnectionAbortedError", base: connectionError)
    static let connectionRefusedError = PyType("ConnectionRefusedError", base: connectionError)
    static let connectionResetError = PyType("ConnectionResetError", base: connectionError)
    static let fileExistsError = PyType("FileExistsError", base: osError)
    static let fileNotFoundError = PyType("FileNotFoundError", base: osError)
    static let interruptedError = PyType("InterruptedError", base: osError)
    static let isADirectoryError = PyType("IsADirectoryError", base: osError)
    static let notADirectoryError = PyType("NotADirectoryError", base: osError)
    static let permissionError = PyType("PermissionError", base: osError)
    static let processLookupError = PyType("ProcessLookupError", base: osError)
    static let bufferError = PyType("BufferError", base: exception)
    static let memoryError = PyType("MemoryError", base: exception)
    static let referenceError = PyType("ReferenceError", base: exception)
    static let systemError = PyType("SystemError", base: exception)
    static let floatingPointError = PyType("FloatingPointError", base: arithmeticError)
    static let syntaxError = PyType("SyntaxError", base: exception)
    static let indentationError = PyType("IndentationError", base: syntaxError)
    static let tabError = PyType("TabError", base: indentationError)
    static let unicodeTranslateError = PyType("UnicodeTranslateError", base: unicodeError)

    /// The classes above, as builtins.
    static let others: [PyType] = [
        blockingIOError, childProcessError, connectionError, brokenPipeError, connectionAbortedError,
        connectionRefusedError, connectionResetError, fileExistsError, fileNotFoundError, interruptedError,
        isADirectoryError, notADirectoryError, permissionError, processLookupError, bufferError, memoryError,
        referenceError, systemError, floatingPointError, syntaxError, indentationError, tabError,
        unicodeTranslateError,
    ]
}
