/// Seeded random walk. Each run draws how often it switches threads (a preemption at each point with
/// probability 1/2, 1/4, … 1/256), so some runs switch often and some rarely: a bug needing one thread to
/// get far before another runs stays reachable. Every other choice is uniform.
final class RandomWalkPolicy: SchedulePolicy {
    private var random: MersenneTwister
    private let switchChance: Double

    init(seed: Int) {
        random = MersenneTwister(seed: seed)
        switchChance = 1 / Double(1 << (1 + Int(random.random() * 8)))
    }

    func choose(_ point: ChoicePoint) -> Int {
        guard point.kind == .preempt else { return Int(random.random() * Double(point.options)) }
        guard random.random() < switchChance else { return 0 }
        return 1 + Int(random.random() * Double(point.options - 1))
    }
}
