/// A type object: a builtin type (`int`, `list`, ...) or an exception class.
/// Calling it constructs an instance; its method table serves attribute lookups.
final class PyType: PyObject {
    let name: String
    let base: PyType?
    /// The module CPython reports for it (`builtins` is left out of reprs).
    let moduleName: String
    var methods: [String: PyBuiltin] = [:]
    var constructor: PyBuiltin.Body?
    /// A second base class (only `ExceptionGroup` has one).
    var secondBase: PyType?
    /// A class defined by asyncviz's library code: its namespace (methods and class attributes).
    var classAttributes: [String: Value]?

    init(_ name: String, base: PyType? = nil, module: String = "builtins") {
        self.name = name
        self.base = base
        self.moduleName = module
        super.init(kind: .type)
    }

    var qualifiedName: String { moduleName == "builtins" ? name : "\(moduleName).\(name)" }

    func isSubtype(of other: PyType) -> Bool {
        var t: PyType? = self
        while let c = t {
            if c === other { return true }
            if let second = c.secondBase, second.isSubtype(of: other) { return true }
            t = c.base
        }
        return false
    }

    var isExceptionType: Bool { isSubtype(of: ExceptionTypes.baseException) }

    func lookupMethod(_ name: String) -> PyBuiltin? {
        var t: PyType? = self
        while let c = t {
            if let m = c.methods[name] { return m }
            t = c.base
        }
        return nil
    }

    /// A class attribute of this class or a base class.
    func lookupClassAttribute(_ name: String) -> Value? {
        var t: PyType? = self
        while let c = t {
            if let v = c.classAttributes?[name] { return v }
            t = c.base
        }
        return nil
    }

    /// Adds a method taking the receiver as its first argument.
    func define(_ name: String, _ body: @escaping PyBuiltin.Body) {
        methods[name] = PyBuiltin(name, qualifiedName: "\(self.name).\(name)", body)
    }
}

/// The builtin types that are not exceptions.
enum BuiltinTypes {
    static let object = PyType("object")
    static let int = PyType("int", base: object)
    static let bool = PyType("bool", base: int)
    static let float = PyType("float", base: object)
    static let str = PyType("str", base: object)
    static let list = PyType("list", base: object)
    static let tuple = PyType("tuple", base: object)
    static let dict = PyType("dict", base: object)
    static let set = PyType("set", base: object)
    static let frozenset = PyType("frozenset", base: object)
    static let noneType = PyType("NoneType", base: object)
    static let function = PyType("function", base: object)
    static let builtinFunction = PyType("builtin_function_or_method", base: object)
    static let method = PyType("method", base: object)
    static let cell = PyType("cell", base: object)
    static let range = PyType("range", base: object)
    static let type = PyType("type", base: object)
    static let module = PyType("module", base: object)
    static let code = PyType("code", base: object)
    static let slice = PyType("slice", base: object)
    static let iterator = PyType("iterator", base: object)
}
