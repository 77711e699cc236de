/// Preemption-bounded search: every schedule with at most `bound` forced choices, fewest first. A
/// schedule with k forced choices is a schedule with k − 1 and one more forced choice at a later point of
/// the run it made; the points and their options are what that run reported. A delay is tried at its
/// longest only (the whole jitter).
struct BoundedSearch {
    /// A run whose later points are still to be forced.
    private struct Parent {
        let forced: [ForcedChoice]
        /// Options of the points from `first` on.
        let counts: [UInt8]
        let first: Int
    }

    /// Points per parent that a child may force (a bound on memory; the points after are never forced).
    static let pointsPerRun = 20_000

    private let bound: Int
    private var parents: [Parent] = []
    private var head = 0
    private var point = 0
    private var option = 1

    init(bound: Int) { self.bound = bound }

    /// Records a run of `forced` so its later points are forced in turn (when `forced` is under the bound).
    mutating func ran(_ forced: [ForcedChoice], _ run: ExploreRun) {
        guard forced.count < bound else { return }
        let first = (forced.last?.index ?? -1) + 1
        guard first < run.optionCounts.count else { return }
        let counts = Array(run.optionCounts[first..<min(run.optionCounts.count, first + BoundedSearch.pointsPerRun)])
        parents.append(Parent(forced: forced, counts: counts, first: first))
    }

    /// Whether every schedule under the bound was enumerated (given the runs seen).
    var exhausted: Bool { head >= parents.count }

    /// The next schedule, or nil when every one under the bound was tried.
    mutating func next() -> [ForcedChoice]? {
        while head < parents.count {
            let parent = parents[head]
            if point >= parent.counts.count {
                head += 1
                (point, option) = (0, 1)
                if head < parents.count, head > 64 {
                    parents.removeFirst(head)
                    head = 0
                }
                continue
            }
            let count = parent.counts[point]
            let options = count == ScheduleChooser.delayMark ? ScheduleChooser.delayLevels : Int(count)
            if count == ScheduleChooser.delayMark && option < options - 1 { option = options - 1 }
            guard option < options else {
                (point, option) = (point + 1, 1)
                continue
            }
            let forced = ForcedChoice(index: parent.first + point, kind: "", choice: option)
            option += 1
            return parent.forced + [forced]
        }
        return nil
    }
}
