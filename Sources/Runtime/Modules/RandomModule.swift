/// `random`: CPython 3.11's module on its Mersenne Twister, draw for draw, seeded by `--seed` (0 by default)
/// or `random.seed(a)`; written in Python (`RandomSource`) over the native generator (`RandomGenerator`).
enum RandomModule {
    static func make(_ vm: VM) throws -> PyModule {
        let module = try LibraryModule.make("random", text: RandomSource.text, natives: try RandomSource.natives(vm), vm: vm)
        let names = module.attributes.keys.filter { !$0.hasPrefix("_") }.sorted()
        module.attributes["__all__"] = .object(PyList(names.map { .str($0) }))
        return module
    }
}
