import ArgumentParser
import Runtime

/// The limits and seed shared by every command that runs a scenario.
struct RunOptionsGroup: ParsableArguments {
    @Option(name: .customLong("max-steps"), help: "Stop after this many bytecode instructions.")
    var maxSteps: Int = Limits().maxInstructions

    @Option(name: .customLong("max-depth"), help: "Python recursion limit (RecursionError beyond it).")
    var maxDepth: Int = Limits().maxRecursionDepth

    @Option(name: .customLong("max-objects"), help: "Largest number of items any container may hold.")
    var maxObjects: Int = Limits().maxObjects

    @Option(help: "Seed of the `random` module when the scenario does not seed it.")
    var seed: Int = 0

    /// The header of a session log of this run.
    func logHeader(for source: SourceFile) -> LogHeader {
        func number(_ n: Int) -> JSON { .number(Double(n), text: String(n)) }
        return LogHeader(
            scenario: source.path, source: source.text,
            options: .object([("seed", number(seed)), ("max_steps", number(maxSteps)), ("max_depth", number(maxDepth)), ("max_objects", number(maxObjects))]),
            machine: .object([("threads", .string("main thread only")), ("cpus", number(1)), ("gil", .bool(true))]))
    }

    var runOptions: RunOptions {
        RunOptions(limits: Limits(maxInstructions: maxSteps, maxRecursionDepth: maxDepth, maxObjects: maxObjects), seed: seed)
    }
}
