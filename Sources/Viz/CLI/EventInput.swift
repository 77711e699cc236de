import ArgumentParser
import Foundation
import Runtime

/// The events of a run, from a scenario run now or from a session log, with the scenario's source.
struct EventInput {
    var store: EventStore
    var source: SourceFile
    /// A problem that cut reading short (the events before it are kept).
    var error: String?
    /// The header a recording of this run writes.
    var header: LogHeader
    /// Viewer actions a recorded session holds.
    var actions: [RecordedAction] = []

    static func load(_ path: String, options: RunOptionsGroup) throws -> EventInput {
        if isSessionLog(path) {
            do {
                let contents = try LogReader.read(path: path)
                for warning in contents.warnings { Console.error(warning) }
                return EventInput(store: contents.store, source: SourceFile(path: contents.header.scenario, text: contents.header.source),
                                  error: contents.error, header: contents.header, actions: contents.actions)
            } catch {
                Console.error(error.message)
                throw ExitCode(1)
            }
        }
        let source = try ScenarioLoading.loadCheckedOrExit(path)
        let store = EventStore()
        SignalHandling.install()
        let run = try options.replaying(options.runOptions, for: source)
        let status = Interpreter.run(source, options: run, sink: store) { _, _ in }
        // SIGINT, SIGTERM or SIGHUP during the run: the command stops there, with the status `exec` documents.
        if status > 128, SignalHandling.signals.contains(status - 128) {
            Console.error("asyncviz: stopped: interrupted by signal \(status - 128)")
            throw ExitCode(status)
        }
        return EventInput(store: store, source: source, error: nil, header: options.logHeader(for: source, run: run))
    }

    /// After the command's output: the problem that cut a log short, on stderr, and exit status 1.
    func finish() throws {
        guard let error else { return }
        Console.error(error)
        throw ExitCode(1)
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
