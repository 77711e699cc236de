/// `random.choices(population, weights=None, *, cum_weights=None, k=1)`: with replacement, each pick one
/// `random()` draw (scaled by the population's size, or by the total weight and found among the
/// cumulative weights), with CPython's checks and messages.
enum RandomChoices {
    static func choices(_ g: RandomGenerator, _ vm: VM, _ args: [Value], _ kw: KeywordArguments) throws -> Value {
        try Arguments.check("choices", args, kw, min: 1, max: 2,
                            keywords: ["population", "weights", "cum_weights", "k"])
        let population = try Iteration.materialize(args[0], vm: vm)
        let n = population.count
        let k = try Arguments.keyword(kw, "k").map(Arguments.int) ?? 1
        let weights = args.count > 1 ? args[1] : Arguments.keyword(kw, "weights")
        let cumulative = Arguments.keyword(kw, "cum_weights")
        var picks: [Value] = []
        if (cumulative ?? .none).isNoneValue && (weights ?? .none).isNoneValue {
            guard n > 0 || k <= 0 else { throw PyError.index("list index out of range") }
            for _ in 0..<max(0, k) { picks.append(population[Int((g.twister.random() * Double(n)).rounded(.down))]) }
            return .object(PyList(picks))
        }
        var cum: [Double] = []
        if let cumulative, !cumulative.isNoneValue {
            if let weights, !weights.isNoneValue {
                throw PyError.type("Cannot specify both weights and cumulative weights")
            }
            cum = try Iteration.materialize(cumulative, vm: vm).map { try RandomModule.number($0, 0) }
        } else if let weights {
            var total = 0.0
            for w in try Iteration.materialize(weights, vm: vm) {
                total += try RandomModule.number(w, 0)
                cum.append(total)
            }
        }
        guard cum.count == n else { throw PyError.value("The number of weights does not match the population") }
        let total = cum.last ?? 0
        guard total > 0 else { throw PyError.value("Total of weights must be greater than zero") }
        guard total.isFinite else { throw PyError.value("Total of weights must be finite") }
        for _ in 0..<max(0, k) {
            let target = g.twister.random() * total
            var lo = 0, hi = n - 1
            while lo < hi {
                let mid = (lo + hi) / 2
                if target < cum[mid] { hi = mid } else { lo = mid + 1 }
            }
            picks.append(population[lo])
        }
        return .object(PyList(picks))
    }
}
