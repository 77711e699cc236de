/// `random`: CPython 3.11's module on its Mersenne Twister, draw for draw, seeded by `--seed` (0 by default)
/// or `random.seed(a)`; written in Python (`RandomSource`) over the native generator (`RandomGenerator`).
enum RandomModule {
    static func make(_ vm: VM) throws -> PyModule {
        let natives = try RandomSource.natives(vm)
        let module = try LibraryModule.make("random", text: RandomSource.text, natives: natives, vm: vm)
        let constants: Set = ["TWOPI", "NV_MAGICCONST", "LOG4", "SG_MAGICCONST", "BPF", "RECIP_BPF"]
        let names = module.attributes.keys.filter { !$0.hasPrefix("_") && !constants.contains($0) }.sorted()
        module.attributes["__all__"] = .object(PyList(names.map { .str($0) }))
        return module
    }
}
