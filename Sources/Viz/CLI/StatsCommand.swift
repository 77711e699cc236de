import ArgumentParser
import Foundation
import Runtime

/// `asyncviz stats FILE|LOG`: a run's summary — time, lanes, the loop, tasks, work items.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Summarise a run: virtual time, each lane's time running, waiting for the GIL or a core, blocked and idle, loop iterations and ready-queue length, task steps and wake-to-run latency, work-item queue waits.",
        discussion: "From a scenario (run now, with the machine flags) or from a session log; `--format json` for tools."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "A scenario (.py) to run, or a session log written by `exec --log`.")
    var input: String

    @Option(help: "text or json.")
    var format: Format = .text

    @OptionGroup var options: RunOptionsGroup

    func run() throws {
        let events = try EventInput.load(input, options: options)
        let run = RunData(store: events.store, source: events.source)
        let stats = RunStats(timeline: run.timeline, names: run.names)
        try Console.out(format == .json ? StatsReport.json(stats) : StatsReport.text(stats, title: events.source.path))
        try events.finish()
    }
}

/// `asyncviz compare FILE --a "FLAGS" --b "FLAGS"`: one scenario under two machine models, side by side.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Run a scenario under two machine models and print their summaries side by side with ratios.",
        discussion: """
        --a and --b take machine and limit flags as one string each, for example: \
        asyncviz compare Scenarios/03_gil_cpu_threads.py --a "--cpus 1" --b "--cpus 8 --no-gil"
        """
    )

    @Argument(help: "The scenario (.py) to run twice.")
    var input: String

    @Option(parsing: .unconditional, help: "Flags of the first run (quoted, e.g. \"--cpus 1\").")
    var a: String = ""

    @Option(parsing: .unconditional, help: "Flags of the second run (quoted, e.g. \"--cpus 8 --no-gil\").")
    var b: String = ""

    @Argument(parsing: .postTerminator, help: "Words after `--`: the scenario's sys.argv[1:] in both runs.")
    var arguments: [String] = []

    func run() throws {
        let stats = try [a, b].map { flags -> RunStats in
            var options: RunOptionsGroup
            do {
                options = try RunOptionsGroup.parse(CommandLineEntry.joiningNegativeValues(flags.split(separator: " ").map(String.init)))
                options.scenarioArguments = arguments
            } catch {
                Console.error("asyncviz: compare: \(flags.isEmpty ? "(no flags)" : flags): \(RunOptionsGroup.message(for: error))")
                throw ExitCode(2)
            }
            let events = try EventInput.load(input, options: options)
            let run = RunData(store: events.store, source: events.source)
            return RunStats(timeline: run.timeline, names: run.names)
        }
        try Console.out(input + "\n" + StatsReport.comparison(stats[0], stats[1], labels: (a.isEmpty ? "(defaults)" : a, b.isEmpty ? "(defaults)" : b)))
    }
}
