import Foundation
import Runtime

/// A run to show: its events (from a scenario run now or from a log), the
/// timeline that reaches any moment of it, the scenario's source, and the
/// names the events give things. A live run grows while it is shown: what is
/// read from the whole run (how it ended, the findings, the lanes, its end
/// time) is that of the events so far, and final once it has finished.
final class RunData {
    let timeline: Timeline
    let source: SourceFile
    private(set) var names: EventNames
    /// More events are to come: a live run still going (or its last events not yet taken in).
    private(set) var running = false

    init(store: EventStore, source: SourceFile) {
        timeline = Timeline(store: store)
        self.source = source
        var names = EventNames()
        for i in 0..<store.count { names.learn(store[i]) }
        self.names = names
    }

    /// A run that has not started yet: `append` brings its events, `finish` says there are no more.
    init(live source: SourceFile) {
        timeline = Timeline(store: EventStore())
        self.source = source
        names = EventNames()
        running = true
    }

    /// The next event of a live run.
    func append(_ e: RuntimeEvent) {
        timeline.append(e)
        names.learn(e)
    }

    /// A live run's last event is in.
    func finish() {
        running = false
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

    private var endingRead: (count: Int, ending: RunEnding)?
    /// The findings last found, for how many events, when, and how long finding them took.
    private var findingsRead: (count: Int, findings: [Finding], at: Date, took: TimeInterval)?

    /// How the run ended (an exception and its line, a deadlock, a limit, a log cut short), read again when
    /// events have come since.
    var ending: RunEnding {
        if let read = endingRead, read.count == count { return read.ending }
        let ending = RunEnding(store: store, names: names, file: source.path)
        endingRead = (count, ending)
        return ending
    }

    /// What `asyncviz lint` finds in the run. While a live run goes, those of the events so far, found again
    /// when they have grown by a quarter, taking at most a twentieth of the viewer's time and never holding it
    /// more than half a second (past that, a long run's findings wait for its end); once it has finished,
    /// those of the whole run.
    var findings: [Finding] {
        if let read = findingsRead, read.count == count || (running && !findingAgainPays(read)) {
            return read.findings
        }
        let start = Date()
        let findings = Lints.findings(timeline: timeline, names: names, source: source)
        findingsRead = (count, findings, Date(), Date().timeIntervalSince(start))
        return findings
    }

    private func findingAgainPays(_ read: (count: Int, findings: [Finding], at: Date, took: TimeInterval)) -> Bool {
        (count - read.count) * 4 >= read.count && read.took <= 0.5
            && Date().timeIntervalSince(read.at) >= 20 * read.took
    }
}
