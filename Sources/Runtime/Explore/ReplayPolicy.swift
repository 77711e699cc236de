/// Replays a schedule: the points it names take its options, every other point option 0. Also how
/// preemption-bounded search runs each schedule it enumerates.
final class ReplayPolicy: SchedulePolicy {
    private let choices: [Int: Int]

    init(_ forced: [ForcedChoice]) {
        choices = Dictionary(forced.map { ($0.index, $0.choice) }, uniquingKeysWith: { _, last in last })
    }

    func choose(_ point: ChoicePoint) -> Int { choices[point.index] ?? 0 }
}
