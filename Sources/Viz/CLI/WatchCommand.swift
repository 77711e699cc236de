import ArgumentParser
import Foundation
import Runtime

/// `asyncviz watch FILE|LOG`: the interactive viewer in the terminal.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Watch a scenario (or a session log) being scheduled, and step through it.",
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

    func run() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            FileHandle.standardError.write(Data("asyncviz: watch needs a terminal; use `asyncviz exec`, `asyncviz trace` or `asyncviz frame` instead\n".utf8))
            throw ExitCode(2)
        }
        let events = try EventInput.load(input, options: options)
        let run = RunData(store: events.store, source: events.source)
        try run.attachComparison(compare, input: input)
        let terminal = Terminal()
        defer { terminal.restore() }
        ViewerLoop.view(run, on: terminal, paused: paused, speed: speed,
                        recording: ViewerLoop.Recording(path: record, header: events.header), follow: follow ? events.actions : [])
    }
}
