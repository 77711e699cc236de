import ArgumentParser
import Foundation
import Runtime

/// `asyncviz watch FILE|LOG`: the interactive viewer in the terminal, live on a scenario's run.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Watch a scenario being scheduled while it runs (or a session log), and step through it.",
        discussion: "Keys: \(KeyBindings.hint). Needs a terminal; use exec, trace or frame otherwise."
    )

    @Argument(help: "A scenario (.py) to run, or a session log written by `exec --log`.")
    var input: String

    @Flag(help: "Start paused at the first event instead of playing.")
    var paused = false

    @Option(help: "Events per second while playing.")
    var speed: Double = 10

    @Option(help: "Record the session (events and viewer actions) to this log.")
    var record: String?

    @Flag(help: "Replay the viewer actions recorded in a session log at their pace; any key takes over.")
    var follow = false

    @Option(parsing: .unconditional, help: "Run the scenario again under these flags (quoted, e.g. \"--cpus 8 --no-gil\") and show its lanes below, on the same time axis.")
    var compare: String?

    @OptionGroup var options: RunOptionsGroup

    func validate() throws {
        if !(speed > 0 && speed.isFinite) { throw ValidationError("--speed must be a positive number of events per second") }
    }

    func run() throws {
        if let record, let refusal = OutputFile.refusal(record) {
            Console.error(refusal)
            throw ExitCode(2)
        }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            Console.error("asyncviz: watch needs a terminal; use `asyncviz exec`, `asyncviz trace` or `asyncviz frame` instead")
            throw ExitCode(2)
        }
        guard !EventInput.isSessionLog(input) else { return try watchLog() }
        let source = try ScenarioLoading.loadCheckedOrExit(input)
        SignalHandling.install()
        let runOptions = try options.replaying(options.runOptions, for: source)
        let run = RunData(live: source)
        // `--compare` runs its scenario to the end before the viewer opens (a signal then stops the command).
        try run.attachComparison(compare, input: input, arguments: options.scenarioArguments)
        // While the run goes, a signal stops it and the viewer ends the session (restoring the terminal).
        let terminal = Terminal(restoringOnSignals: false)
        let live = LiveRun(source, options: runOptions)
        let header = options.logHeader(for: source, run: runOptions)
        let outcome = ViewerLoop.view(run, on: terminal, paused: paused, speed: speed,
                                      recording: ViewerLoop.Recording(path: record, header: header), live: live)
        terminal.restore()
        if let failure = outcome.recordingFailure { Console.error(failure) }
        if let signal = outcome.signal {
            Console.error("asyncviz: stopped: interrupted by signal \(signal)")
            throw ExitCode(128 + signal)
        }
        if outcome.recordingFailure != nil { throw ExitCode(1) }
    }

    /// `watch LOG`: the log is read whole, then shown.
    private func watchLog() throws {
        let events = try EventInput.load(input, options: options)
        let run = RunData(store: events.store, source: events.source)
        try run.attachComparison(compare, input: input, arguments: options.scenarioArguments)
        let terminal = Terminal()
        let outcome = ViewerLoop.view(run, on: terminal, paused: paused, speed: speed,
                                      recording: ViewerLoop.Recording(path: record, header: events.header),
                                      follow: follow ? events.actions : [])
        terminal.restore()
        if let failure = outcome.recordingFailure {
            Console.error(failure)
            throw ExitCode(1)
        }
        try events.finish()
    }
}
