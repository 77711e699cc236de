/// Probabilistic concurrency testing (Burckhardt et al., 2010): each thread gets a random priority when it
/// starts, and the highest-priority thread able to run always runs; at `depth - 1` points chosen at random
/// among the run's expected `points`, the running thread drops below every other. A bug of depth d is found
/// with probability at least 1/(n·k^(d-1)) per run (n threads, k points).
final class PCTPolicy: SchedulePolicy {
    private var random: MersenneTwister
    private var priority: [Int: Int] = [:]
    private var changePoints: Set<Int> = []
    private var lowest = 0

    init(seed: Int, depth: Int, points: Int) {
        random = MersenneTwister(seed: seed)
        for _ in 0..<max(0, depth - 1) { changePoints.insert(Int(random.random() * Double(max(1, points)))) }
        threadStarted(0)
    }

    func threadStarted(_ number: Int) {
        priority[number] = 1_000 + Int(random.random() * 1_000_000)
    }

    func choose(_ point: ChoicePoint) -> Int {
        if changePoints.contains(point.index) {
            lowest -= 1
            priority[point.thread] = lowest
        }
        guard !point.threads.isEmpty else { return Int(random.random() * Double(point.options)) }
        var best = 0
        for (k, number) in point.threads.enumerated() where rank(number) > rank(point.threads[best]) { best = k }
        return best
    }

    private func rank(_ number: Int) -> Int { priority[number] ?? 0 }
}
