/// `collections` with its `abc` submodule attached, as CPython's `import collections` leaves it
/// (`collections.abc.Iterable` works without importing `collections.abc`).
enum CollectionsPackage {
    static func make(_ vm: VM) throws -> PyModule {
        let package = try LibraryModule.make("collections", text: CollectionsSource.text, natives: natives, vm: vm)
        let abc = try vm.modules["collections.abc"]
            ?? LibraryModule.make("collections.abc", text: CollectionsAbcSource.text, vm: vm)
        vm.modules["collections.abc"] = abc
        package.attributes["abc"] = .object(abc)
        return package
    }

    /// `_storage_of(d)`: the dict an instance of a dict subclass is (its `_map`), shared, not copied.
    static let natives: [String: Value] = [
        "_storage_of": .object(PyBuiltin("_storage_of", qualifiedName: "_storage_of") { _, args, _ in
            guard let d = args.first?.asDict else { throw PyError.type("_storage_of() needs a dict") }
            return .object(d)
        }),
    ]
}
