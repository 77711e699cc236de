/// What `exception.__traceback__`, `sys.exc_info()[2]` and an excepthook's `exc_traceback` give: the
/// traceback of a raised exception, as an object. The `traceback` module formats the exception's own
/// record through it; its frames stay out of a scenario's reach (`tb_frame` and `tb_next` are refused at
/// load time), and `tb_lineno` is the line of the outermost frame, as CPython's is.
final class PyTraceback: PyNativeObject, CustomReprObject, NativeAttributes {
    static let type = PyType("traceback", base: BuiltinTypes.object)

    let exception: PyException

    private init(_ exception: PyException) {
        self.exception = exception
        super.init(type: PyTraceback.type)
    }

    /// The traceback of `exception` (the same object each time), or None when it was never raised.
    static func of(_ exception: PyException) -> Value {
        guard !exception.traceback.isEmpty else { return .none }
        if let made = exception.tracebackObject { return .object(made) }
        let made = PyTraceback(exception)
        exception.tracebackObject = made
        return .object(made)
    }

    var pythonRepr: String { "<traceback object at \(Repr.address(self))>" }

    func attribute(_ name: String, vm: VM) throws -> Value? {
        name == "tb_lineno" ? exception.traceback.first.map { .int($0.line) } : nil
    }

    func setAttribute(_ name: String, _ value: Value) throws -> Bool { false }
}
