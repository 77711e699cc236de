import Runtime

/// One lane per thread over virtual time, coloured by what it did: running,
/// waiting for the GIL or a core, blocked, sleeping, idle in the selector;
/// the GIL holder marked and the work item it runs named.
enum WorkersView {
    static func draw(_ canvas: inout Canvas, _ rect: Rect, state: ViewerState, run: RunData, snapshot: Snapshot, glyphs: Glyphs) {
        let (start, end) = window(state: state, run: run, now: snapshot.time)
        let zoomed = state.zoom > 1 ? "  zoom ×\(state.zoom)" : ""
        canvas.box(rect, title: "Workers  \(TextFormat.seconds(start)) \(glyphs.arrow) \(TextFormat.seconds(end)) s\(zoomed)", glyphs: glyphs)
        let inner = rect.inner
        var lanes = snapshot.lanes.map { (lane: $0, run: run, upTo: state.position + 1, now: snapshot.time) }
        var separator: (row: Int, label: String)?
        if let (label, other) = run.comparison {
            let position = other.timeline.event(atTime: min(snapshot.time, other.endTime)) ?? 0
            let otherSnapshot = other.timeline.snapshot(at: position + 1)
            separator = (lanes.count, label)
            lanes.append((lane: Snapshot.Lane(id: -1, name: "", process: "", state: .new), run: other, upTo: 0, now: 0))
            lanes += otherSnapshot.lanes.map { (lane: $0, run: other, upTo: position + 1, now: otherSnapshot.time) }
        }
        let longest = lanes.map(\.lane.name.count).max() ?? 10
        let nameWidth = min(max(10, longest), max(10, inner.width / 4))
        let labelWidth = min(24, max(12, inner.width / 5))
        let barX = inner.x + nameWidth + 1
        let labelX = inner.x + inner.width - labelWidth
        let barWidth = max(1, labelX - barX - 1)
        let shown = lanes.count > inner.height ? inner.height - 1 : lanes.count
        for (row, entry) in lanes.prefix(max(0, shown)).enumerated() {
            let y = inner.y + row
            if let separator, separator.row == row {
                canvas.put("\(glyphs.horizontal)\(glyphs.horizontal) with \(separator.label) \(glyphs.horizontal)\(glyphs.horizontal)", x: inner.x, y: y, role: .dim, limit: inner.x + inner.width)
                continue
            }
            let lane = entry.lane
            let selected = lane.id == state.selectedLane && state.focus == .workers && entry.run === run
            canvas.put(TextFormat.padded(TextFormat.fitted(lane.name, nameWidth), nameWidth), x: inner.x, y: y,
                       role: selected ? .current : .plain, limit: barX - 1)
            for c in 0..<barWidth {
                let t = start + (end - start) * Double(c) / Double(barWidth)
                let laneState = entry.run.timeline.laneState(lane: lane.id, atTime: t, before: entry.upTo)
                guard t <= entry.now, var (glyph, role) = look(laneState, glyphs) else { continue }
                if lane.id == 0, Self.blocksTheLoop(laneState), entry.run.timeline.loopBusy(atTime: t, before: entry.upTo) {
                    (glyph, role) = (glyphs.loopBlocked, .waiting)
                }
                canvas.put(glyph, x: barX + c, y: y, role: role)
            }
            for i in entry.run.timeline.forcedChoices where i < entry.upTo && entry.run.store.subject(at: i) == lane.id {
                let t = entry.run.store.time(at: i)
                guard t >= start, t <= end, end > start else { continue }
                canvas.put(glyphs.forced, x: barX + Int(Double(barWidth - 1) * (t - start) / (end - start)), y: y, role: .highlight)
            }
            if lane.holdsGIL { canvas.put("GIL", x: labelX, y: y, role: .highlight) }
            let label = lane.work ?? (lane.state == .done ? "done" : "")
            canvas.put(label, x: labelX + 4, y: y, role: lane.work == nil ? .dim : .plain, limit: inner.x + inner.width)
        }
        for finding in run.findings {
            let t = run.store.time(at: finding.position)
            guard t >= start, t <= end, end > start else { continue }
            // On the bottom border, under the moment: the title on the top border stays whole.
            canvas.put("!", x: barX + Int(Double(barWidth - 1) * (t - start) / (end - start)), y: rect.y + rect.height - 1,
                       role: .waiting)
        }
        if shown < lanes.count {
            canvas.put("\(glyphs.marker) \(lanes.count - shown) more lanes (a taller terminal shows them)", x: inner.x, y: inner.y + shown, role: .dim, limit: inner.x + inner.width)
        }
    }

    /// The stretch of virtual time the lanes show: the whole run, or 1/zoom of it around `now`.
    static func window(state: ViewerState, run: RunData, now: Double) -> (Double, Double) {
        let total = max(run.endTime, run.comparison?.run.endTime ?? 0)
        guard state.zoom > 1, total > 0 else { return (0, total) }
        let span = total / Double(state.zoom)
        let start = min(max(0, now - span / 2), total - span)
        return (start, start + span)
    }

    /// A state in which the thread does not run bytecode: inside a loop's callback, it stalls the whole loop.
    static func blocksTheLoop(_ s: Snapshot.Lane.State) -> Bool {
        switch s {
        case .sleeping, .io, .lock, .future, .queue, .join, .event, .semaphore, .blocked: return true
        default: return false
        }
    }

    /// The glyph and colour of a lane state (nothing for a thread not started or finished).
    static func look(_ s: Snapshot.Lane.State, _ glyphs: Glyphs) -> (String, Canvas.Role)? {
        switch s {
        case .running: return (glyphs.running, .running)
        case .starting: return (glyphs.starting, .running)
        case .pickling: return (glyphs.pickling, .running)
        case .idle: return (glyphs.idle, .idle)
        case .wantsGIL: return (glyphs.wantsGIL, .waiting)
        case .wantsCPU: return (glyphs.wantsCPU, .waiting)
        case .sleeping, .io: return (glyphs.sleeping, .idle)
        case .lock, .future, .queue, .join, .event, .semaphore, .blocked: return (glyphs.blocked, .waiting)
        case .done, .new: return nil
        }
    }
}
