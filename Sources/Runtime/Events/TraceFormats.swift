/// Turns a run's events into the formats `asyncviz trace` writes: readable
/// text, JSON Lines, and Chrome's Trace Event Format (for Perfetto).
public struct TraceFormats {
    public let store: EventStore
    public let source: SourceFile

    public init(store: EventStore, source: SourceFile) {
        self.store = store
        self.source = source
    }

    // MARK: text

    /// One aligned line per event: seq, virtual time, actor, kind, details (with the source line of an await);
    /// names and text from the scenario are escaped (`TerminalText`), so the text is safe on a terminal.
    public func text() -> String {
        var names = EventNames()
        var out = pad("seq", 8, right: true) + "  " + pad("time", 12, right: true) + "  " + pad("actor", 14) + "  " + pad("kind", 24) + "  details\n"
        for i in 0..<store.count {
            let e = store[i]
            names.learn(e)
            out += pad(String(i), 8, right: true) + "  " + pad(String(format6(e.time)), 12, right: true) + "  "
            out += pad(TerminalText.escaped(names.actor(e)), 14) + "  " + pad(e.kind.rawValue, 24) + "  "
            out += TerminalText.escaped(details(e, names)) + "\n"
        }
        return out
    }

    private func details(_ e: RuntimeEvent, _ names: EventNames) -> String {
        var parts: [String] = []
        if e.subject >= 0 { parts.append("#\(e.subject)") }
        switch e.kind {
        case .coroSuspend, .coroResume:
            if e.other >= 0 { parts.append(e.kind == .coroSuspend ? "awaits #\(e.other)" : "in \(names.tasks[e.other] ?? "#\(e.other)")") }
            if e.index >= 0, let code = names.codeOfCoroutine[e.subject], let sites = names.sites[code], e.index < sites.count {
                let site = sites[e.index]
                let place = names.library.contains(code) ? "in asyncio" : "line \(site.line)"
                parts.append("site \(e.index): \(place) '\(site.text)'")
            }
        case .stdout, .stderr:
            parts.append(Repr.repr(.str(e.text)))
            return parts.joined(separator: " ")
        default:
            if e.other >= 0 { parts.append("other #\(e.other)") }
            if e.index >= 0 { parts.append("index \(e.index)") }
        }
        if let when = e.when { parts.append("when \(FloatRepr.repr(when))") }
        if !e.text.isEmpty && e.kind != .coroSuspend { parts.append(e.text) }
        if e.kind == .codeAwait || e.kind == .codeFunction {
            let line = e.kind == .codeAwait ? e.other : e.index
            if names.library.contains(e.subject) {
                parts.append("(asyncio's own code)")
            } else {
                parts.append("(\(source.path):\(line): \(source.line(line).trimmingPythonWhitespace()))")
            }
        }
        return parts.joined(separator: " ")
    }

    // MARK: jsonl

    public func jsonLines() -> String {
        (0..<store.count).map { EventLine.encode(store[$0], seq: $0) + "\n" }.joined()
    }

    // MARK: chrome

    /// The Trace Event Format: metadata naming the process and threads (one lane per task),
    /// slices for handle runs and task steps, instants, flows from a future's completion
    /// to the step it wakes, and counters for the ready queue and GIL waiters.
    public func chrome() -> String {
        var names = EventNames()
        var events: [String] = []
        var stepStart: [Int: Double] = [:]
        let pid = 1, mainTid = 1
        func us(_ t: Double) -> String { FloatRepr.repr((t * 1e6).rounded() / 1) }
        func obj(_ pairs: [(String, String)]) -> String { "{" + pairs.map { JSON.quote($0.0) + ":" + $0.1 }.joined(separator: ",") + "}" }
        func meta(_ name: String, tid: Int, value: String) {
            events.append(obj([("ph", "\"M\""), ("name", JSON.quote(name)), ("pid", "\(pid)"), ("tid", "\(tid)"), ("args", obj([("name", JSON.quote(value))]))]))
        }
        func slice(_ name: String, category: String, tid: Int, from start: Double, to end: Double) {
            events.append(obj([("ph", "\"X\""), ("name", JSON.quote(name)), ("cat", JSON.quote(category)), ("pid", "\(pid)"), ("tid", "\(tid)"), ("ts", us(start)), ("dur", us(end - start))]))
        }
        func taskStep(_ task: Int, endingAt end: Double) {
            guard let start = stepStart.removeValue(forKey: task) else { return }
            slice((names.tasks[task] ?? "task") + " step", category: "task", tid: 1000 + task, from: start, to: end)
        }
        func flowStart(_ future: Int, at ts: String) {
            events.append(obj([("ph", "\"s\""), ("id", "\(future)"), ("name", "\"wakeup\""), ("cat", "\"future\""), ("pid", "\(pid)"), ("tid", "\(mainTid)"), ("ts", ts)]))
        }
        meta("process_name", tid: mainTid, value: "MainProcess")
        meta("thread_name", tid: mainTid, value: "MainThread")
        events.append(obj([("ph", "\"C\""), ("name", "\"GIL waiters\""), ("pid", "\(pid)"), ("ts", "0"), ("args", obj([("waiters", "0")]))]))
        var runBegin: [Int: (Double, String)] = [:]
        var handleNames: [Int: String] = [:]
        for i in 0..<store.count {
            let e = store[i]
            names.learn(e)
            let ts = us(e.time)
            switch e.kind {
            case .taskCreate:
                meta("thread_name", tid: 1000 + e.subject, value: e.text)
                events.append(obj([("ph", "\"i\""), ("s", "\"t\""), ("name", JSON.quote("create " + e.text)), ("pid", "\(pid)"), ("tid", "\(1000 + e.subject)"), ("ts", ts)]))
            case .handleSchedule:
                handleNames[e.subject] = e.text
            case .handleRunBegin:
                runBegin[e.subject] = (e.time, handleNames[e.subject] ?? "handle")
            case .handleRunEnd:
                if let (start, name) = runBegin.removeValue(forKey: e.subject) {
                    slice(name, category: "handle", tid: mainTid, from: start, to: e.time)
                }
                handleNames[e.subject] = nil
            case .coroResume:
                if let task = names.taskOfCoroutine[e.subject], names.tasks[task] != nil, stepStart[task] == nil { stepStart[task] = e.time }
            case .coroSuspend where names.codeOfCoroutine[e.other] == nil:
                if let task = names.taskOfCoroutine[e.subject] { taskStep(task, endingAt: e.time) }
            case .taskDone:
                taskStep(e.subject, endingAt: e.time)
                flowStart(e.subject, at: ts)
            case .futureState:
                flowStart(e.subject, at: ts)
            case .taskWakeup:
                events.append(obj([("ph", "\"f\""), ("bp", "\"e\""), ("id", "\(e.other)"), ("name", "\"wakeup\""), ("cat", "\"future\""), ("pid", "\(pid)"), ("tid", "\(1000 + e.subject)"), ("ts", ts)]))
            case .loopIteration:
                events.append(obj([("ph", "\"C\""), ("name", "\"ready queue\""), ("pid", "\(pid)"), ("ts", ts), ("args", obj([("handles", "\(e.other)")]))]))
            case .timerDue, .note, .taskCancel:
                let name = e.kind == .note ? e.text : e.kind.rawValue
                events.append(obj([("ph", "\"i\""), ("s", "\"t\""), ("name", JSON.quote(name)), ("pid", "\(pid)"), ("tid", "\(mainTid)"), ("ts", ts)]))
            default:
                break
            }
        }
        return "{\"displayTimeUnit\":\"ms\",\"traceEvents\":[\n" + events.joined(separator: ",\n") + "\n]}\n"
    }

    private func format6(_ t: Double) -> String {
        let micro = (t * 1_000_000).rounded()
        let whole = Int(micro) / 1_000_000, frac = Int(micro) % 1_000_000
        let f = String(frac)
        return "\(whole).\(String(repeating: "0", count: 6 - f.count))\(f)"
    }

    private func pad(_ s: String, _ width: Int, right: Bool = false) -> String {
        TerminalText.pad(s, to: width, right: right)
    }
}
