import Runtime

/// One lane per thread over virtual time, coloured by what it did: running,
/// waiting for the GIL or a core, blocked, sleeping, idle in the selector;
/// the GIL holder marked and the work item it runs named.
enum WorkersView {
    static let nameWidth = 14
    static let labelWidth = 16

    static func draw(_ canvas: inout Canvas, _ rect: Rect, state: ViewerState, run: RunData, snapshot: Snapshot, glyphs: Glyphs) {
        let end = run.endTime
        canvas.box(rect, title: "Workers  0.000 \(glyphs.arrow) \(TextFormat.seconds(end)) s", glyphs: glyphs)
        let inner = rect.inner
        let barX = inner.x + WorkersView.nameWidth + 1
        let labelX = inner.x + inner.width - WorkersView.labelWidth
        let barWidth = max(1, labelX - barX - 1)
        let upTo = state.position + 1
        for (row, lane) in snapshot.lanes.enumerated() where row < inner.height {
            let y = inner.y + row
            let history = run.timeline.laneHistory(lane: lane.id, from: 0, to: upTo)
            canvas.put(TextFormat.padded(lane.name, WorkersView.nameWidth), x: inner.x, y: y, limit: barX - 1)
            for c in 0..<barWidth {
                let t = end == 0 ? 0 : end * Double(c) / Double(barWidth)
                guard t <= snapshot.time, let segment = history.last(where: { $0.start <= t }),
                      let (glyph, role) = look(segment.state, glyphs) else { continue }
                canvas.put(glyph, x: barX + c, y: y, role: role)
            }
            canvas.put(lane.holdsGIL ? "GIL" : "   ", x: labelX, y: y, role: .highlight)
            canvas.put(lane.work ?? (lane.state == .done ? "done" : ""), x: labelX + 4, y: y, role: lane.work == nil ? .dim : .plain, limit: inner.x + inner.width)
        }
    }

    /// The glyph and colour of a lane state (nothing for a thread not started or finished).
    static func look(_ s: Snapshot.Lane.State, _ glyphs: Glyphs) -> (String, Canvas.Role)? {
        switch s {
        case .running: return (glyphs.running, .running)
        case .idle: return (glyphs.idle, .idle)
        case .wantsGIL: return (glyphs.wantsGIL, .waiting)
        case .wantsCPU: return (glyphs.wantsCPU, .waiting)
        case .sleeping, .io: return (glyphs.sleeping, .idle)
        case .lock, .future, .queue, .join, .event, .semaphore, .blocked: return (glyphs.blocked, .waiting)
        case .done, .new: return nil
        }
    }
}
