/// Where CPython would wait forever (nothing ready, no timer, nothing else
/// that could wake the loop): asyncviz stops and says who waits on what.
struct Deadlock: Error {
    let time: Double
    /// The loop's unfinished tasks in creation order, taken when the loop found it could not go on.
    let waiting: [PyTask]

    init(loop: EventLoop) {
        time = loop.vm.clock
        waiting = loop.tasks.filter { !$0.isDone }
    }

    /// The report, in the same words as the harness in `Tools/python/sim.py`.
    func report(source: SourceFile) -> String {
        var lines = ["asyncviz: deadlock at t=\(FloatRepr.repr(time)): no task is ready, no timer is pending and no thread can wake the loop"]
        for task in waiting {
            lines.append("  \(TerminalText.escaped(task.name)) waits at \(Deadlock.site(of: task, source: source)) on \(Deadlock.describe(task.futureWaiter))")
        }
        lines.append("DeadlockError: every task waits and nothing can wake them (CPython would hang here forever)")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `file:line 'await text'` of the innermost scenario frame the task is suspended in.
    static func site(of task: PyTask, source: SourceFile) -> String {
        let frames = task.fiber.frames
        for (k, frame) in frames.enumerated().reversed() where !LibraryCode.isLibrary(frame.code) {
            // The innermost frame stopped at its await; an outer one is just past the await that called inward.
            guard let index = frame.code.awaitSite(atInstruction: k == frames.count - 1 ? frame.ip : frame.ip - 1) else { continue }
            let site = frame.code.awaitSites[index]
            let file = source.path.split(separator: "/").last.map(String.init) ?? source.path
            return "\(file):\(site.line) '\(site.text)'"
        }
        return "?"
    }

    static func describe(_ awaited: PyFuture?) -> String {
        switch awaited {
        case nil: return "nothing"
        case let task as PyTask: return TerminalText.escaped(task.name)
        case let gathering as GatheringFuture: return "gather(" + gathering.children.map { describe($0) }.joined(separator: ", ") + ")"
        default: return "a Future nobody resolves"
        }
    }
}
