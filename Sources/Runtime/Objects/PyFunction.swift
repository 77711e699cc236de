/// A Python function: code plus the defaults and closure it was made with.
final class PyFunction: PyObject {
    let code: CodeObject
    let module: PyModule
    var name: String
    let defaults: [Value]
    let keywordDefaults: PyDict?
    let closure: [PyCell]
    /// `__dict__`: attributes set on the function (`__wrapped__`, a cache's `cache_info`, ...).
    var dict: PyDict?
    /// `__qualname__`, `__module__` and `__doc__` once assigned (`functools.wraps` copies them).
    var qualifiedName: String
    var moduleName: String?
    var doc: Value?
    /// `__annotations__` of the parameters and the return, evaluated when the `def` ran.
    var annotations: PyDict?
    /// Freed with the function: tells its weak references (`weakref`), which then run their callbacks.
    var weakAnchor: WeakAnchor?

    init(code: CodeObject, module: PyModule, defaults: [Value], keywordDefaults: PyDict?, closure: [PyCell]) {
        self.code = code
        self.module = module
        self.name = code.name
        self.defaults = defaults
        self.keywordDefaults = keywordDefaults
        self.closure = closure
        self.qualifiedName = code.qualifiedName
        super.init(kind: .function)
    }
}

/// Keyword arguments handed to a native function, in call order.
typealias KeywordArguments = [(name: String, value: Value)]

/// A function implemented in Swift (a builtin, a method of a builtin type, a module function).
final class PyBuiltin: PyObject {
    typealias Body = (VM, [Value], KeywordArguments) throws -> Value
    let name: String
    /// The name CPython puts in messages, e.g. `ThreadPoolExecutor()` or `list.append()`.
    let qualifiedName: String
    let body: Body

    init(_ name: String, qualifiedName: String? = nil, _ body: @escaping Body) {
        self.name = name
        self.qualifiedName = qualifiedName ?? name
        self.body = body
        super.init(kind: .builtin)
    }
}

/// A callable bound to the object it was looked up on (`lst.append`).
final class PyBoundMethod: PyObject {
    let receiver: Value
    let function: Value

    init(receiver: Value, function: Value) {
        self.receiver = receiver
        self.function = function
        super.init(kind: .boundMethod)
    }
}

/// A module: its name and its attributes. The scenario's own module keeps
/// its globals in slots the compiler assigned.
final class PyModule: PyObject {
    let name: String
    var attributes: [String: Value]
    /// Global slots of a compiled module, indexed as the compiler numbered them.
    var globals: [Value] = []
    var globalNames: [String] = []

    init(name: String, attributes: [String: Value] = [:]) {
        self.name = name
        self.attributes = attributes
        super.init(kind: .module)
    }

    func attribute(_ name: String) -> Value? {
        if let v = attributes[name] { return v }
        if let i = globalNames.firstIndex(of: name), !globals[i].isUnbound { return globals[i] }
        return nil
    }
}
