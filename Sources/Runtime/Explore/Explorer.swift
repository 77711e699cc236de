/// `asyncviz explore`: runs a scenario under many schedules a real machine could produce, stops at the
/// first that fails, and makes that schedule small. Deterministic: the same scenario, options and
/// exploration seed explore the same schedules in the same order.
public enum Explorer {
    /// What an exploration found.
    public struct Result: Sendable {
        /// Schedules run (the ordinary one included), and how many made different choices.
        public var runs = 0
        public var distinct = 0
        /// `pb` only: every schedule under the bound was run.
        public var exhausted = false
        /// The signal that stopped it (SIGINT, SIGTERM, SIGHUP), or nil.
        public var signal: Int32?
        public var interrupted: Bool { signal != nil }
        /// The ordinary schedule fails already (no schedule is forced).
        public var ordinaryFails = false
        /// The failure, the minimised schedule that shows it, and its output.
        public var failure: RunFailure?
        public var schedule: Schedule?
        public var stdout = ""
        public var stderr = ""
        /// Forced choices of the failing run before minimising, and replays minimising took.
        public var forcedBeforeMinimising = 0
        public var minimiseRuns = 0
        /// Choice points of the ordinary run.
        public var ordinaryPoints = 0
        /// Every schedule run, in order (the ordinary one first), and the minimised failing one last.
        public var explored: [ExploredSchedule] = []
    }

    /// Explores `source` under `options` (seed, machine, limits, arguments) as `explore` says.
    public static func explore(_ source: SourceFile, options: RunOptions, explore: ExploreOptions,
                               progress: (Int) -> Void = { _ in }) throws(LoadErrors) -> Result {
        let (code, globals) = try Compiler.compile(source, availableModules: Interpreter.availableModules)
        func run(_ policy: SchedulePolicy) -> ExploreRun {
            ExploreRun.run(source, code: code, globals: globals, options: options, policy: policy, jitter: explore.jitter)
        }
        var result = Result()
        let ordinary = run(ReplayPolicy([]))
        result.runs = 1
        result.explored.append(ExploredSchedule(number: 1, forced: [], failure: ordinary.failure(expecting: nil)))
        result.ordinaryPoints = ordinary.points
        let expected = explore.expectOutput ? ordinary.stdout : nil
        if ordinary.interrupted {
            result.signal = ordinary.status - 128
            return result
        }
        if let failure = ordinary.failure(expecting: nil) {
            result.ordinaryFails = true
            return finish(result, failure, ordinary, [], source, options, explore)
        }
        var seen: Set<[Int]> = [[]]
        var search = BoundedSearch(bound: explore.maxPreemptions)
        search.ran([], ordinary)
        while result.runs < explore.runs {
            let planned: [ForcedChoice]?
            let policy: SchedulePolicy
            let runSeed = explore.seed &* 1_000_003 &+ result.runs
            switch explore.strategy {
            case .pb:
                guard let next = search.next() else {
                    result.exhausted = true
                    return result
                }
                (planned, policy) = (next, ReplayPolicy(next))
            case .random: (planned, policy) = (nil, RandomWalkPolicy(seed: runSeed))
            case .pct:
                (planned, policy) = (nil, PCTPolicy(seed: runSeed, depth: explore.depth, points: ordinary.points))
            }
            let attempt = run(policy)
            result.runs += 1
            progress(result.runs)
            // A run too short to reach a checkpoint never sees a signal: it is checked between runs too.
            if attempt.interrupted || Interrupt.pending != 0 {
                result.signal = attempt.interrupted ? attempt.status - 128 : Interrupt.pending
                return result
            }
            if seen.insert(attempt.forced.flatMap { [$0.index, $0.choice] }).inserted { result.distinct += 1 }
            let failure = attempt.failure(expecting: expected)
            result.explored.append(ExploredSchedule(number: result.runs, forced: attempt.forced, failure: failure))
            if let failure {
                return minimised(result, failure, attempt, expected, source, options, explore, run: run)
            }
            if let planned { search.ran(planned, attempt) }
        }
        result.exhausted = explore.strategy == .pb && search.exhausted
        return result
    }

    /// The failing run's schedule made small, replayed once more for its own account and output.
    private static func minimised(_ result: Result, _ failure: RunFailure, _ failing: ExploreRun, _ expected: String?,
                                  _ source: SourceFile,
                                  _ options: RunOptions, _ explore: ExploreOptions,
                                  run: (SchedulePolicy) -> ExploreRun) -> Result {
        var result = result
        result.forcedBeforeMinimising = failing.forced.count
        var minimiser = Minimiser(budget: explore.minimiseRuns)
        let small = minimiser.minimise(failing.forced) { subset in
            run(ReplayPolicy(subset)).failure(expecting: expected)?.kind == failure.kind
        }
        result.minimiseRuns = minimiser.spent
        let replay = run(ReplayPolicy(small))
        guard let replayed = replay.failure(expecting: expected), replayed.kind == failure.kind else {
            return finish(result, failure, failing, failing.forced, source, options, explore)
        }
        return finish(result, replayed, replay, replay.forced, source, options, explore)
    }

    /// A schedule of `source` run under `options` and `explore` that forces `choices`.
    public static func schedule(_ source: SourceFile, _ options: RunOptions, _ explore: ExploreOptions,
                                failure: String = "", choices: [ForcedChoice] = []) -> Schedule {
        Schedule(scenario: source.path, digest: Schedule.digest(of: source.text), seed: options.seed,
                 arguments: options.arguments, machine: options.machine, jitter: explore.jitter,
                 strategy: explore.strategy.rawValue, failure: failure, choices: choices)
    }

    private static func finish(_ result: Result, _ failure: RunFailure, _ run: ExploreRun, _ choices: [ForcedChoice],
                               _ source: SourceFile, _ options: RunOptions, _ explore: ExploreOptions) -> Result {
        var result = result
        result.failure = failure
        result.stdout = run.stdout
        result.stderr = run.stderr
        result.schedule = schedule(source, options, explore, failure: failure.text, choices: choices)
        if !result.ordinaryFails {
            result.explored.append(ExploredSchedule(number: 0, forced: choices, failure: failure))
        }
        return result
    }
}
