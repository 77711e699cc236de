/// A Mersenne Twister a scenario draws from: the module's own (`random.random()`) or a `random.Random`
/// instance's, with every function of the module as a method. `Random()` without a seed starts from the
/// run's `--seed` (CPython seeds from the operating system, which a deterministic run cannot).
final class RandomGenerator: PyNativeObject, CustomReprObject {
    var twister: MersenneTwister

    static let type: PyType = {
        let t = PyType("Random", base: BuiltinTypes.object, module: "random")
        t.constructor = { vm, args, kw in
            try Arguments.check("Random", args, kw, min: 0, max: 1)
            let generator = RandomGenerator(seed: vm.seed)
            let seeding = RandomModule.functions.first { $0.0 == "seed" }
            if let seed = args.first, !seed.isNoneValue, let body = seeding?.1 {
                _ = try body(generator, vm, [seed], [])
            }
            return .object(generator)
        }
        for (name, body) in RandomModule.functions {
            t.define(name) { vm, args, kw in
                guard let generator = args.first?.object as? RandomGenerator else {
                    throw PyError.type("descriptor '\(name)' requires a 'random.Random' object")
                }
                return try body(generator, vm, Array(args.dropFirst()), kw)
            }
        }
        return t
    }()

    init(seed: Int) {
        twister = MersenneTwister(seed: seed)
        super.init(type: RandomGenerator.type)
    }

    var pythonRepr: String { "<random.Random object at \(Repr.address(self))>" }
}
