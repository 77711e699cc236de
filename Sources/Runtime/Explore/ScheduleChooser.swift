/// The machine's side of exploration: numbers a run's choice points, asks the policy at each, and keeps
/// the choices that differ from an ordinary run (the run's schedule) and how many options each point had.
final class ScheduleChooser {
    let policy: SchedulePolicy
    /// A delayed blocking call ends `level / (delayLevels - 1) × jitter` of its length later.
    let jitter: Double
    static let delayLevels = 9
    /// Points a preemption-bounded search may force: the options of the first ones are kept.
    static let recordedLimit = 200_000

    private(set) var points = 0
    /// The options of each point (at most 255), or `delayMark` for a delay (`delayLevels` options).
    private(set) var optionCounts: [UInt8] = []
    static let delayMark: UInt8 = 0
    /// The points whose option was not 0, with what they did.
    private(set) var forced: [ForcedChoice] = []

    init(policy: SchedulePolicy, jitter: Double) {
        self.policy = policy
        self.jitter = jitter
    }

    /// The option taken at the next point; `describe` words a forced one (its detail, thread, line, time).
    func choose(_ kind: ChoicePoint.Kind, options: Int, threads: [Int], thread: Int,
                describe: (Int) -> ForcedChoice) -> Int {
        let point = ChoicePoint(index: points, kind: kind, options: options, threads: threads, thread: thread)
        points += 1
        if optionCounts.count < ScheduleChooser.recordedLimit {
            optionCounts.append(kind == .delay ? ScheduleChooser.delayMark : UInt8(min(options, 255)))
        }
        let choice = policy.choose(point)
        guard choice > 0 && choice < options else { return 0 }
        var record = describe(choice)
        record.index = point.index
        record.kind = kind.rawValue
        record.choice = choice
        forced.append(record)
        return choice
    }
}
