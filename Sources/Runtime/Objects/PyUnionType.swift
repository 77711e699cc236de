/// `int | None`: a union of types (`types.UnionType`), as annotations write it; `isinstance` accepts it.
final class PyUnionType: PyNativeObject, CustomReprObject, NativeAttributes {
    static let unionType = PyType("UnionType", base: BuiltinTypes.object, module: "types")
    let members: [Value]

    init(_ members: [Value]) {
        self.members = members
        super.init(type: Self.unionType)
    }

    /// `a | b` when both sides are types, None, generic aliases or unions; nil otherwise.
    static func make(_ a: Value, _ b: Value) -> PyUnionType? {
        guard let left = parts(a), let right = parts(b) else { return nil }
        var members: [Value] = []
        for m in left + right where !members.contains(where: { $0.object === m.object }) { members.append(m) }
        return PyUnionType(members)
    }

    private static func parts(_ v: Value) -> [Value]? {
        switch v {
        case .none: return [.object(BuiltinTypes.noneType)]
        case .object(let o as PyUnionType): return o.members
        case .object(let o) where o is PyType || o is PyGenericAlias: return [v]
        default: return nil
        }
    }

    var pythonRepr: String {
        members.map { ($0.object as? PyType) === BuiltinTypes.noneType ? "None" : PyGenericAlias.name($0) }
            .joined(separator: " | ")
    }

    func attribute(_ name: String, vm: VM) throws -> Value? {
        name == "__args__" ? .object(PyTuple(members)) : nil
    }

    func setAttribute(_ name: String, _ value: Value) throws -> Bool { false }
}
