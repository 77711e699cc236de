/// A schedule `explore` found: the choices that differ from an ordinary run, and everything a replay needs
/// to make the same run again (the scenario's digest, the seed, the arguments, the machine, the jitter).
/// Saved as a small versioned JSON file (`--save`) and replayed with `--schedule`.
public struct Schedule: Equatable, Sendable {
    public static let version = 1

    public var scenario: String
    /// SHA-256 of the scenario's text: a replay refuses a scenario that changed.
    public var digest: String
    public var seed: Int
    public var arguments: [String]
    /// The machine as the command line set it (`sim.configure` applies again on replay).
    public var machine: MachineModel
    public var jitter: Double
    public var strategy: String
    /// How the run fails, in one line (empty: it does not).
    public var failure: String
    public var choices: [ForcedChoice]

    public init(scenario: String, digest: String, seed: Int, arguments: [String], machine: MachineModel,
                jitter: Double, strategy: String, failure: String, choices: [ForcedChoice]) {
        self.scenario = scenario
        self.digest = digest
        self.seed = seed
        self.arguments = arguments
        self.machine = machine
        self.jitter = jitter
        self.strategy = strategy
        self.failure = failure
        self.choices = choices
    }

    /// The digest `digest` holds for `text`.
    public static func digest(of text: String) -> String { SHA256.hex(Array(text.utf8)) }

    /// The options of a run that replays this schedule: `base`'s limits, this schedule's seed, machine and
    /// arguments.
    public func replayOptions(_ base: RunOptions) -> RunOptions {
        var options = base
        options.seed = seed
        options.machine = machine
        options.arguments = arguments
        options.schedule = self
        return options
    }
}
