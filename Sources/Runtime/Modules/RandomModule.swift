/// `random`: CPython 3.11's module on its Mersenne Twister, draw for draw, seeded by `--seed` (0 by default)
/// or `random.seed(a)`; written in Python (`RandomSource`) over the native generator (`RandomGenerator`). The
/// module's functions are the bound methods of its hidden instance (`random` and `getrandbits` those of the
/// run's generator itself), listed in `__all__` as CPython lists them.
enum RandomModule {
    static let methods = [
        "seed", "random", "uniform", "triangular", "randint", "choice", "randrange", "sample", "shuffle", "choices",
        "normalvariate", "lognormvariate", "expovariate", "vonmisesvariate", "gammavariate", "gauss", "betavariate",
        "paretovariate", "weibullvariate", "getstate", "setstate", "getrandbits", "randbytes",
    ]

    static func make(_ vm: VM) throws -> PyModule {
        let natives = try RandomSource.natives(vm)
        let module = try LibraryModule.make("random", text: RandomSource.text, natives: natives, vm: vm)
        let instance = module.attribute("_inst") ?? .none, shared = Value.object(vm.randomGenerator)
        for name in methods {
            let owner = name == "random" || name == "getrandbits" ? shared : instance
            module.attributes[name] = try Attributes.get(owner, name, vm: vm)
        }
        let names = (methods + ["Random", "SystemRandom"]).sorted()
        module.attributes["__all__"] = .object(PyList(names.map { .str($0) }))
        return module
    }
}
