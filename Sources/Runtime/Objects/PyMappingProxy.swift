/// `C.__dict__` of a class: a read-only view of its namespace (`mappingproxy`). Lookups, `in`, `len`,
/// iteration and the reading methods of dict work on the namespace; item assignment is refused.
final class PyMappingProxy: PyNativeObject, CustomReprObject {
    /// The namespace's entries, in definition order.
    let dict: PyDict

    static let type: PyType = {
        let t = PyType("mappingproxy", base: BuiltinTypes.object)
        for name in ["get", "keys", "values", "items", "copy"] {
            guard let method = BuiltinTypes.dict.methods[name] else { continue }
            t.define(name) { vm, args, kw in
                guard let proxy = args.first?.object as? PyMappingProxy else {
                    throw PyError.type("descriptor '\(name)' requires a 'mappingproxy' object")
                }
                return try method.body(vm, [.object(proxy.dict)] + args.dropFirst(), kw)
            }
        }
        return t
    }()

    init(_ dict: PyDict) {
        self.dict = dict
        super.init(type: PyMappingProxy.type)
    }

    var pythonRepr: String { "mappingproxy(\(Repr.repr(.object(dict))))" }
}
