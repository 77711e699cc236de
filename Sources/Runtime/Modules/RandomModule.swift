/// `random`: CPython's Mersenne Twister, seeded by `--seed` (0 by default) or `random.seed(n)`.
enum RandomModule {
    static func make(_ vm: VM) -> PyModule {
        func wrap(_ error: RandomError) -> PyError { PyError.value(error.message) }
        return PyModule(name: "random", attributes: Dictionary(uniqueKeysWithValues: [
            VM.function("random", "seed") { vm, args, kw in
                try Arguments.check("seed", args, kw, min: 0, max: 1)
                guard let a = args.first, !a.isNoneValue else {
                    vm.random = MersenneTwister(seed: vm.seed)
                    return .none
                }
                guard let n = Arithmetic.intValue(a) else {
                    throw PyError.type("asyncviz scenarios seed random with an int, not \(TypeOf.name(a))")
                }
                vm.random = MersenneTwister(seed: n)
                return .none
            },
            VM.function("random", "random") { vm, args, kw in
                try Arguments.check("random", args, kw, min: 0, max: 0)
                return .float(vm.random.random())
            },
            VM.function("random", "uniform") { vm, args, kw in
                try Arguments.check("uniform", args, kw, min: 2, max: 2)
                guard let a = Arithmetic.floatValue(args[0]), let b = Arithmetic.floatValue(args[1]) else {
                    throw PyError.type("unsupported operand type(s) for -: '\(TypeOf.name(args[1]))' and '\(TypeOf.name(args[0]))'")
                }
                return .float(vm.random.uniform(a, b))
            },
            VM.function("random", "randint") { vm, args, kw in
                try Arguments.check("randint", args, kw, min: 2, max: 2)
                do { return .int(try vm.random.randint(try Arguments.int(args[0]), try Arguments.int(args[1]))) } catch let e as RandomError { throw wrap(e) }
            },
            VM.function("random", "randrange") { vm, args, kw in
                try Arguments.check("randrange", args, kw, min: 1, max: 3)
                let ints = try args.map(Arguments.int)
                let (start, stop, step) = ints.count == 1 ? (0, ints[0], 1) : (ints[0], ints[1], ints.count == 3 ? ints[2] : 1)
                do { return .int(try vm.random.randrange(start, stop, step)) } catch let e as RandomError { throw wrap(e) }
            },
            VM.function("random", "choice") { vm, args, kw in
                try Arguments.check("choice", args, kw, min: 1, max: 1)
                let items = try Iteration.materialize(args[0], vm: vm)
                do { return items[try vm.random.choiceIndex(count: items.count)] } catch let e as RandomError { throw PyError.index(e.message) }
            },
            VM.function("random", "shuffle") { vm, args, kw in
                try Arguments.check("shuffle", args, kw, min: 1, max: 1)
                guard let l = args[0].asList else { throw PyError.type("asyncviz scenarios shuffle lists, not \(TypeOf.name(args[0]))") }
                vm.random.shuffle(&l.items)
                return .none
            },
            VM.function("random", "sample") { vm, args, kw in
                try Arguments.check("sample", args, kw, min: 2, max: 2)
                let population = try Iteration.materialize(args[0], vm: vm)
                let k = try Arguments.int(args[1])
                do {
                    let picks = try vm.random.sample(count: population.count, k: k)
                    return .object(PyList(picks.map { population[$0] }))
                } catch let e as RandomError { throw wrap(e) }
            },
        ]))
    }
}
