import Runtime

/// For runs without an event loop: every thread's state, where it is, what it
/// runs and the primitive it waits on (left), and the machine — GIL holders,
/// pools and their work items (right).
enum ThreadsView {
    static func drawThreads(_ canvas: inout Canvas, _ rect: Rect, state: ViewerState, snapshot: Snapshot, glyphs: Glyphs) {
        canvas.box(rect, title: "Threads", glyphs: glyphs)
        let inner = rect.inner
        let limit = inner.x + inner.width
        let nameWidth = min(max(10, snapshot.lanes.map(\.name.count).max() ?? 10), max(10, inner.width / 3))
        for (row, lane) in snapshot.lanes.enumerated() where row < inner.height {
            let y = inner.y + row
            let role: Canvas.Role
            switch lane.state {
            case .running, .starting, .pickling: role = .running
            case .done, .new: role = .dim
            case .idle, .sleeping, .io: role = .idle
            default: role = .waiting
            }
            let selected = lane.id == state.selectedLane && state.focus == .loop
            var x = canvas.put(TextFormat.padded(TextFormat.fitted(lane.name, nameWidth), nameWidth), x: inner.x, y: y,
                               role: selected ? .current : (lane.state == .done ? .dim : .plain), limit: limit)
            x = canvas.put(" " + TextFormat.padded(describe(lane.state), 16), x: x, y: y, role: role, limit: limit)
            var detail = lane.line > 0 && lane.state != .done ? "line \(lane.line)" : ""
            if !lane.state.computes, lane.state != .done, let on = SyncRows.waitedOn(by: lane.id, snapshot) {
                detail += (detail.isEmpty ? "" : "  ") + "on " + on
            }
            if let work = lane.work { detail += (detail.isEmpty ? "" : "  ") + work }
            if lane.itemsDone > 0 { detail += (detail.isEmpty ? "" : "  ") + "\(lane.itemsDone) done" }
            if snapshot.lastForcedChoice?.lane == lane.id { detail += (detail.isEmpty ? "" : "  ") + "<- forced choice" }
            canvas.put(" " + detail, x: x, y: y, role: .dim, limit: limit)
        }
    }

    static func drawMachine(_ canvas: inout Canvas, _ rect: Rect, snapshot: Snapshot, glyphs: Glyphs) {
        canvas.box(rect, title: "Machine", glyphs: glyphs)
        let inner = rect.inner
        let limit = inner.x + inner.width
        var y = inner.y
        func line(_ label: String, _ text: String, role: Canvas.Role = .plain) {
            guard y < inner.y + inner.height else { return }
            let x = canvas.put(TextFormat.padded(label, 10), x: inner.x, y: y, role: .dim, limit: limit)
            // A line too long for the panel ends with `…`, never cut silently.
            canvas.put(TextFormat.clipped(text, limit - x), x: x, y: y, role: role, limit: limit)
            y += 1
        }
        for (id, process) in snapshot.processes.sorted(by: { $0.key < $1.key }) {
            let holder = snapshot.lanes.first { $0.holdsGIL && $0.process == process }
            line(id == 0 ? "GIL" : "", "\(process): " + (holder.map { "held by \($0.name)" } ?? "free"), role: holder == nil ? .dim : .highlight)
        }
        let waiting = snapshot.lanes.filter { $0.state == .wantsGIL }.map(\.name)
        if !waiting.isEmpty { line("wants GIL", waiting.joined(separator: ", "), role: .waiting) }
        let items = snapshot.workItems
        for name in items.executors { line("pool", name) }
        if items.submitted > 0 {
            let queued = items.submitted - items.started
            line("work", "\(items.submitted) submitted  \(queued) queued  \(items.started - items.finished) running  \(items.finished) done")
        }
        if items.executors.isEmpty && items.submitted == 0 { line("pool", "none yet", role: .dim) }
        if let forced = snapshot.lastForcedChoice {
            let text = "forced choice \(snapshot.forcedChoices): \(forced.text)"
            for (k, part) in TextFormat.wrapped(text, max(10, inner.width - 10)).enumerated() {
                line(k == 0 ? "schedule" : "", part, role: .highlight)
            }
        }
    }

    static func describe(_ s: Snapshot.Lane.State) -> String {
        switch s {
        case .running: return "running"
        case .starting: return "starting up"
        case .pickling: return "pickling"
        case .idle: return "idle (selector)"
        case .done: return "done"
        case .new: return "starting"
        case .wantsGIL: return "wants the GIL"
        case .wantsCPU: return "wants a core"
        case .sleeping: return "sleeping"
        case .io: return "in I/O"
        case .lock: return "waits: lock"
        case .future: return "waits: future"
        case .queue: return "waits: queue"
        case .join: return "waits: join"
        case .event: return "waits: event"
        case .semaphore: return "waits: semaphore"
        case .blocked: return "blocked"
        }
    }
}
