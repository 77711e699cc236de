import ArgumentParser
import Foundation
import Runtime

/// `asyncviz trace FILE|LOG`: the events of a run as text, JSON Lines or a Chrome trace.
struct TraceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trace",
        abstract: "Print the scheduling events of a scenario (run now) or of a session log.",
        discussion: """
        --format text: one aligned line per event (time, actor, kind, details). \
        --format jsonl: the events as the session log stores them. \
        --format chrome: the Trace Event Format that Perfetto (ui.perfetto.dev) and chrome://tracing open.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, jsonl, chrome
    }

    @Argument(help: "A scenario (.py) to run, or a session log written by `exec --log`.")
    var input: String

    @Option(help: "text, jsonl or chrome.")
    var format: Format = .text

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @OptionGroup var options: RunOptionsGroup

    func run() throws {
        if let output, let refusal = OutputFile.refusal(output) {
            Console.error(refusal)
            throw ExitCode(2)
        }
        let events = try EventInput.load(input, options: options)
        let formats = TraceFormats(store: events.store, source: events.source)
        let text: String
        switch format {
        case .text: text = formats.text()
        case .jsonl: text = formats.jsonLines()
        case .chrome: text = formats.chrome()
        }
        if let output {
            let fd: Int32
            do { fd = try OutputFile.open(output) } catch {
                Console.error(error.message)
                throw ExitCode(2)
            }
            defer { close(fd) }
            try Console.write(text, to: fd, name: output)
        } else {
            try Console.out(text)
        }
        try events.finish()
    }
}
