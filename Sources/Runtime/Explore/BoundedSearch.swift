/// Preemption-bounded search: every schedule with at most `bound` forced choices, fewest first. A
/// schedule with k forced choices is a schedule with k − 1 and one more forced choice at a later point of
/// the run it made; the points and their options are what that run reported. Among schedules with as
/// many forced choices, those whose last choice comes soonest after the one before go first (a race is
/// usually two choices close together). A delay is tried at its longest only (the whole jitter).
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
    /// Parents by how many choices they force.
    private var levels: [[Parent]] = []
    private var level = 0
    /// The point being forced is `distance` after each parent's first free point; `parent` indexes the level.
    private var distance = 0
    private var parent = 0
    private var option = 1

    init(bound: Int) { self.bound = bound }

    /// Records a run of `forced` so its later points are forced in turn (when `forced` is under the bound).
    mutating func ran(_ forced: [ForcedChoice], _ run: ExploreRun) {
        guard forced.count < bound else { return }
        let first = (forced.last?.index ?? -1) + 1
        guard first < run.optionCounts.count else { return }
        let counts = Array(run.optionCounts[first..<min(run.optionCounts.count, first + BoundedSearch.pointsPerRun)])
        while levels.count <= forced.count { levels.append([]) }
        levels[forced.count].append(Parent(forced: forced, counts: counts, first: first))
    }

    /// Whether every schedule under the bound was enumerated (given the runs seen).
    var exhausted: Bool { level >= levels.count }

    /// The next schedule, or nil when every one under the bound was tried.
    mutating func next() -> [ForcedChoice]? {
        while level < levels.count {
            let parents = levels[level]
            if parent >= parents.count {
                (distance, parent, option) = (distance + 1, 0, 1)
                if !parents.contains(where: { distance < $0.counts.count }) {
                    levels[level] = []
                    (level, distance) = (level + 1, 0)
                }
                continue
            }
            let p = parents[parent]
            guard distance < p.counts.count else {
                (parent, option) = (parent + 1, 1)
                continue
            }
            let count = p.counts[distance]
            let options = count == ScheduleChooser.delayMark ? ScheduleChooser.delayLevels : Int(count)
            if count == ScheduleChooser.delayMark && option < options - 1 { option = options - 1 }
            guard option < options else {
                (parent, option) = (parent + 1, 1)
                continue
            }
            let forced = ForcedChoice(index: p.first + distance, kind: "", choice: option)
            option += 1
            return p.forced + [forced]
        }
        return nil
    }
}
