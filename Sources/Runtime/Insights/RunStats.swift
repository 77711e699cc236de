/// A run's summary, computed from its events alone (so a log gives the same
/// as a live run): how it ended, how long it took, what each lane spent its time on, how
/// busy the event loop was, how tasks were stepped and how long work items
/// waited in their pool's queue.
public struct RunStats: Equatable, Sendable {
    /// Seconds a lane spent in each kind of state.
    public struct LaneTime: Equatable, Sendable {
        public var name: String
        public var running = 0.0, wantsGIL = 0.0, wantsCPU = 0.0, blocked = 0.0, idle = 0.0

        /// Running, as a share of the lane's life.
        public var utilisation: Double {
            let total = running + wantsGIL + wantsCPU + blocked + idle
            return total > 0 ? running / total : 0
        }
    }

    /// Minimum, mean and maximum of a series (all 0 when it is empty).
    public struct Spread: Equatable, Sendable {
        public var count = 0
        public var min = 0.0, mean = 0.0, max = 0.0

        init(_ xs: [Double]) {
            guard !xs.isEmpty else { return }
            count = xs.count
            min = xs.min()!
            max = xs.max()!
            mean = xs.reduce(0, +) / Double(xs.count)
        }
    }

    public var virtualTime = 0.0
    /// How the run ended (fine, an exception, a deadlock, a limit).
    public var ending: RunEnding
    public var events = 0
    public var lanes: [LaneTime] = []
    public var loopIterations = 0
    /// Handles ready at the start of each loop iteration.
    public var readyQueue = Spread([])
    /// Steps (resumptions) per task, and the virtual time from a task's wake-up to its next step.
    public var taskSteps = Spread([])
    public var wakeToRun = Spread([])
    /// Seconds work items waited in their pool's queue, and ran.
    public var workItemWait = Spread([])
    public var workItemRun = Spread([])

    public init(timeline: Timeline, names: EventNames) {
        let store = timeline.store
        ending = RunEnding(store: store, names: names, file: "")
        events = store.count
        virtualTime = store.count > 0 ? store.time(at: store.count - 1) : 0
        for (id, name) in names.threads.sorted(by: { $0.key < $1.key }) {
            var lane = LaneTime(name: name)
            for segment in timeline.laneHistory(lane: id, from: 0, to: store.count) {
                let d = segment.end - segment.start
                switch segment.state {
                case .running, .starting, .pickling: lane.running += d
                case .wantsGIL: lane.wantsGIL += d
                case .wantsCPU: lane.wantsCPU += d
                case .idle: lane.idle += d
                case .new, .done: break
                default: lane.blocked += d
                }
            }
            lanes.append(lane)
        }
        var ready: [Double] = []
        var steps: [Int: Int] = [:]
        var woken: [Int: Double] = [:]
        var latencies: [Double] = []
        var submitted: [String: [Double]] = [:]
        var started: [Int: Double] = [:]
        var waits: [Double] = [], runs: [Double] = []
        for i in 0..<store.count {
            switch store.kind(at: i) {
            case .loopIteration:
                loopIterations += 1
                ready.append(Double(store.other(at: i)))
            case .taskWakeup:
                woken[store.subject(at: i)] = store.time(at: i)
            case .coroResume where store.other(at: i) >= 0:
                let e = store[i]
                if names.taskOfCoroutine[e.subject] == e.other, names.tasks[e.other] != nil {
                    steps[e.other, default: 0] += 1
                    if let t = woken.removeValue(forKey: e.other) { latencies.append(e.time - t) }
                }
            case .executorSubmit:
                let e = store[i]
                submitted[e.text, default: []].append(e.time)
            case .workitemStart:
                let e = store[i]
                if var queue = submitted[e.text], !queue.isEmpty {
                    waits.append(e.time - queue.removeFirst())
                    submitted[e.text] = queue
                }
                started[e.subject] = e.time
            case .workitemEnd:
                if let t = started.removeValue(forKey: store.subject(at: i)) { runs.append(store.time(at: i) - t) }
            default:
                break
            }
        }
        readyQueue = Spread(ready)
        taskSteps = Spread(steps.values.map(Double.init))
        wakeToRun = Spread(latencies)
        workItemWait = Spread(waits)
        workItemRun = Spread(runs)
    }
}
