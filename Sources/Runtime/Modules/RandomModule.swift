import BigInt

/// `random`: CPython's Mersenne Twister, seeded by `--seed` (0 by default) or `random.seed(n)`.
enum RandomModule {
    /// A float argument, or `fallback` when absent.
    static func number(_ v: Value?, _ fallback: Double) throws -> Double {
        guard let v else { return fallback }
        guard let d = Arithmetic.floatValue(v) else {
            throw PyError.type("must be real number, not \(TypeOf.name(v))")
        }
        return d
    }

    /// `randrange(start, stop)` when a bound needs more than 64 bits.
    static func bigRange(_ g: RandomGenerator, _ start: Value, _ stop: Value) throws -> Value {
        guard let a = start.bigInt, let b = stop.bigInt else {
            throw PyError.type("'\(TypeOf.name(start))' object cannot be interpreted as an integer")
        }
        guard b > a else { throw PyError.value("empty range for randrange() (\(a), \(b), \(b - a))") }
        return .integer(a + g.twister.randomBelow(b - a))
    }

    /// A function of `random` given the generator it draws from (the module's, or a `Random` instance's).
    typealias Body = (RandomGenerator, VM, [Value], KeywordArguments) throws -> Value

    static func make(_ vm: VM) -> PyModule {
        var attributes: [String: Value] = ["Random": .object(RandomGenerator.type)]
        for (name, body) in functions {
            attributes[name] = .object(PyBuiltin(name, qualifiedName: name) { vm, args, kw in
                try body(vm.randomGenerator, vm, args, kw)
            })
        }
        return PyModule(name: "random", attributes: attributes)
    }

    static let functions: [(String, Body)] = {
        func wrap(_ error: RandomError) -> PyError { PyError.value(error.message) }
        return [
            ("seed", { g, vm, args, kw in
                try Arguments.check("seed", args, kw, min: 0, max: 1)
                guard let a = args.first, !a.isNoneValue else {
                    g.twister = MersenneTwister(seed: vm.seed)
                    return .none
                }
                guard let n = Arithmetic.intValue(a) else {
                    throw PyError.type("asyncviz scenarios seed random with an int, not \(TypeOf.name(a))")
                }
                g.twister = MersenneTwister(seed: n)
                return .none
            }),
            ("random", { g, vm, args, kw in
                try Arguments.check("random", args, kw, min: 0, max: 0)
                return .float(g.twister.random())
            }),
            ("uniform", { g, vm, args, kw in
                try Arguments.check("uniform", args, kw, min: 2, max: 2)
                guard let a = Arithmetic.floatValue(args[0]), let b = Arithmetic.floatValue(args[1]) else {
                    throw PyError.type("unsupported operand type(s) for -: '\(TypeOf.name(args[1]))' and '\(TypeOf.name(args[0]))'")
                }
                return .float(g.twister.uniform(a, b))
            }),
            ("getrandbits", { g, vm, args, kw in
                try Arguments.check("getrandbits", args, kw, min: 1, max: 1)
                let k = try Arguments.int(args[0])
                guard k >= 0 else { throw PyError.value("number of bits must be non-negative") }
                return .integer(g.twister.randomBits(k))
            }),
            ("choices", { g, vm, args, kw in
                try RandomChoices.choices(g, vm, args, kw)
            }),
            ("expovariate", { g, vm, args, kw in
                try Arguments.check("expovariate", args, kw, min: 0, max: 1, keywords: ["lambd"])
                let lambd = try number(args.first ?? Arguments.keyword(kw, "lambd"), 1.0)
                guard lambd != 0 else { throw PyError.zeroDivision("float division by zero") }
                return .float(g.twister.exponential(lambd))
            }),
            ("triangular", { g, vm, args, kw in
                try Arguments.check("triangular", args, kw, min: 0, max: 3, keywords: ["low", "high", "mode"])
                let low = try number(args.count > 0 ? args[0] : Arguments.keyword(kw, "low"), 0.0)
                let high = try number(args.count > 1 ? args[1] : Arguments.keyword(kw, "high"), 1.0)
                let modeValue = args.count > 2 ? args[2] : Arguments.keyword(kw, "mode")
                let mode = try modeValue.flatMap { $0.isNoneValue ? nil : try number($0, 0.0) }
                if mode != nil && high == low { throw PyError.zeroDivision("float division by zero") }
                return .float(g.twister.triangular(low, high, mode: mode))
            }),
            ("gauss", { g, vm, args, kw in
                try Arguments.check("gauss", args, kw, min: 0, max: 2, keywords: ["mu", "sigma"])
                let mu = try number(args.count > 0 ? args[0] : Arguments.keyword(kw, "mu"), 0.0)
                let sigma = try number(args.count > 1 ? args[1] : Arguments.keyword(kw, "sigma"), 1.0)
                return .float(g.twister.gaussian(mu, sigma))
            }),
            ("normalvariate", { g, vm, args, kw in
                try Arguments.check("normalvariate", args, kw, min: 0, max: 2, keywords: ["mu", "sigma"])
                let mu = try number(args.count > 0 ? args[0] : Arguments.keyword(kw, "mu"), 0.0)
                let sigma = try number(args.count > 1 ? args[1] : Arguments.keyword(kw, "sigma"), 1.0)
                return .float(g.twister.normal(mu, sigma))
            }),
            ("randint", { g, vm, args, kw in
                try Arguments.check("randint", args, kw, min: 2, max: 2)
                if args.contains(where: \.isBigInt) {
                    let b = try args[1].bigInt ?? BigInt(Arguments.int(args[1]))
                    return try bigRange(g, args[0], .integer(b + 1))
                }
                do { return .int(try g.twister.randint(try Arguments.int(args[0]), try Arguments.int(args[1]))) } catch let e as RandomError { throw wrap(e) }
            }),
            ("randrange", { g, vm, args, kw in
                try Arguments.check("randrange", args, kw, min: 1, max: 3)
                if args.count <= 2, args.contains(where: \.isBigInt) {
                    return try args.count == 1 ? bigRange(g, .int(0), args[0]) : bigRange(g, args[0], args[1])
                }
                let ints = try args.map(Arguments.int)
                let (start, stop, step) = ints.count == 1 ? (0, ints[0], 1) : (ints[0], ints[1], ints.count == 3 ? ints[2] : 1)
                do { return .int(try g.twister.randrange(start, stop, step)) } catch let e as RandomError { throw wrap(e) }
            }),
            ("choice", { g, vm, args, kw in
                try Arguments.check("choice", args, kw, min: 1, max: 1)
                let items = try Iteration.materialize(args[0], vm: vm)
                do { return items[try g.twister.choiceIndex(count: items.count)] } catch let e as RandomError { throw PyError.index(e.message) }
            }),
            ("shuffle", { g, vm, args, kw in
                try Arguments.check("shuffle", args, kw, min: 1, max: 1)
                guard let l = args[0].asList else { throw PyError.type("asyncviz scenarios shuffle lists, not \(TypeOf.name(args[0]))") }
                g.twister.shuffle(&l.items)
                return .none
            }),
            ("sample", { g, vm, args, kw in
                try Arguments.check("sample", args, kw, min: 2, max: 2)
                let population = try Iteration.materialize(args[0], vm: vm)
                let k = try Arguments.int(args[1])
                do {
                    let picks = try g.twister.sample(count: population.count, k: k)
                    return .object(PyList(picks.map { population[$0] }))
                } catch let e as RandomError { throw wrap(e) }
            }),
        ]
    }()
}
