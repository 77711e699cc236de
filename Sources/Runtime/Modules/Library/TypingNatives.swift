extension TypingSource {
    /// What `typing` takes from `collections`: NamedTuple classes are namedtuple classes.
    static func natives(_ vm: VM) throws -> [String: Value] {
        let collections = try vm.importModule("collections", leaf: true)
        return ["_namedtuple": collections.attribute("namedtuple") ?? .none]
    }
}
