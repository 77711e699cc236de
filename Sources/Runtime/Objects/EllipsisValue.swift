/// `Ellipsis`, the value of `...`: a singleton of type `ellipsis` (slices of NumPy-style containers, `Callable[..., T]`,
/// and the body of a stub).
final class EllipsisValue: PyNativeObject, CustomReprObject {
    static let type = PyType("ellipsis", base: BuiltinTypes.object)
    nonisolated(unsafe) static let instance = EllipsisValue()

    private init() {
        super.init(type: EllipsisValue.type)
    }

    var pythonRepr: String { "Ellipsis" }
}
