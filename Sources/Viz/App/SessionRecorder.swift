import Foundation
import Runtime

/// Writes a viewer session: the run's header and its events so far first, then
/// each action as it happens, at its event position and wall-clock offset, and
/// each event of a live run as it arrives.
final class SessionRecorder {
    let path: String
    private let writer: LogWriter
    private let start = Date()

    init(path: String, header: LogHeader, store: EventStore) throws {
        self.path = path
        writer = try LogWriter(path: path, header: header)
        for i in 0..<store.count { writer.record(store[i]) }
        writer.flush()
    }

    /// The kind of log line an action is kept as.
    static func kind(of action: ViewerAction) -> String {
        switch action {
        case .bookmark: return "ui.bookmark"
        case .faster, .slower, .resetSpeed: return "ui.speed"
        case .first, .last, .seek: return "ui.seek"
        default: return "ui.key"
        }
    }

    func record(_ action: ViewerAction, at position: Int) {
        writer.record(RecordedAction(kind: SessionRecorder.kind(of: action), position: position, wallOffset: (Date().timeIntervalSince(start) * 1000).rounded() / 1000, text: action.rawValue))
    }

    /// An event of a live run, arrived after the recording started.
    func record(_ event: RuntimeEvent) {
        writer.record(event)
    }

    /// Why writing the log stopped part-way (a full disk), or nil.
    var failure: String? { writer.failure }

    func close() {
        writer.close()
    }
}
