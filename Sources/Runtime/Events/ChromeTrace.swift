/// A whole run in Chrome's Trace Event Format (what `trace --format chrome` writes, for Perfetto):
/// a process per simulated process; per thread a track of its states (running, waiting for the GIL or a core,
/// blocked, sleeping, idle) and tracks of its work items and pickling; per process a GIL track and a counter of
/// GIL waiters; process start-up; the event loop's handles and one track per task; flows from the thread that
/// completes a future (or schedules a callback with `call_soon_threadsafe`) to the task or handle it wakes.
struct ChromeTrace {
    /// Track numbers: a thread's own track is its id + 1; its companions and the asyncio tracks sit above.
    private enum Track {
        static func thread(_ t: Int) -> Int { t + 1 }
        static func workItems(_ t: Int) -> Int { 3_000_000 + t }
        static func pickling(_ t: Int) -> Int { 5_000_000 + t }
        static func gil(_ p: Int) -> Int { 2_000_000 + p }
        static func startup(_ p: Int) -> Int { 4_000_000 + p }
        static func loop(_ t: Int) -> Int { 6_000_000 + t }
        static func task(_ t: Int) -> Int { 1_000_000 + t }
    }

    private var lines: [(ts: Double, text: String)] = []
    private var metadata: [String] = []
    private var names = EventNames()
    private var processOfThread: [Int: Int] = [0: 0]
    private var processNames: [Int: String] = [0: "MainProcess"]
    private var namedTracks: Set<String> = []
    private var openState: [Int: String] = [:]
    private var gilHolder: [Int: Int] = [:]
    private var gilWaiters: [Int: Int] = [:]
    private var workStart: [Int: (Double, String)] = [:]
    private var startupBegin: [Int: Double] = [:]
    private var startupPending: [Int: Int] = [:]
    private var runBegin: [Int: (Double, String)] = [:]
    private var handleNames: [Int: String] = [:]
    private var stepStart: [Int: Double] = [:]
    /// The thread executing now (the last one running, taking the GIL, working or pickling).
    private var current = 0
    private var loopThread = 0
    /// Where a future was completed or a handle scheduled from another thread: the start of a flow.
    private var pendingFlow: [Int: (Double, Int)] = [:]
    private var pendingHandleFlow: [Int: (Double, Int)] = [:]
    private var flowCount = 0

    static func render(_ store: EventStore) -> String {
        var trace = ChromeTrace()
        trace.nameProcess(0)
        trace.nameTrack(pid: 0, tid: Track.thread(0), "MainThread", sort: 0)
        var end = 0.0
        for i in 0..<store.count {
            trace.add(store[i])
            end = store[i].time
        }
        trace.closeAll(at: end)
        let sorted = trace.lines.enumerated()
            .sorted { ($0.element.ts, $0.offset) < ($1.element.ts, $1.offset) }
            .map(\.element.text)
        let body = (trace.metadata + sorted).joined(separator: ",\n")
        return "{\"displayTimeUnit\":\"ms\",\"traceEvents\":[\n" + body + "\n]}\n"
    }

    // MARK: writing

    private static func us(_ t: Double) -> String { FloatRepr.repr((t * 1e6).rounded()) }

    private static func object(_ pairs: [(String, String)]) -> String {
        "{" + pairs.map { JSON.quote($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }

    private mutating func emit(_ ph: String, _ name: String, pid: Int, tid: Int, at t: Double,
                               _ extra: [(String, String)] = []) {
        let pairs = [("ph", JSON.quote(ph)), ("name", JSON.quote(name)), ("pid", "\(pid + 1)"), ("tid", "\(tid)"),
                     ("ts", ChromeTrace.us(t))]
        lines.append((t, ChromeTrace.object(pairs + extra)))
    }

    private mutating func slice(_ name: String, category: String, pid: Int, tid: Int,
                                from start: Double, to end: Double, args: String? = nil) {
        var extra = [("cat", JSON.quote(category)), ("dur", ChromeTrace.us(end - start))]
        if let args { extra.append(("args", ChromeTrace.object([("detail", JSON.quote(args))]))) }
        emit("X", name, pid: pid, tid: tid, at: start, extra)
    }

    private mutating func nameProcess(_ process: Int) {
        let name = processNames[process] ?? "process \(process)"
        metadata.append(ChromeTrace.object([("ph", "\"M\""), ("name", "\"process_name\""), ("pid", "\(process + 1)"),
                                            ("tid", "0"), ("args", ChromeTrace.object([("name", JSON.quote(name))]))]))
    }

    private mutating func nameTrack(pid: Int, tid: Int, _ name: String, sort: Int) {
        guard namedTracks.insert("\(pid)/\(tid)").inserted else { return }
        for (key, value) in [("thread_name", JSON.quote(name)), ("thread_sort_index", "\(sort)")] {
            let args = ChromeTrace.object([(key == "thread_name" ? "name" : "sort_index", value)])
            metadata.append(ChromeTrace.object([("ph", "\"M\""), ("name", JSON.quote(key)), ("pid", "\(pid + 1)"),
                                                ("tid", "\(tid)"), ("args", args)]))
        }
    }

    private func threadName(_ t: Int) -> String { names.threads[t] ?? "thread \(t)" }
    private func process(of t: Int) -> Int { processOfThread[t] ?? 0 }

    /// A companion track of thread `t` (its work items, its pickling, its event loop), named on first use.
    private mutating func companion(_ tid: Int, of t: Int, _ what: String) -> Int {
        nameTrack(pid: process(of: t), tid: tid, "\(threadName(t)) · \(what)", sort: 3 * t + 2)
        return tid
    }

    // MARK: events

    private mutating func add(_ e: RuntimeEvent) {
        names.learn(e)
        switch e.kind {
        case .processStart:
            processNames[e.subject] = e.text
            nameProcess(e.subject)
            startupBegin[e.subject] = e.time
        case .threadStart:
            processOfThread[e.subject] = max(0, e.other)
            nameTrack(pid: process(of: e.subject), tid: Track.thread(e.subject), e.text, sort: 3 * e.subject)
            if startupBegin[max(0, e.other)] != nil, startupPending.values.contains(max(0, e.other)) == false {
                startupPending[e.subject] = max(0, e.other)
            }
        case .threadState:
            threadState(e)
        case .threadExit:
            closeState(e.subject, at: e.time)
        case .gilRequest:
            gilWaiters[max(0, e.other), default: 0] += 1
            gilCounter(max(0, e.other), at: e.time)
        case .gilTake:
            let p = max(0, e.other)
            current = e.subject
            gilWaiters[p] = max(0, (gilWaiters[p] ?? 0) - 1)
            gilCounter(p, at: e.time)
            nameTrack(pid: p, tid: Track.gil(p), "GIL", sort: -1)
            emit("B", "held by " + threadName(e.subject), pid: p, tid: Track.gil(p), at: e.time, [("cat", "\"gil\"")])
            gilHolder[p] = e.subject
        case .gilDrop:
            let p = max(0, e.other)
            if gilHolder.removeValue(forKey: p) != nil {
                let why = ChromeTrace.object([("why", JSON.quote(e.text))])
                emit("E", "", pid: p, tid: Track.gil(p), at: e.time, [("args", why)])
            }
        case .workitemStart:
            current = e.subject
            workStart[e.subject] = (e.time, e.text)
        case .workitemEnd:
            current = e.subject
            if let (start, label) = workStart.removeValue(forKey: e.subject) {
                let tid = companion(Track.workItems(e.subject), of: e.subject, "work items")
                slice(label, category: "workitem", pid: process(of: e.subject), tid: tid, from: start, to: e.time,
                      args: e.text)
            }
        case .executorSubmit, .executorCreate, .executorShutdown:
            current = e.subject
        case .pickle:
            current = e.subject
            let tid = companion(Track.pickling(e.subject), of: e.subject, "pickling")
            slice("pickle \(e.text) (\(max(0, e.index)) bytes)", category: "pickle", pid: process(of: e.subject),
                  tid: tid, from: e.time, to: e.time + max(0, e.when ?? 0))
        default:
            asyncio(e)
        }
    }

    private mutating func threadState(_ e: RuntimeEvent) {
        let t = e.subject
        let name: String
        switch e.text {
        case "running": name = "running"
        case "starting": name = "starting the process"
        case "wants-gil": name = "waiting for the GIL"
        case "wants-cpu": name = "waiting for a core"
        case "blocked:sleep": name = "sleeping"
        case "blocked:io": name = "in I/O"
        case "idle": name = "idle in the selector"
        case "done": closeState(t, at: e.time); return
        default: name = e.text.hasPrefix("blocked:") ? "blocked on " + e.text.dropFirst(8) : e.text
        }
        if name == "running" {
            current = t
            if let p = startupPending.removeValue(forKey: t), let start = startupBegin.removeValue(forKey: p) {
                nameTrack(pid: p, tid: Track.startup(p), "start-up", sort: -2)
                slice("process start-up", category: "process", pid: p, tid: Track.startup(p), from: start, to: e.time)
            }
        }
        guard openState[t] != name else { return }
        closeState(t, at: e.time)
        nameTrack(pid: process(of: t), tid: Track.thread(t), threadName(t), sort: 3 * t)
        emit("B", name, pid: process(of: t), tid: Track.thread(t), at: e.time, [("cat", "\"thread\"")])
        openState[t] = name
    }

    private mutating func closeState(_ t: Int, at time: Double) {
        guard openState.removeValue(forKey: t) != nil else { return }
        emit("E", "", pid: process(of: t), tid: Track.thread(t), at: time)
    }

    private mutating func gilCounter(_ p: Int, at time: Double) {
        let waiters = ChromeTrace.object([("waiters", "\(gilWaiters[p] ?? 0)")])
        emit("C", "GIL waiters", pid: p, tid: 0, at: time, [("args", waiters)])
    }

    private mutating func flow(from start: (Double, Int), toTrack tid: Int, pid: Int, at time: Double) {
        flowCount += 1
        let (t0, thread) = start
        let id = ("id", "\(flowCount)"), category = ("cat", "\"wakeup\"")
        emit("s", "wakeup", pid: process(of: thread), tid: Track.thread(thread), at: t0, [id, category])
        emit("f", "wakeup", pid: pid, tid: tid, at: time, [id, category, ("bp", "\"e\"")])
    }

    private mutating func asyncio(_ e: RuntimeEvent) {
        let pid = process(of: loopThread)
        switch e.kind {
        case .loopCreate:
            loopThread = current
        case .taskCreate:
            nameTrack(pid: process(of: loopThread), tid: Track.task(e.subject), e.text, sort: 1_000_000 + e.subject)
            emit("i", "create " + e.text, pid: pid, tid: Track.task(e.subject), at: e.time, [("s", "\"t\"")])
        case .handleSchedule:
            handleNames[e.subject] = e.text
            if current != loopThread { pendingHandleFlow[e.subject] = (e.time, current) }
        case .handleRunBegin:
            runBegin[e.subject] = (e.time, handleNames[e.subject] ?? "handle")
            if let start = pendingHandleFlow.removeValue(forKey: e.subject) {
                let tid = companion(Track.loop(loopThread), of: loopThread, "event loop")
                flow(from: start, toTrack: tid, pid: pid, at: e.time)
            }
        case .handleRunEnd:
            if let (start, name) = runBegin.removeValue(forKey: e.subject) {
                let tid = companion(Track.loop(loopThread), of: loopThread, "event loop")
                slice(name, category: "handle", pid: pid, tid: tid, from: start, to: e.time)
            }
            handleNames[e.subject] = nil
        case .coroResume:
            if let task = names.taskOfCoroutine[e.subject], names.tasks[task] != nil, stepStart[task] == nil {
                stepStart[task] = e.time
            }
        case .coroSuspend where names.codeOfCoroutine[e.other] == nil:
            if let task = names.taskOfCoroutine[e.subject] { taskStep(task, endingAt: e.time) }
        case .taskDone:
            taskStep(e.subject, endingAt: e.time)
            pendingFlow[e.subject] = (e.time, current)
        case .futureState:
            pendingFlow[e.subject] = (e.time, current)
        case .taskWakeup:
            if let start = pendingFlow[e.other] {
                flow(from: start, toTrack: Track.task(e.subject), pid: pid, at: e.time)
            }
        case .loopIteration:
            let handles = ChromeTrace.object([("handles", "\(max(0, e.other))")])
            emit("C", "ready queue", pid: pid, tid: 0, at: e.time, [("args", handles)])
        case .timerDue, .note, .taskCancel:
            let tid = companion(Track.loop(loopThread), of: loopThread, "event loop")
            emit("i", e.kind == .note ? e.text : e.kind.rawValue, pid: pid, tid: tid, at: e.time, [("s", "\"t\"")])
        default:
            break
        }
    }

    private mutating func taskStep(_ task: Int, endingAt end: Double) {
        guard let start = stepStart.removeValue(forKey: task) else { return }
        slice((names.tasks[task] ?? "task") + " step", category: "task", pid: process(of: loopThread),
              tid: Track.task(task), from: start, to: end)
    }

    /// Ends every slice still open when the run ends.
    private mutating func closeAll(at end: Double) {
        for t in openState.keys.sorted() { closeState(t, at: end) }
        for p in gilHolder.keys.sorted() {
            gilHolder[p] = nil
            emit("E", "", pid: p, tid: Track.gil(p), at: end)
        }
    }
}
