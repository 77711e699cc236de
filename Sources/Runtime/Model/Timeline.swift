/// A run's events with the snapshots that make any moment of it instant to
/// reach: a checkpoint every `interval` events, so `snapshot(at:)` folds at
/// most `interval` events; and the indexes the viewer steps by (yields, loop
/// iterations, one task's events, a virtual time). It grows with the run: the
/// live viewer appends events as they come, and every checkpoint and index is
/// kept up to date, equal to those of a timeline built over the finished run.
public final class Timeline {
    public let store: EventStore
    /// Events between checkpoints; it doubles (every other checkpoint dropped) when a growing run would
    /// keep more than `maxCheckpoints` of them.
    public private(set) var interval: Int
    /// `checkpoints[k]` is the state after `k * interval` events.
    private var checkpoints: [Snapshot] = []
    /// The state after every event indexed so far.
    private var head = Snapshot()
    /// The stops of yield stepping: a coroutine giving control back to the loop (a suspension not on an
    /// inner coroutine), every callback the loop runs (`handle.run.begin`), a thread taking the GIL, and a
    /// `sim.note`.
    public private(set) var yields: [Int] = []
    /// Events of choices a replayed schedule forced (`schedule.choice`), in order.
    public private(set) var forcedChoices: [Int] = []
    /// `loop.iteration` events.
    public private(set) var iterations: [Int] = []
    /// Coroutines created so far (a suspension onto one of them is not a yield to the loop).
    private var coroutines: Set<Int> = []
    /// The task each coroutine runs in, as the events tell it.
    private var taskOfCoroutine: [Int: Int] = [:]
    /// Each task's events found so far, and how many of the run's events were searched for them.
    private var taskEventsCache: [Int: (events: [Int], searched: Int)] = [:]

    /// Each lane's state changes: the event index and the state it starts (consecutive repeats left out).
    private var laneChanges: [Int: (indices: [Int32], states: [Snapshot.Lane.State])] = [:]
    /// The `run.end` event, after which every lane is done.
    private var runEndIndex: Int?
    /// `stdout` and `stderr` events, in order.
    private var outputIndices: [Int] = []
    /// The main thread's loop running handles: each `handle.run.begin` and its `handle.run.end` (`Int32.max`
    /// while it has none), in order.
    private var handleRuns: (begins: [Int32], ends: [Int32]) = ([], [])

    /// At most this many checkpoints (after the start) are kept, whatever the run's length.
    public static let maxCheckpoints = 128

    /// The timeline of the events in `store` (a checkpoint every `interval` events, by default the spacing that
    /// keeps `maxCheckpoints`, and never under 1,024).
    public init(store: EventStore, interval: Int? = nil) {
        self.store = store
        self.interval = max(1, interval ?? max(1024, (store.count + Timeline.maxCheckpoints - 1) / Timeline.maxCheckpoints))
        checkpoints.append(head)
        var i = 0
        store.forEach(in: 0..<store.count) {
            index($0, at: i)
            i += 1
        }
    }

    /// Events indexed: the store's, as long as events reach the store through `append`.
    public var count: Int { store.count }

    /// Adds an event of a run still going to the store, its checkpoints and its indexes.
    public func append(_ e: RuntimeEvent) {
        store.append(e)
        index(e, at: store.count - 1)
    }

    /// Indexes event `i` and folds it into the head state, taking a checkpoint when one is due.
    private func index(_ e: RuntimeEvent, at i: Int) {
        switch e.kind {
        case .coroCreate: coroutines.insert(e.subject)
        case .coroSuspend where !coroutines.contains(e.other): yields.append(i)
        case .gilTake:
            yields.append(i)
            let last = laneChanges[e.subject]?.states.last ?? Timeline.initialState(e.subject)
            change(lane: e.subject, to: Reducer.stateAfterTakingGIL(last), at: i)
        case .note: yields.append(i)
        case .scheduleChoice:
            yields.append(i)
            forcedChoices.append(i)
        case .loopIteration: iterations.append(i)
        case .handleRunBegin:
            yields.append(i)
            change(lane: 0, to: .running, at: i)
            handleRuns.begins.append(Int32(i))
            handleRuns.ends.append(Int32.max)
        case .handleRunEnd where !handleRuns.ends.isEmpty:
            handleRuns.ends[handleRuns.ends.count - 1] = Int32(i)
        case .loopSelect: change(lane: 0, to: .idle, at: i)
        case .threadState: change(lane: e.subject, to: Snapshot.Lane.State(eventText: e.text), at: i)
        case .threadExit: change(lane: e.subject, to: .done, at: i)
        case .runEnd: runEndIndex = i
        case .stdout, .stderr: outputIndices.append(i)
        case .taskCreate: assign(coroutine: e.other, to: e.subject)
        case .coroResume where e.other >= 0: assign(coroutine: e.subject, to: e.other)
        default: break
        }
        Reducer.apply(e, to: &head)
        if (i + 1) % interval == 0 {
            checkpoints.append(head)
            if checkpoints.count - 1 > Timeline.maxCheckpoints {
                checkpoints = stride(from: 0, to: checkpoints.count, by: 2).map { checkpoints[$0] }
                interval *= 2
            }
        }
    }

    /// A coroutine's events already searched belong to the task it moves to, not to its old one: both tasks'
    /// events are searched again when next asked for.
    private func assign(coroutine: Int, to task: Int) {
        let old = taskOfCoroutine[coroutine]
        guard old != task else { return }
        taskOfCoroutine[coroutine] = task
        taskEventsCache[task] = nil
        if let old { taskEventsCache[old] = nil }
    }


    private func change(lane: Int, to state: Snapshot.Lane.State, at i: Int) {
        var changes = laneChanges[lane] ?? ([], [])
        laneChanges[lane] = nil
        if state != (changes.states.last ?? Timeline.initialState(lane)) {
            changes.indices.append(Int32(i))
            changes.states.append(state)
        }
        laneChanges[lane] = changes
    }

    /// A lane's state before its first change: the main thread runs, other threads have not started.
    static func initialState(_ lane: Int) -> Snapshot.Lane.State { lane == 0 ? .running : .new }

    /// The state after the first `position` events (0 … count).
    public func snapshot(at position: Int) -> Snapshot {
        let p = min(max(0, position), count)
        if p == count { return head }
        let k = min(p / interval, checkpoints.count - 1)
        var s = checkpoints[k]
        store.forEach(in: k * interval..<p) { Reducer.apply($0, to: &s) }
        return s
    }

    // MARK: navigation (event indices; nil when there is none in that direction)

    public func nextEvent(after i: Int) -> Int? { i + 1 < count ? i + 1 : nil }
    public func previousEvent(before i: Int) -> Int? { i > 0 && count > 0 ? min(i, count) - 1 : nil }
    public func nextYield(after i: Int) -> Int? { Timeline.next(in: yields, after: i) }
    public func previousYield(before i: Int) -> Int? { Timeline.previous(in: yields, before: i) }
    public func nextIteration(after i: Int) -> Int? { Timeline.next(in: iterations, after: i) }
    public func previousIteration(before i: Int) -> Int? { Timeline.previous(in: iterations, before: i) }

    public func nextEvent(ofTask task: Int, after i: Int) -> Int? { Timeline.next(in: events(ofTask: task), after: i) }
    public func previousEvent(ofTask task: Int, before i: Int) -> Int? { Timeline.previous(in: events(ofTask: task), before: i) }

    /// The event after which the run is in its state at virtual time `t`: the last event at or before `t`
    /// (the first event when `t` comes before every event, the last when the run ends before `t`).
    public func event(atTime t: Double) -> Int? {
        guard count > 0 else { return nil }
        return max(0, min(store.firstIndex(atOrAfter: t.nextUp), count) - 1)
    }

    /// Events about one task: its own, and those of the coroutines running in it.
    public func events(ofTask task: Int) -> [Int] {
        var (found, searched) = taskEventsCache[task] ?? ([], 0)
        guard searched < count else { return found }
        for i in searched..<count {
            let subject = store.subject(at: i), other = store.other(at: i)
            switch store.kind(at: i) {
            case .coroCreate, .codeFunction, .codeAwait:
                continue
            case .coroResume, .coroSuspend, .coroReturn, .coroRaise:
                if taskOfCoroutine[subject] == task { found.append(i) }
            default:
                if subject == task || other == task { found.append(i) }
            }
        }
        taskEventsCache[task] = (found, count)
        return found
    }

    static func next(in sorted: [Int], after i: Int) -> Int? {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] <= i { low = mid + 1 } else { high = mid }
        }
        return low < sorted.count ? sorted[low] : nil
    }

    static func previous(in sorted: [Int], before i: Int) -> Int? {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < i { low = mid + 1 } else { high = mid }
        }
        return low > 0 ? sorted[low - 1] : nil
    }
}

extension Timeline {
    /// What a lane did between two events: runs of one state with the virtual times they cover.
    /// One stretch of a lane in one state.
    public struct LaneSegment: Equatable, Sendable {
        public var state: Snapshot.Lane.State
        public var start: Double
        public var end: Double
    }

    /// Lane `lane`'s history from event `from` up to (not including) event `to`: runs of one state.
    public func laneHistory(lane: Int = 0, from: Int, to: Int) -> [LaneSegment] {
        let lo = max(0, min(from, count)), hi = max(lo, min(to, count))
        var state = laneState(lane: lane, before: lo)
        var segments = [LaneSegment(state: state, start: store.time(at: min(lo, max(0, count - 1))), end: 0)]
        let changes = laneChanges[lane] ?? ([], [])
        var k = Timeline.firstAtOrAfter(changes.indices, lo)
        var stops: [(Int, Snapshot.Lane.State)] = []
        while k < changes.indices.count, Int(changes.indices[k]) < hi {
            stops.append((Int(changes.indices[k]), changes.states[k]))
            k += 1
        }
        if let end = runEndIndex, end >= lo, end < hi { stops.append((end, .done)) }
        for (i, next) in stops where next != state {
            let t = store.time(at: i)
            segments[segments.count - 1].end = t
            segments.append(LaneSegment(state: next, start: t, end: t))
            state = next
        }
        segments[segments.count - 1].end = hi > 0 ? store.time(at: hi - 1) : 0
        return segments
    }

    /// Lane `lane`'s state after the first `position` events.
    public func laneState(lane: Int, before position: Int) -> Snapshot.Lane.State {
        if let end = runEndIndex, end < position { return .done }
        guard let changes = laneChanges[lane] else { return Timeline.initialState(lane) }
        let k = Timeline.firstAtOrAfter(changes.indices, position)
        return k > 0 ? changes.states[k - 1] : Timeline.initialState(lane)
    }

    /// Lane `lane`'s state at virtual time `t`, as far as the first `position` events tell (a binary search, for drawing lanes).
    public func laneState(lane: Int, atTime t: Double, before position: Int) -> Snapshot.Lane.State {
        if let end = runEndIndex, end < position, store.time(at: end) <= t { return .done }
        guard let changes = laneChanges[lane] else { return Timeline.initialState(lane) }
        var low = 0, high = Timeline.firstAtOrAfter(changes.indices, position)
        while low < high {
            let mid = (low + high) / 2
            if store.time(at: Int(changes.indices[mid])) <= t { low = mid + 1 } else { high = mid }
        }
        return low > 0 ? changes.states[low - 1] : Timeline.initialState(lane)
    }

    /// Whether the main thread's event loop was inside a callback (or task step) at virtual time `t`, as far as
    /// the first `position` events tell: a thread blocked then blocks the whole loop.
    public func loopBusy(atTime t: Double, before position: Int) -> Bool {
        var low = 0, high = Timeline.firstAtOrAfter(handleRuns.begins, position)
        while low < high {
            let mid = (low + high) / 2
            if store.time(at: Int(handleRuns.begins[mid])) <= t { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return false }
        let end = Int(handleRuns.ends[low - 1])
        return end >= position || store.time(at: end) > t
    }

    /// The first slot of `sorted` holding `i` or more.
    static func firstAtOrAfter(_ sorted: [Int32], _ i: Int) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if Int(sorted[mid]) < i { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The scenario's output (stdout and stderr, interleaved as written) up to `position` events.
    public func output(upTo position: Int) -> String {
        var text = ""
        for i in outputIndices {
            if i >= position { break }
            text += store[i].text
        }
        return text
    }
}
