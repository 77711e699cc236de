extension TypingSource {
    /// What `typing` takes from `collections` (NamedTuple classes are namedtuple classes) and `_lookup(owner,
    /// name)`, which finds a (dotted) name of a string annotation where the function or class that has it was
    /// defined, then among the builtins, as `get_type_hints` evaluates forward references.
    static func natives(_ vm: VM) throws -> [String: Value] {
        let collections = try vm.importModule("collections", leaf: true)
        let (name, lookup) = VM.function("typing", "_lookup") { vm, args, _ in
            let parts = Repr.str(args[1]).split(separator: ".").map(String.init)
            let module: PyModule?
            switch args[0].object {
            case let f as PyFunction: module = f.module
            case let t as PyType: module = t.moduleName == "__main__" ? vm.mainModule : vm.modules[t.moduleName]
            default: module = vm.mainModule
            }
            guard let first = parts.first,
                  let found = module?.attribute(first) ?? vm.mainModule.attribute(first) ?? Builtins.table[first] else {
                throw PyError(ExceptionTypes.nameError, "name '\(parts.first ?? "")' is not defined")
            }
            return try parts.dropFirst().reduce(found) { try Attributes.get($0, $1, vm: vm) }
        }
        return ["_namedtuple": collections.attribute("namedtuple") ?? .none, name: lookup]
    }
}
