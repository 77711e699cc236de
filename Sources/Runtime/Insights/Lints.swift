/// Problems a run shows, found from its events alone (a log gives the same
/// findings as a live run), each with a stable id, a message, the event
/// where it shows and the scenario line.
public struct Finding: Equatable, Sendable {
    public var id: String
    public var message: String
    /// The event to jump to.
    public var position: Int
    /// The scenario line, or 0 when the events do not say.
    public var line: Int
}

public enum Lints {
    /// A convoy is a thread that computed and waited for the GIL at least a (default) switch interval each: one
    /// that only pays for a few lines of its own (a main thread submitting work) is not CPU-bound.
    static let convoyFloor = 0.005
    /// Every lint: its id and what it means (the README's table is this).
    public static let catalog: [(id: String, means: String)] = [
        ("blocking-loop", "a callback or task step ran longer than the slow-callback threshold: nothing else on the loop could run"),
        ("never-awaited", "a coroutine was created and never awaited or made a task: its body never ran"),
        ("task-not-referenced", "a task was created and its only reference thrown away: CPython's loop holds tasks weakly, so it can be garbage-collected mid-flight"),
        ("exception-never-retrieved", "a task or future failed and nobody asked for its exception"),
        ("lock-across-await", "a task held an asyncio lock while it gave control back to the loop"),
        ("pool-saturated", "work items waited in their pool's queue longer than they ran: the pool is too small for the load"),
        ("pickle-exceeds-work", "a process pool spent longer pickling than computing: the work is too small to ship to a process"),
        ("gil-convoy", "a CPU-bound thread waited longer for the GIL than it ran: threads do not speed this up"),
        ("deadlock", "every task or thread waited on another and nothing could wake them"),
        ("uncaught-exception",
         "the run ended on an exception nobody caught: the finding names it, the task it was raised in and the line"),
        ("thread-exception",
         "an exception ended a thread: CPython prints it on stderr and the program goes on without that thread's work"),
        ("limit-reached", "a limit (`--max-steps`, `--max-time`, …) stopped the run before it finished"),
    ]

    public static func findings(timeline: Timeline, names: EventNames, source: SourceFile? = nil, slowCallback: Double = 0.1) -> [Finding] {
        let store = timeline.store
        var out: [Finding] = []
        let file = source?.path ?? ""
        let discarded = source.map { DiscardedTasks.lines(in: $0) } ?? []
        var handleStart: (index: Int, time: Double, task: Int?)?
        var blockingCall: (what: String, line: Int)?
        var lastSiteLine = 0
        var currentTask: Int?
        var held: [Int: Int] = [:]
        var reportedLocks: Set<[Int]> = []
        var submitted: [String: [Double]] = [:]
        var started: [Int: (time: Double, index: Int, wait: Double, label: String)] = [:]
        var worstQueue: (wait: Double, run: Double, index: Int, label: String)?
        var pickling = 0.0, processWork = 0.0, firstPickle = -1
        var laneLine: [Int: Int] = [:]
        for i in 0..<store.count {
            let kind = store.kind(at: i)
            switch kind {
            case .handleRunBegin:
                handleStart = (i, store.time(at: i), nil)
                blockingCall = nil
            case .taskCreate where discarded.contains(store[i].index):
                let e = store[i]
                out.append(Finding(id: "task-not-referenced", message: "\(e.text) is created and not kept: keep a reference (a set of tasks, a TaskGroup) until it is done", position: i, line: e.index))
            case .coroResume where store.other(at: i) >= 0:
                currentTask = store.other(at: i)
                if handleStart?.task == nil { handleStart?.task = currentTask }
            case .coroSuspend:
                let e = store[i]
                if let site = names.site(ofCoroutine: e.subject, e.index), let line = lineNumber(site) { lastSiteLine = line }
                if let task = currentTask, names.taskOfCoroutine[e.subject] == task, e.other < 0 || names.codeOfCoroutine[e.other] == nil {
                    for (lock, owner) in held.sorted(by: { $0.key < $1.key }) where owner == task && !reportedLocks.contains([lock, task]) {
                        reportedLocks.insert([lock, task])
                        out.append(Finding(id: "lock-across-await", message: "\(names.tasks[task] ?? "a task") holds \(names.sync[lock] ?? "a lock") across an await (other tasks wanting it wait the whole time)", position: i, line: lastSiteLine))
                    }
                }
            case .threadState:
                let e = store[i]
                if e.other > 0 && laneLine[e.subject] == nil { laneLine[e.subject] = e.other }
                guard e.subject == 0 && handleStart != nil else { break }
                if e.text == "blocked:sleep" { blockingCall = ("time.sleep", e.other) }
                if e.text == "blocked:io" { blockingCall = ("sim.io", e.other) }
            case .handleRunEnd:
                if let start = handleStart, store.time(at: i) - start.time > slowCallback {
                    let took = store.time(at: i) - start.time
                    let what = blockingCall?.what ?? "sim.cpu or a long computation"
                    let who = start.task.flatMap { names.tasks[$0] }.map { "a step of \($0)" } ?? "a callback"
                    out.append(Finding(id: "blocking-loop", message: String(format: "%@ blocked the event loop for %.3f s (%@): every other task and timer waited", who, took, what),
                                       position: start.index, line: blockingCall?.line ?? lastSiteLine))
                }
                handleStart = nil
                currentTask = nil
            case .lockAcquire:
                if let task = currentTask { held[store.subject(at: i)] = task }
            case .lockRelease:
                held[store.subject(at: i)] = nil
            case .stderr:
                let text = store[i].text
                if text.contains("was never awaited"), let name = quoted(text) {
                    out.append(Finding(id: "never-awaited", message: "coroutine '\(name)' was created and never awaited", position: i, line: warningLine(text)))
                }
                if text.contains("exception was never retrieved") {
                    let what = text.split(separator: "\n").first.map(String.init) ?? text
                    out.append(Finding(id: "exception-never-retrieved", message: what.replacingOccurrences(of: " was never retrieved", with: " was raised and never retrieved"), position: i, line: RunEnding.tracebackLine(text, file: file)))
                }
                if let finding = threadException(text, position: i, file: file) { out.append(finding) }
            case .executorSubmit:
                submitted[store[i].text, default: []].append(store.time(at: i))
            case .workitemStart:
                let e = store[i]
                var wait = 0.0
                if var queue = submitted[e.text], !queue.isEmpty {
                    wait = e.time - queue.removeFirst()
                    submitted[e.text] = queue
                }
                started[e.subject] = (e.time, i, wait, e.text)
            case .workitemEnd:
                let subject = store.subject(at: i)
                if let s = started.removeValue(forKey: subject) {
                    let run = store.time(at: i) - s.time
                    if s.wait > run && s.wait - run > (worstQueue.map { $0.wait - $0.run } ?? 0) { worstQueue = (s.wait, run, s.index, s.label) }
                    if names.threads[subject].map({ $0.hasPrefix("ForkProcess") }) ?? false { processWork += run }
                }
            case .pickle:
                if let cost = store[i].when { pickling += cost }
                if firstPickle < 0 { firstPickle = i }
            case .runEnd:
                let e = store[i]
                if e.text == "deadlock" {
                    let report = (0..<i).reversed().lazy.filter { store.kind(at: $0) == .stderr }.map { store[$0].text }.first { $0.contains("deadlock at t=") } ?? ""
                    let waits = report.split(separator: "\n").filter { $0.contains(" waits at ") }.map { $0.trimmingCharacters(in: .whitespaces) }
                    out.append(Finding(id: "deadlock", message: waits.joined(separator: "; "), position: i, line: waits.first.flatMap { lineNumber(String($0)) } ?? 0))
                }
            default:
                break
            }
        }
        if let q = worstQueue {
            out.append(Finding(id: "pool-saturated", message: String(format: "%@ waited %.3f s in its pool's queue and ran %.3f s: more workers (or fewer items at once) would help", q.label, q.wait, q.run), position: q.index, line: 0))
        }
        if firstPickle >= 0 && pickling > processWork {
            out.append(Finding(id: "pickle-exceeds-work", message: String(format: "pickling took %.4f s in all, the work in worker processes %.4f s: the items are too small for a process pool", pickling, processWork), position: max(0, firstPickle), line: 0))
        }
        out += ending(RunEnding(store: store, names: names, file: source?.path ?? ""))
        let stats = RunStats(timeline: timeline, names: names)
        for (id, name) in names.threads.sorted(by: { $0.key < $1.key }) {
            guard let lane = stats.lanes.first(where: { $0.name == name }), lane.running >= convoyFloor,
                  lane.wantsGIL > lane.running else { continue }
            let first = (0..<store.count).first { store.kind(at: $0) == .gilRequest && store.subject(at: $0) == id } ?? 0
            out.append(Finding(id: "gil-convoy", message: String(format: "%@ waited %.3f s for the GIL and ran %.3f s: CPU-bound work on threads is serialised by the GIL (use processes)", name, lane.wantsGIL, lane.running), position: first, line: laneLine[id] ?? 0))
        }
        return out.sorted { $0.position < $1.position }
    }

    /// An uncaught exception or a limit that ended the run (a deadlock is found from its report above).
    static func ending(_ end: RunEnding) -> [Finding] {
        switch end.kind {
        case .exception where !end.message.hasPrefix("SystemExit"):
            let what = end.message.split(separator: "\n").first.map(String.init) ?? end.message
            let raised = end.task.map { " raised in \($0)" } ?? ""
            let message = "\(what)\(raised) was never caught: the run ended with exit status \(end.status)"
            return [Finding(id: "uncaught-exception", message: message, position: end.position, line: end.line)]
        case .limit(let flag):
            let why = end.message.hasPrefix("stopped: ") ? String(end.message.dropFirst(9)) : end.message
            let message = "\(flag) stopped the run before it finished: \(why)"
            return [Finding(id: "limit-reached", message: message, position: end.position, line: 0)]
        default:
            return []
        }
    }

    /// `Exception in thread NAME:` and its traceback on stderr (what `threading.excepthook` writes), as a finding.
    static func threadException(_ text: String, position: Int, file: String) -> Finding? {
        let prefix = "Exception in thread "
        guard text.hasPrefix(prefix), let colon = text.range(of: ":\n") else { return nil }
        let thread = text[text.index(text.startIndex, offsetBy: prefix.count)..<colon.lowerBound]
        let exception = text.split(separator: "\n").last { !$0.hasPrefix(" ") && !$0.isEmpty }.map(String.init) ?? ""
        let message = "\(exception) ended \(thread): the program went on without its work and still exits 0"
        return Finding(id: "thread-exception", message: message, position: position,
                       line: RunEnding.tracebackLine(text, file: file))
    }

    /// `line 12 'await x'` or `file.py:12 'await x'` → 12.
    static func lineNumber(_ site: String) -> Int? {
        if site.hasPrefix("line "), let n = Int(site.dropFirst(5).prefix { $0.isNumber }) { return n }
        guard let colon = site.firstIndex(of: ":") else { return nil }
        return Int(site[site.index(after: colon)...].prefix { $0.isNumber })
    }

    static func quoted(_ text: String) -> String? {
        guard let a = text.firstIndex(of: "'"), let b = text[text.index(after: a)...].firstIndex(of: "'") else { return nil }
        return String(text[text.index(after: a)..<b])
    }

    /// `path:12: RuntimeWarning: …` → 12 (0 for `sys:1`).
    static func warningLine(_ text: String) -> Int {
        guard !text.hasPrefix("sys:"), let first = text.split(separator: ":").dropFirst().first else { return 0 }
        return Int(first) ?? 0
    }
}
