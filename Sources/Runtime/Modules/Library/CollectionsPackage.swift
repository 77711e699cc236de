/// `collections` with its `abc` submodule attached, as CPython's `import collections` leaves it
/// (`collections.abc.Iterable` works without importing `collections.abc`); the `User…` wrappers are registered
/// with the ABCs CPython derives them from.
enum CollectionsPackage {
    static func make(_ vm: VM) throws -> PyModule {
        let package = try LibraryModule.make("collections", text: CollectionsSource.text, natives: natives, vm: vm)
        let abc = try vm.modules["collections.abc"]
            ?? LibraryModule.make("collections.abc", text: CollectionsAbcSource.text, vm: vm)
        vm.modules["collections.abc"] = abc
        package.attributes["abc"] = .object(abc)
        let wrappers = [("MutableMapping", "UserDict"), ("MutableSequence", "UserList"), ("Sequence", "UserString")]
        for (base, wrapper) in wrappers {
            guard let base = abc.attribute(base), let wrapper = package.attribute(wrapper) else { continue }
            _ = try vm.call(try Attributes.get(base, "register", vm: vm), [wrapper])
        }
        return package
    }

    /// `_storage_of(d)`: the dict an instance of a dict subclass is (its `_map`), shared, not copied.
    /// `_item_getter(i)`: a namedtuple field's getter, the tuple's item `i` read natively.
    static let natives: [String: Value] = [
        "_storage_of": .object(PyBuiltin("_storage_of", qualifiedName: "_storage_of") { _, args, _ in
            guard let d = args.first?.asDict else { throw PyError.type("_storage_of() needs a dict") }
            return .object(d)
        }),
        "_item_getter": .object(PyBuiltin("_item_getter", qualifiedName: "_item_getter") { _, args, _ in
            guard args.count == 1, case .int(let index) = args[0] else {
                throw PyError.type("_item_getter() needs an index")
            }
            return .object(PyBuiltin("_tuplegetter", qualifiedName: "_tuplegetter") { _, args, _ in
                let value = args.first.flatMap { SpecialMethods.baseValue($0) ?? $0 }
                guard let items = value?.asTuple?.items, index < items.count else {
                    throw PyError.type("descriptor for index '\(index)' for tuple subclasses doesn't apply")
                }
                return items[index]
            })
        }),
    ]
}
