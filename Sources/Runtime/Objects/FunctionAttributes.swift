/// A function's writable attributes: `__name__`, `__qualname__`, `__module__`, `__doc__`,
/// `__dict__` and any other name, which lands in `__dict__` (what `functools.wraps` relies on).
extension PyFunction {
    /// `__dict__`, made on first use.
    var attributeDict: PyDict {
        if let d = dict { return d }
        let d = PyDict()
        dict = d
        return d
    }

    /// `__annotations__`, made empty on first use when the `def` had none.
    var annotationDict: PyDict {
        if let d = annotations { return d }
        let d = PyDict()
        annotations = d
        return d
    }

    func setAttribute(_ attribute: String, _ value: Value) throws {
        switch attribute {
        case "__name__", "__qualname__":
            guard let s = value.asStr else { throw PyError.type("\(attribute) must be set to a string object") }
            if attribute == "__name__" { name = s.value } else { qualifiedName = s.value }
        case "__module__": moduleName = Repr.str(value)
        case "__annotations__":
            guard let d = value.object as? PyDict else {
                throw PyError.type("__annotations__ must be set to a dict object")
            }
            annotations = d
        case "__doc__": doc = value
        case "__dict__":
            guard let d = value.object as? PyDict else {
                throw PyError.type("__dict__ must be set to a dictionary, not a '\(TypeOf.name(value))'")
            }
            dict = d
        default: try attributeDict.set(.str(attribute), value)
        }
    }
}
