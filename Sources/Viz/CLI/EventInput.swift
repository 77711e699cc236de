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
                for warning in contents.warnings { FileHandle.standardError.write(Data((warning + "\n").utf8)) }
                return EventInput(store: contents.store, source: SourceFile(path: contents.header.scenario, text: contents.header.source),
                                  error: contents.error, header: contents.header, actions: contents.actions)
            } catch {
                FileHandle.standardError.write(Data((error.message + "\n").utf8))
                throw ExitCode(1)
            }
        }
        let source = try ScenarioLoading.loadCheckedOrExit(path)
        let store = EventStore()
        SignalHandling.install()
        _ = Interpreter.run(source, options: options.runOptions, sink: store) { _, _ in }
        return EventInput(store: store, source: source, error: nil, header: options.logHeader(for: source))
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
