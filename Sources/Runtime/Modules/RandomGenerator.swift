import BigInt

/// The state under a `random.Random`: a Mersenne Twister with the few methods CPython's `_random.Random`
/// has in C (`random`, `getrandbits`, `seed`, `getstate`, `setstate`), plus `randbelow`, the rejection
/// sampling `Random._randbelow` hands to it when a class draws its bits from this generator. The module's
/// own generator (`vm.randomGenerator`) starts from the run's `--seed`, as does one made without a seed.
final class RandomGenerator: PyNativeObject, CustomReprObject {
    var twister: MersenneTwister

    static let type: PyType = {
        let t = PyType("Twister", base: BuiltinTypes.object, module: "random")
        t.constructor = { vm, args, kw in
            try Arguments.check("Twister", args, kw, min: 0, max: 0)
            return .object(RandomGenerator(seed: vm.seed))
        }
        let methods: [(String, (RandomGenerator, VM, [Value]) throws -> Value)] = [
            ("random", { g, _, _ in .float(g.twister.random()) }),
            ("getrandbits", { g, _, args in
                let k = try Arguments.int(args[0])
                guard k >= 0 else { throw PyError.value("number of bits must be non-negative") }
                return .integer(g.twister.randomBits(k))
            }),
            ("randbelow", { g, _, args in
                if case .int(let n) = args[0], n > 0 { return .int(g.twister.randbelow(n)) }
                guard let n = args[0].bigInt, n > 0 else { throw PyError.value("randbelow() needs a positive int") }
                return .integer(g.twister.randomBelow(n))
            }),
            ("seed", { g, vm, args in
                g.twister = try RandomSeeding.twister(args[0], vm: vm)
                return .none
            }),
            ("getstate", { g, _, _ in
                let (words, index) = g.twister.snapshot
                return .object(PyTuple(words.map { .int(Int($0)) } + [.int(index)]))
            }),
            ("setstate", { g, _, args in
                try RandomSeeding.restore(&g.twister, from: args[0])
                return .none
            }),
        ]
        let arity = ["random": 0, "getstate": 0]
        for (name, body) in methods {
            t.define(name) { vm, args, kw in
                guard let g = args.first?.object as? RandomGenerator else {
                    throw PyError.type("descriptor '\(name)' requires a 'random.Twister' object")
                }
                let count = arity[name] ?? 1
                try Arguments.check(name, Array(args.dropFirst()), kw, min: count, max: count)
                return try body(g, vm, Array(args.dropFirst()))
            }
        }
        return t
    }()

    init(seed: Int) {
        twister = MersenneTwister(seed: seed)
        super.init(type: RandomGenerator.type)
    }

    var pythonRepr: String { "<random.Twister object at \(Repr.address(self))>" }
}
