/// The descriptor objects a class body makes with `property`, `staticmethod` and
/// `classmethod`, and the proxy `super()` returns: what attribute lookup on
/// instances and classes consults before an instance's own attributes.
enum DescriptorTypes {
    static let property = PyType("property", base: BuiltinTypes.object)
    static let staticMethod = PyType("staticmethod", base: BuiltinTypes.object)
    static let classMethod = PyType("classmethod", base: BuiltinTypes.object)
    static let superType = PyType("super", base: BuiltinTypes.object)
}

/// `property(fget, fset, fdel, doc)`: an attribute computed by functions.
final class PyProperty: PyNativeObject, NativeAttributes {
    let getter: Value, setter: Value, deleter: Value, doc: Value
    /// The name it was assigned to in a class body (`__set_name__`), for error messages.
    var name: String?

    init(getter: Value, setter: Value, deleter: Value, doc: Value) {
        self.getter = getter
        self.setter = setter
        self.deleter = deleter
        var documentation = doc
        if case .none = doc, let f = getter.object as? PyFunction {
            documentation = f.code.docstring.map { .str($0) } ?? .none
        }
        self.doc = documentation
        super.init(type: DescriptorTypes.property)
    }

    /// A copy with one accessor replaced (`@x.setter`).
    func replacing(getter: Value? = nil, setter: Value? = nil, deleter: Value? = nil) -> PyProperty {
        let p = PyProperty(getter: getter ?? self.getter, setter: setter ?? self.setter,
                           deleter: deleter ?? self.deleter, doc: doc)
        p.name = name
        return p
    }

    func attribute(_ name: String, vm: VM) throws -> Value? {
        switch name {
        case "fget": return getter
        case "fset": return setter
        case "fdel": return deleter
        case "__doc__": return doc
        default: return nil
        }
    }

    func setAttribute(_ name: String, _ value: Value) throws -> Bool { false }
}

/// `staticmethod(f)`: a function that binds to nothing.
final class PyStaticMethod: PyNativeObject, NativeAttributes, CustomReprObject {
    let function: Value

    init(_ function: Value) {
        self.function = function
        super.init(type: DescriptorTypes.staticMethod)
    }

    var pythonRepr: String { "<staticmethod(\(Repr.repr(function)))>" }

    func attribute(_ name: String, vm: VM) throws -> Value? {
        name == "__func__" || name == "__wrapped__" ? function : nil
    }

    func setAttribute(_ name: String, _ value: Value) throws -> Bool { false }
}

/// `classmethod(f)`: a function that binds to the class.
final class PyClassMethod: PyNativeObject, NativeAttributes, CustomReprObject {
    let function: Value

    init(_ function: Value) {
        self.function = function
        super.init(type: DescriptorTypes.classMethod)
    }

    var pythonRepr: String { "<classmethod(\(Repr.repr(function)))>" }

    func attribute(_ name: String, vm: VM) throws -> Value? {
        name == "__func__" || name == "__wrapped__" ? function : nil
    }

    func setAttribute(_ name: String, _ value: Value) throws -> Bool { false }
}

/// What `super()` returns: lookups continue along `object`'s MRO after `thisClass`.
final class PySuper: PyNativeObject, CustomReprObject {
    let thisClass: PyType
    let object: Value
    /// The type whose MRO is searched (the object's type, or the object itself when it is a class).
    let startType: PyType

    init(thisClass: PyType, object: Value, startType: PyType) {
        self.thisClass = thisClass
        self.object = object
        self.startType = startType
        super.init(type: DescriptorTypes.superType)
    }

    var pythonRepr: String {
        "<super: <class '\(thisClass.name)'>, <\(startType.name) object>>"
    }
}
