/// One line of a traceback: a code object and the instruction it was at.
struct TracebackEntry {
    let code: CodeObject
    let instruction: Int

    var line: Int { code.line(at: instruction) }
    var range: SourceRange? {
        instruction >= 0 && instruction < code.positions.count ? code.positions[instruction] : nil
    }
}

/// A raised (or raisable) exception instance.
final class PyException: PyObject {
    let type: PyType
    var args: [Value]
    /// Innermost entry last, as the exception unwound through frames.
    var traceback: [TracebackEntry] = []
    /// The object `__traceback__` gave (held weakly: it holds the exception).
    weak var tracebackObject: PyTraceback?
    var cause: PyException?
    var context: PyException?
    var suppressContext = false
    /// Extra attributes some exceptions carry (`name` of NameError, `exceptions` of ExceptionGroup).
    var attributes: [String: Value] = [:]

    init(_ type: PyType, _ args: [Value]) {
        self.type = type
        self.args = args
        super.init(kind: .exception)
    }

    convenience init(_ type: PyType, _ message: String) {
        self.init(type, [.str(message)])
    }

    deinit {
        Teardown.adopt(&cause)
        Teardown.adopt(&context)
        Teardown.adopt(&args)
    }
}

/// A Python exception travelling through Swift code.
struct PyError: Error {
    let exception: PyException

    init(_ exception: PyException) {
        self.exception = exception
    }

    init(_ type: PyType, _ message: String) {
        self.exception = PyException(type, message)
    }

    static func type(_ message: String) -> PyError { PyError(ExceptionTypes.typeError, message) }
    static func value(_ message: String) -> PyError { PyError(ExceptionTypes.valueError, message) }
    static func index(_ message: String) -> PyError { PyError(ExceptionTypes.indexError, message) }
    static func runtime(_ message: String) -> PyError { PyError(ExceptionTypes.runtimeError, message) }
    static func overflow(_ message: String) -> PyError { PyError(ExceptionTypes.overflowError, message) }
    static func zeroDivision(_ message: String) -> PyError { PyError(ExceptionTypes.zeroDivisionError, message) }
    static func attribute(_ message: String) -> PyError { PyError(ExceptionTypes.attributeError, message) }
    static func key(_ key: Value) -> PyError { PyError(PyException(ExceptionTypes.keyError, [key])) }
}

/// The exception classes of the subset, in CPython's hierarchy.
enum ExceptionTypes {
    static let baseException = PyType("BaseException", base: BuiltinTypes.object)
    static let systemExit = PyType("SystemExit", base: baseException)
    static let keyboardInterrupt = PyType("KeyboardInterrupt", base: baseException)
    static let exception = PyType("Exception", base: baseException)
    static let arithmeticError = PyType("ArithmeticError", base: exception)
    static let zeroDivisionError = PyType("ZeroDivisionError", base: arithmeticError)
    static let overflowError = PyType("OverflowError", base: arithmeticError)
    static let assertionError = PyType("AssertionError", base: exception)
    static let attributeError = PyType("AttributeError", base: exception)
    static let lookupError = PyType("LookupError", base: exception)
    static let indexError = PyType("IndexError", base: lookupError)
    static let keyError = PyType("KeyError", base: lookupError)
    static let nameError = PyType("NameError", base: exception)
    static let unboundLocalError = PyType("UnboundLocalError", base: nameError)
    static let osError = PyType("OSError", base: exception)
    static let timeoutError = PyType("TimeoutError", base: osError)
    static let runtimeError = PyType("RuntimeError", base: exception)
    static let recursionError = PyType("RecursionError", base: runtimeError)
    static let notImplementedError = PyType("NotImplementedError", base: runtimeError)
    static let stopIteration = PyType("StopIteration", base: exception)
    static let stopAsyncIteration = PyType("StopAsyncIteration", base: exception)
    static let generatorExit = PyType("GeneratorExit", base: baseException)
    static let typeError = PyType("TypeError", base: exception)
    static let valueError = PyType("ValueError", base: exception)
    static let importError = PyType("ImportError", base: exception)
    static let unicodeError = PyType("UnicodeError", base: valueError)
    static let unicodeDecodeError = PyType("UnicodeDecodeError", base: unicodeError)
    static let unicodeEncodeError = PyType("UnicodeEncodeError", base: unicodeError)
    static let eofError = PyType("EOFError", base: exception)
    static let moduleNotFoundError = PyType("ModuleNotFoundError", base: importError)
    static let baseExceptionGroup = PyType("BaseExceptionGroup", base: baseException)
    /// Also a `BaseExceptionGroup` (CPython gives it both bases).
    static let exceptionGroup: PyType = {
        let t = PyType("ExceptionGroup", base: exception)
        t.secondBase = baseExceptionGroup
        return t
    }()

    /// Every exception class a scenario can name as a builtin.
    static let all: [PyType] = [
        baseException, systemExit, keyboardInterrupt, exception, arithmeticError, zeroDivisionError,
        overflowError, assertionError, attributeError, lookupError, indexError, keyError, nameError,
        unboundLocalError, osError, timeoutError, runtimeError, recursionError, notImplementedError,
        stopIteration, typeError, valueError, importError, moduleNotFoundError, eofError, baseExceptionGroup, exceptionGroup,
        stopAsyncIteration, generatorExit, unicodeError, unicodeDecodeError, unicodeEncodeError,
    ] + warnings + others
}
