/// An instance of a class defined by asyncviz's library code (`asyncio.Lock`,
/// `asyncio.Queue`, ...): its own attributes, then its class's.
final class PyInstance: PyNativeObject, NativeAttributes {
    var fields: [String: Value] = [:]
    /// This object's id in a run's events.
    var eventId = 0

    func attribute(_ name: String, vm: VM) throws -> Value? {
        if let v = fields[name] { return v }
        guard let v = type.lookupClassAttribute(name) else { return nil }
        if case .object(let o) = v, o.kind == .function {
            return .object(PyBoundMethod(receiver: .object(self), function: v))
        }
        return v
    }

    func setAttribute(_ name: String, _ value: Value) throws -> Bool {
        fields[name] = value
        return true
    }
}
