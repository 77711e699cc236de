/// How a run ended, read from its events alone (so a log says the same as a live run): its exit status and
/// why — fine, an uncaught exception (and the task it was raised in), a deadlock, a limit that stopped it, or
/// a log that stops before the run did. The viewer's header, `stats` and `lint` all say it from here.
public struct RunEnding: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// Exit status 0.
        case ok
        /// An uncaught exception (or a `SystemExit` with a non-zero code) ended the run.
        case exception
        case deadlock
        /// A limit stopped the run; `flag` raises it (`--max-steps`, `--max-time`, …).
        case limit(flag: String)
        /// Stopped for another reason: a signal, something asyncviz declines at run time.
        case stopped
        /// The events stop before the run's `run.end` (a log cut short).
        case unfinished
    }

    public var kind: Kind
    public var status: Int
    /// The `run.end` text: `ValueError: boom`, `deadlock`, `stopped: …`; empty when the run ended well.
    public var message: String
    /// The task an uncaught exception was raised in, when it was raised in one.
    public var task: String?
    /// The event to go to: where the exception was raised, else the ending itself.
    public var position: Int
    /// The scenario line the ending points at (a traceback's innermost frame in the scenario), or 0.
    public var line: Int

    /// Reads the ending of `store`; `file` is the scenario's path, to find its frames in a traceback.
    public init(store: EventStore, names: EventNames, file: String) {
        let last = store.count - 1
        guard last >= 0, store.kind(at: last) == .runEnd else {
            self.init(kind: .unfinished, status: 0, message: "", task: nil, position: max(0, last), line: 0)
            return
        }
        let end = store[last]
        if end.index == 0 {
            self.init(kind: .ok, status: 0, message: end.text, task: nil, position: last, line: 0)
        } else if end.text == "deadlock" {
            self.init(kind: .deadlock, status: end.index, message: end.text, task: nil, position: last, line: 0)
        } else if let flag = RunEnding.limitFlag(end.text) {
            self.init(kind: .limit(flag: flag), status: end.index, message: end.text, task: nil, position: last,
                      line: 0)
        } else if end.text.hasPrefix("stopped: ") || end.text.contains(": asyncviz: unsupported: ") {
            self.init(kind: .stopped, status: end.index, message: end.text, task: nil, position: last, line: 0)
        } else {
            // Where it was raised: the first task step that raised this very exception.
            let raised = (0..<last).first { store.kind(at: $0) == .coroRaise && store[$0].text == end.text }
            let task = raised.flatMap { names.taskOfCoroutine[store.subject(at: $0)] }.flatMap { names.tasks[$0] }
            let line = RunEnding.tracebackLine(store: store, file: file)
            self.init(kind: .exception, status: end.index, message: end.text, task: task, position: raised ?? last,
                      line: line)
        }
    }

    public init(kind: Kind, status: Int, message: String, task: String?, position: Int, line: Int) {
        self.kind = kind
        self.status = status
        self.message = message
        self.task = task
        self.position = position
        self.line = line
    }

    /// Whether the run ended with status 0.
    public var isOK: Bool { kind == .ok }

    /// One line: `ok (exit 0)`, `ValueError: boom in Task-2 (exit 1)`, `deadlock (exit 1)`,
    /// `stopped by --max-steps (exit 1)`, `the log ends before the run did`.
    public var summary: String {
        let exit = " (exit \(status))"
        switch kind {
        case .ok: return "ok" + exit
        case .exception:
            let first = message.split(separator: "\n").first.map(String.init) ?? "an exception"
            return first + (task.map { " in \($0)" } ?? "") + exit
        case .deadlock: return "deadlock" + exit
        case .limit(let flag): return "stopped by \(flag)" + exit
        case .stopped:
            return (message.hasPrefix("stopped: ") ? message : "stopped: " + message) + exit
        case .unfinished: return "the log ends before the run did"
        }
    }

    /// `stopped: … (raise the limit with --max-steps)` → `--max-steps`.
    static func limitFlag(_ message: String) -> String? {
        guard message.hasPrefix("stopped: "), let r = message.range(of: "(raise the limit with ") else { return nil }
        let flag = message[r.upperBound...].prefix { $0 != ")" }
        return flag.hasPrefix("--") ? String(flag) : nil
    }

    /// The innermost frame in the scenario's file (any file when `file` is empty) of the run's last traceback, or 0.
    static func tracebackLine(store: EventStore, file: String) -> Int {
        var i = store.count - 1
        while i >= 0, store.kind(at: i) != .stderr { i -= 1 }
        return i >= 0 ? tracebackLine(store[i].text, file: file) : 0
    }

    /// The innermost frame in `file` (any file when `file` is empty) of the traceback `text`, or 0.
    static func tracebackLine(_ text: String, file: String) -> Int {
        let base = file.split(separator: "/").last.map(String.init) ?? file
        var found = 0
        for line in text.split(separator: "\n") {
            let parts = line.trimmingCharacters(in: .whitespaces).components(separatedBy: "\", line ")
            guard parts.count == 2, parts[0].hasPrefix("File \""),
                  base.isEmpty || parts[0].hasSuffix("/" + base) || parts[0] == "File \"" + base,
                  let n = Int(parts[1].prefix { $0.isNumber }) else { continue }
            found = n
        }
        return found
    }
}
