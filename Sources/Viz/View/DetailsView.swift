import Runtime

/// What `enter` shows for the focused panel's selection: a thread, a task and
/// its coroutine, a ready handle, the current event in full, the source line,
/// or the output so far — a pure function of the state and the snapshot.
enum DetailsView {
    static func lines(state: ViewerState, run: RunData, snapshot: Snapshot) -> (title: String, lines: [String]) {
        switch state.focus {
        case .workers:
            return lane(state, snapshot)
        case .loop:
            return run.hasEventLoop ? handle(state, snapshot, scenarioPath: run.source.path) : lane(state, snapshot)
        case .tasks:
            return run.hasEventLoop ? task(state, run, snapshot) : machine(snapshot)
        case .source:
            let line = SourceView.currentLine(state: state, run: run, snapshot: snapshot)
            let text = line >= 1 && line <= run.source.lines.count ? run.source.lines[line - 1] : ""
            return ("Line \(line)", [text.trimmingCharacters(in: .whitespaces)])
        case .events:
            return event(state, run)
        case .output:
            let text = run.timeline.output(upTo: state.position + 1)
            let count = text.split(separator: "\n", omittingEmptySubsequences: false).count - (text.hasSuffix("\n") || text.isEmpty ? 1 : 0)
            return ("Output", ["\(count) lines, \(text.utf8.count) bytes so far", "(the Output panel scrolls with j/k when focused)"])
        }
    }

    static func lane(_ state: ViewerState, _ snapshot: Snapshot) -> (String, [String]) {
        guard let lane = snapshot.lanes.first(where: { $0.id == state.selectedLane }) ?? snapshot.lanes.first else { return ("Thread", ["no thread"]) }
        var lines = ["process    \(lane.process)", "state      \(ThreadsView.describe(lane.state))", "GIL        \(lane.holdsGIL ? "holds it" : "does not hold it")"]
        if lane.line > 0 { lines.append("at line    \(lane.line)") }
        lines.append("work item  \(lane.work ?? "none")")
        lines.append("items done \(lane.itemsDone)")
        return (lane.name, lines)
    }

    static func handle(_ state: ViewerState, _ snapshot: Snapshot, scenarioPath: String) -> (String, [String]) {
        guard let loop = snapshot.loop, !loop.ready.isEmpty else { return ("Ready queue", ["(empty)"]) }
        let k = min(state.selectedReady, loop.ready.count - 1)
        let info = snapshot.handles[loop.ready[k]]
        let label = info.map { ReadyEntryLabel($0, snapshot: snapshot, scenarioPath: scenarioPath) }
        return ("Ready handle \(k + 1) of \(loop.ready.count)", [
            label?.action ?? "?", "from       \(label?.origin ?? "?")", "defined at \(label?.location ?? "-")",
            "runs in this iteration's order; handles added now run in the next",
        ])
    }

    static func task(_ state: ViewerState, _ run: RunData, _ snapshot: Snapshot) -> (String, [String]) {
        guard let id = CoroutinesView.selectedTask(state: state, snapshot: snapshot), let task = snapshot.tasks[id],
              let coroutine = snapshot.coroutines[task.coroutine] else { return ("Task", ["no task selected"]) }
        let call = coroutine.call.isEmpty ? coroutine.name + "()" : coroutine.call
        var lines = ["coroutine  \(call)", "task state \(task.state)\(task.cancelRequested ? " (cancel requested)" : "")"]
        switch coroutine.state {
        case .suspended(let site):
            lines.append("suspended  \(run.names.site(ofCoroutine: task.coroutine, site) ?? "at await \(site)")")
        case .running: lines.append("running now")
        case .created: lines.append("not started")
        case .returned, .raised, .cancelled: lines.append("finished")
        }
        if let awaited = coroutine.awaiting {
            let what = snapshot.tasks[awaited]?.name ?? snapshot.futures[awaited].map { "a \($0.type) (\($0.state))" } ?? snapshot.coroutines[awaited].map { "\($0.name)()" } ?? "#\(awaited)"
            lines.append("awaiting   \(what)")
        }
        lines.append("states     " + CoroutinesView.machine(coroutine, snapshot: snapshot, glyphs: .unicode))
        return (task.name, lines)
    }

    static func machine(_ snapshot: Snapshot) -> (String, [String]) {
        let w = snapshot.workItems
        return ("Machine", ["processes  \(snapshot.processes.count)", "threads    \(snapshot.lanes.count) (\(snapshot.lanes.filter { $0.state != .done }.count) alive)",
                            "pools      \(w.executors.isEmpty ? "none" : w.executors.joined(separator: ", "))",
                            "work items \(w.submitted) submitted, \(w.started) started, \(w.finished) done"])
    }

    static func event(_ state: ViewerState, _ run: RunData) -> (String, [String]) {
        guard state.position >= 0, state.position < run.count else { return ("Event", ["before the first event"]) }
        let e = run.store[state.position]
        var lines = ["kind     \(e.kind.rawValue)", "time     \(e.time) s", "by       \(run.names.actor(e))"]
        if e.subject >= 0 { lines.append("subject  #\(e.subject)") }
        if e.other >= 0 { lines.append("other    #\(e.other)") }
        if e.index >= 0 { lines.append("index    \(e.index)") }
        if let when = e.when { lines.append("when     \(when)") }
        if !e.text.isEmpty { lines.append("text     \(JSON.quote(e.text))") }
        return ("Event \(state.position + 1) of \(run.count)", lines)
    }
}
