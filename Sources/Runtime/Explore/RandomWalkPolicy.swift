/// Seeded random walk: at every point, any option, each as likely (shuttle's random scheduler).
final class RandomWalkPolicy: SchedulePolicy {
    private var random: MersenneTwister

    init(seed: Int) { random = MersenneTwister(seed: seed) }

    func choose(_ point: ChoicePoint) -> Int { Int(random.random() * Double(point.options)) }
}
