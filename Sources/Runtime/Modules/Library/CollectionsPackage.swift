/// `collections` with its `abc` submodule attached, as CPython's `import collections` leaves it
/// (`collections.abc.Iterable` works without importing `collections.abc`).
enum CollectionsPackage {
    static func make(_ vm: VM) throws -> PyModule {
        let package = try LibraryModule.make("collections", text: CollectionsSource.text, vm: vm)
        let abc = try vm.modules["collections.abc"]
            ?? LibraryModule.make("collections.abc", text: CollectionsAbcSource.text, vm: vm)
        vm.modules["collections.abc"] = abc
        package.attributes["abc"] = .object(abc)
        return package
    }
}
