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
        let events = try EventInput.load(input, options: options)
        let formats = TraceFormats(store: events.store, source: events.source)
        let text: String
        switch format {
        case .text: text = formats.text()
        case .jsonl: text = formats.jsonLines()
        case .chrome: text = formats.chrome()
        }
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: Data(text.utf8)) else {
                FileHandle.standardError.write(Data("asyncviz: \(output): cannot be written\n".utf8))
                throw ExitCode(2)
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        if let error = events.error {
            FileHandle.standardError.write(Data((error + "\n").utf8))
            throw ExitCode(1)
        }
    }
}

/// The events of a run, from a scenario run now or from a session log, with the scenario's source.
struct EventInput {
    var store: EventStore
    var source: SourceFile
    /// A problem that cut reading short (the events before it are kept).
    var error: String?

    static func load(_ path: String, options: RunOptionsGroup) throws -> EventInput {
        if isSessionLog(path) {
            do {
                let contents = try LogReader.read(path: path)
                for warning in contents.warnings { FileHandle.standardError.write(Data((warning + "\n").utf8)) }
                return EventInput(store: contents.store, source: SourceFile(path: contents.header.scenario, text: contents.header.source), error: contents.error)
            } catch {
                FileHandle.standardError.write(Data((error.message + "\n").utf8))
                throw ExitCode(1)
            }
        }
        let source: SourceFile
        do { source = try ScenarioLoading.load(path) } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(2)
        }
        if let errors = Interpreter.check(source) {
            FileHandle.standardError.write(Data(errors.rendered(in: source).utf8))
            throw ExitCode(1)
        }
        let store = EventStore()
        SignalHandling.install()
        _ = Interpreter.run(source, options: options.runOptions, sink: store) { _, _ in }
        return EventInput(store: store, source: source, error: nil)
    }

    /// A session log starts with its JSON header (or is named `.jsonl`/`.log`); anything else is taken for a scenario.
    static func isSessionLog(_ path: String) -> Bool {
        if path.hasSuffix(".py") { return false }
        if path.hasSuffix(".jsonl") || path.hasSuffix(".log") { return true }
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return handle.readData(ofLength: 1).first == UInt8(ascii: "{")
    }
}
