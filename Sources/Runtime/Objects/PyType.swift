/// A type object: a builtin type (`int`, `list`, ...), an exception class, or a class a
/// `class` statement made. Calling it constructs an instance; its method table (builtin
/// types) and namespace (classes) serve attribute lookups along its MRO.
final class PyType: PyObject {
    var name: String
    let base: PyType?
    /// The module CPython reports for it (`builtins` is left out of reprs).
    var moduleName: String
    var methods: [String: PyBuiltin] = [:]
    var constructor: PyBuiltin.Body?
    /// A second base class (only `ExceptionGroup` has one among the builtin types), first in `__bases__` and
    /// in the MRO as CPython lists them (`ExceptionGroup(BaseExceptionGroup, Exception)`).
    var secondBase: PyType? {
        didSet {
            guard let second = secondBase else { return }
            let tail = base?.mro ?? []
            ancestors = second.mro.filter { t in !tail.contains { $0 === t } } + tail
        }
    }
    /// A class made by a `class` statement or `type(name, bases, dict)`: its namespace.
    var classAttributes: [String: Value]?
    /// The namespace's names in definition order (what `__dict__` and `vars()` list).
    var attributeOrder: [String] = []
    /// A class's bases as written (a builtin type's: its base).
    var bases: [PyType] = []
    /// Set for a class's qualified name (`Outer.Inner`); a builtin's is its name.
    var qualifiedNameOverride: String?
    /// The metaclass that made this class, when it is not `type`.
    var metaclass: PyType?
    /// `__slots__` of this class when it declares them (instances then take only those names).
    var slots: [String]?
    /// The only attribute names its instances may hold, when every class of its MRO declares `__slots__`.
    var instanceSlots: Set<String>?
    /// Names of properties along the MRO (they win over an instance's own attributes), fixed when
    /// the class is made and grown when one is set on this class later. A list: it is short, and
    /// comparing a few names costs less than hashing one on every attribute read.
    private(set) var propertyNames: [String] = []
    /// Whether a class of the MRO defines `__setattr__` (stores then go through it).
    var customSetattr = false
    /// Whether a class of the MRO defines `__getattribute__` (every attribute read then goes through it).
    var customGetattribute = false
    /// The method resolution order after this type (fixed when the type is made; without the
    /// type itself, which would keep every class alive through a cycle).
    private(set) var ancestors: [PyType] = []

    init(_ name: String, base: PyType? = nil, module: String = "builtins") {
        self.name = name
        self.base = base
        self.moduleName = module
        super.init(kind: .type)
        ancestors = base?.mro ?? []
    }

    /// A class with `bases` and a computed method resolution order.
    init(className: String, bases: [PyType], mro: [PyType], module: String) {
        self.name = className
        self.base = bases.first
        self.moduleName = module
        self.bases = bases
        super.init(kind: .type)
        self.ancestors = mro
    }

    var qualifiedName: String { moduleName == "builtins" ? name : "\(moduleName).\(qualName)" }

    /// `__qualname__`.
    var qualName: String { qualifiedNameOverride ?? name }

    /// True for a class a `class` statement made (user or library code).
    var isClass: Bool { classAttributes != nil }

    /// The method resolution order, this type first (`__mro__`).
    var mro: [PyType] { [self] + ancestors }

    /// `__bases__`.
    var directBases: [PyType] {
        if !bases.isEmpty { return bases }
        return [secondBase, base].compactMap { $0 }
    }

    func isSubtype(of other: PyType) -> Bool {
        if self === other { return true }
        for t in ancestors where t === other { return true }
        return false
    }

    var isExceptionType: Bool { isSubtype(of: ExceptionTypes.baseException) }

    func lookupMethod(_ name: String) -> PyBuiltin? {
        if let m = methods[name] { return m }
        for c in ancestors {
            if let m = c.methods[name] { return m }
        }
        return nil
    }

    /// A class attribute of this class or a base class (namespaces only).
    func lookupClassAttribute(_ name: String) -> Value? {
        if let v = classAttributes?[name] { return v }
        for c in ancestors {
            if let v = c.classAttributes?[name] { return v }
        }
        return nil
    }

    /// The first definition of `name` along the MRO: a namespace entry or a builtin method.
    func lookup(_ name: String) -> Value? {
        if let v = classAttributes?[name] { return v }
        if let m = methods[name] { return .object(m) }
        for c in ancestors {
            if let v = c.classAttributes?[name] { return v }
            if let m = c.methods[name] { return .object(m) }
        }
        return nil
    }

    /// A namespace entry of the first class that defines `name` (a user-overridable special method).
    @inline(__always) func special(_ name: String) -> Value? {
        guard classAttributes != nil else { return nil }
        return lookupClassAttribute(name)
    }

    /// Sets (or with nil, deletes) an entry of a class's namespace.
    func setClassAttribute(_ name: String, _ value: Value?) {
        if classAttributes == nil { classAttributes = [:] }
        if let value {
            if classAttributes![name] == nil { attributeOrder.append(name) }
            classAttributes![name] = value
            if value.object is PyProperty { noteProperty(name) }
            if name == "__setattr__" { customSetattr = true }
            if name == "__getattribute__" { customGetattribute = true }
        } else if classAttributes![name] != nil {
            classAttributes![name] = nil
            attributeOrder.removeAll { $0 == name }
        }
    }

    /// Records that a class of the MRO has a property `name`.
    func noteProperty(_ name: String) {
        if !propertyNames.contains(name) { propertyNames.append(name) }
    }

    /// Whether a class of the MRO has a property `name` (it then wins over an instance's own attribute).
    @inline(__always) func hasProperty(_ name: String) -> Bool {
        !propertyNames.isEmpty && propertyNames.contains(name)
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
