/// What `asyncviz explore` searches and for how long.
public struct ExploreOptions: Sendable {
    /// How the next schedule is picked.
    public enum Strategy: String, Sendable, CaseIterable {
        /// Every schedule with at most `maxPreemptions` forced choices, fewest first (CHESS's iterative
        /// context bounding); deterministic, and what it finds is already small.
        case pb
        /// A seeded random walk: every point takes any option.
        case random
        /// Probabilistic concurrency testing with `depth`.
        case pct
    }

    public var strategy: Strategy = .pb
    /// Schedules to try, the ordinary one included.
    public var runs = 2000
    /// Seed of the random walk and PCT (not the scenario's `random`: that is `RunOptions.seed`).
    public var seed = 0
    /// `pb`: most forced choices per schedule.
    public var maxPreemptions = 2
    /// `pct`: the bug depth searched for (priority change points + 1).
    public var depth = 3
    /// A blocking call may end up to this fraction of its length later (0: never late).
    public var jitter = 0.5
    /// Output different from the ordinary run's counts as a failure.
    public var expectOutput = false
    /// Runs the minimiser may spend making a failing schedule smaller.
    public var minimiseRuns = 300

    public init() {}
}
