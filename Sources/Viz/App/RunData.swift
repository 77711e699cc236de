import Foundation
import Runtime

/// A run to show: its events (from a scenario run now or from a log), the
/// timeline that reaches any moment of it, the scenario's source, and the
/// names the events give things.
final class RunData {
    let timeline: Timeline
    let source: SourceFile
    let names: EventNames

    init(store: EventStore, source: SourceFile) {
        timeline = Timeline(store: store)
        self.source = source
        var names = EventNames()
        for i in 0..<store.count { names.learn(store[i]) }
        self.names = names
    }

    var count: Int { timeline.count }
    var store: EventStore { timeline.store }
    /// Whether the run ever makes an event loop (else the screen shows threads and the machine in its place).
    var hasEventLoop: Bool { names.loops > 0 }
    /// Lanes the run ever has (the main thread and every thread started), so the layout does not jump while stepping.
    var laneCount: Int { names.threads.count + (comparison.map { $0.run.names.threads.count + 1 } ?? 0) }
    var endTime: Double { count > 0 ? store.time(at: count - 1) : 0 }
    /// A second run of the same scenario under other flags (`watch --compare`), drawn below this one's lanes.
    var comparison: (label: String, run: RunData)?
    /// How the run ended (an exception and its line, a deadlock, a limit, a log cut short), computed once.
    private(set) lazy var ending = RunEnding(store: store, names: names, file: source.path)
    /// What `asyncviz lint` finds in the run, computed once when first asked.
    private(set) lazy var findings: [Finding] = Lints.findings(timeline: timeline, names: names, source: source)
}
