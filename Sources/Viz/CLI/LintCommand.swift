import ArgumentParser
import Foundation
import Runtime

/// `asyncviz lint FILE|LOG`: the problems a run shows, each at its step and line.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Find what is wrong with a run: a blocked event loop, coroutines never awaited, exceptions never retrieved, locks held across awaits, saturated pools, pickling that costs more than the work, GIL convoys, deadlocks, uncaught exceptions, limits that stopped the run.",
        discussion: "Exit status 0 when the run is clean, 1 when there are findings. Each finding names the event to go to (`g` in the viewer) and the line."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "A scenario (.py) to run, or a session log written by `exec --log`.")
    var input: String

    @Option(help: "text or json.")
    var format: Format = .text

    @Option(name: .customLong("slow-callback"), help: "Seconds a callback or task step may run before it counts as blocking the loop (asyncio debug mode's 0.1).")
    var slowCallback = 0.1

    @OptionGroup var options: RunOptionsGroup

    func run() throws {
        let events = try EventInput.load(input, options: options)
        let run = RunData(store: events.store, source: events.source)
        let findings = Lints.findings(timeline: run.timeline, names: run.names, source: events.source, slowCallback: slowCallback)
        let file = events.source.path
        switch format {
        case .text:
            try Console.out(findings.map { f in
                "\(file):\(f.line > 0 ? "\(f.line):" : "") \(f.id): \(f.message) (event \(f.position))\n"
            }.joined())
        case .json:
            let items = findings.map { "{\"id\":\(JSON.quote($0.id)),\"message\":\(JSON.quote($0.message)),\"event\":\($0.position),\"line\":\($0.line)}" }
            try Console.out("[" + items.joined(separator: ",") + "]\n")
        }
        try events.finish()
        if !findings.isEmpty { throw ExitCode(1) }
    }
}
