import Foundation
import Runtime

/// How the ready queue and the timers read on screen: what a handle does (`step alice: party`,
/// `wakeup main`, `say('soon 2')`), where it came from (`call_soon`, a timer, a future's done callback,
/// another thread) and where its function is defined, relative to the scenario (never an absolute path).
struct ReadyEntryLabel: Equatable {
    /// What running it does.
    var action: String
    /// Where the handle came from: `call_soon`, `timer 0.500`, `done callback`, `from a thread`.
    var origin: String
    /// `file:line` of the callback's function, relative to the scenario's folder (empty for the runtime's own).
    var location: String

    /// One line: `action  [origin]  file:line`.
    var text: String {
        ([action, "[\(origin)]"] + (location.isEmpty ? [] : [location])).joined(separator: "  ")
    }

    init(action: String, origin: String, location: String) {
        self.action = action
        self.origin = origin
        self.location = location
    }

    init(_ handle: Snapshot.HandleInfo, snapshot: Snapshot, scenarioPath: String) {
        let (callback, path) = ReadyEntryLabel.splitLocation(handle.callback)
        location = path.map { ReadyEntryLabel.relative($0, to: scenarioPath) } ?? ""
        if let task = handle.task, let info = snapshot.tasks[task] {
            let coroutine = snapshot.coroutines[info.coroutine]?.name ?? "?"
            action = callback.hasPrefix("Task.task_wakeup") ? "wakeup \(info.name)" : "step \(info.name): \(coroutine)"
        } else {
            action = callback
        }
        if let when = handle.when {
            origin = "timer \(TextFormat.seconds(when))"
        } else if handle.fromThread {
            origin = "from a thread"
        } else if handle.future != nil {
            origin = "done callback"
        } else {
            origin = "call_soon"
        }
    }

    /// A callback description split at its ` at FILE:LINE` suffix, when it has one.
    static func splitLocation(_ text: String) -> (String, String?) {
        guard let range = text.range(of: " at ", options: .backwards) else { return (text, nil) }
        let place = text[range.upperBound...]
        guard let colon = place.lastIndex(of: ":"), !place[place.index(after: colon)...].isEmpty,
              place[place.index(after: colon)...].allSatisfy(\.isNumber) else { return (text, nil) }
        return (String(text[..<range.lowerBound]), String(place))
    }

    /// `path:line` made relative to the scenario's folder; a file elsewhere keeps only its name.
    static func relative(_ place: String, to scenarioPath: String) -> String {
        let folder = URL(fileURLWithPath: scenarioPath).standardizedFileURL.deletingLastPathComponent().path + "/"
        let absolute = place.hasPrefix("/") ? place : URL(fileURLWithPath: place).standardizedFileURL.path
        if absolute.hasPrefix(folder) { return String(absolute.dropFirst(folder.count)) }
        return absolute.split(separator: "/").last.map(String.init) ?? place
    }
}
