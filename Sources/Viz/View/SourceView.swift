import Runtime

/// The scenario with the line of the current event marked.
enum SourceView {
    static func draw(_ canvas: inout Canvas, _ rect: Rect, state: ViewerState, run: RunData, snapshot: Snapshot, glyphs: Glyphs) {
        let file = run.source.path.split(separator: "/").last.map(String.init) ?? run.source.path
        canvas.box(rect, title: "Source  \(file)", glyphs: glyphs)
        let inner = rect.inner
        guard inner.height > 0 else { return }
        let current = currentLine(state: state, run: run, snapshot: snapshot)
        let lines = run.source.lines
        let first = max(1, min(current - inner.height / 2 + state.sourceScroll, lines.count - inner.height + 1))
        for row in 0..<inner.height {
            let n = first + row
            guard n >= 1, n <= lines.count else { break }
            let marker = n == current ? glyphs.current : " "
            let text = marker + TextFormat.rightAligned(String(n), 3) + " " + glyphs.vertical + " " + lines[n - 1]
            canvas.put(text, x: inner.x, y: inner.y + row, role: n == current ? .current : .plain, limit: inner.x + inner.width)
        }
    }

    /// The scenario line the run is at: at the end of a run that failed, the innermost scenario line of its
    /// traceback; else the await site of the latest coroutine event in the scenario's code, the line a thread
    /// changed state at, or the line of a note.
    static func currentLine(state: ViewerState, run: RunData, snapshot: Snapshot) -> Int {
        if let line = selectionLine(state: state, run: run, snapshot: snapshot) { return line }
        if state.position >= run.count - 1, run.ending.line > 0 { return run.ending.line }
        var i = min(state.position, run.count - 1)
        while i >= 0 {
            let e = run.store[i]
            switch e.kind {
            case .coroSuspend, .coroResume:
                if e.index >= 0, let code = run.names.codeOfCoroutine[e.subject], !run.names.library.contains(code),
                   let sites = run.names.sites[code], e.index < sites.count {
                    return sites[e.index].line
                }
            case .codeFunction where e.column == 0:
                return e.index
            case .threadState where e.other > 0:
                return e.other
            case .note where e.index > 0:
                return e.index
            default:
                break
            }
            i -= 1
        }
        return 1
    }

    /// The line of what is selected in the focused panel: the await a selected task is suspended at, or a selected thread's line.
    static func selectionLine(state: ViewerState, run: RunData, snapshot: Snapshot) -> Int? {
        switch state.focus {
        case .tasks:
            guard let id = state.selectedTask, let task = snapshot.tasks[id], let coroutine = snapshot.coroutines[task.coroutine],
                  case .suspended(let k) = coroutine.state, let sites = run.names.sites[coroutine.code], k < sites.count,
                  !run.names.library.contains(coroutine.code) else { return nil }
            return sites[k].line
        case .workers, .loop:
            guard let lane = snapshot.lanes.first(where: { $0.id == state.selectedLane }), lane.line > 0 else { return nil }
            return lane.line
        default:
            return nil
        }
    }
}
