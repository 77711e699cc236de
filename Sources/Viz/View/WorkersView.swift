import Runtime

/// One lane per thread over virtual time, coloured by what it did (the main thread only, until the machine has threads).
enum WorkersView {
    static let nameWidth = 14

    static func draw(_ canvas: inout Canvas, _ rect: Rect, state: ViewerState, run: RunData, snapshot: Snapshot, glyphs: Glyphs) {
        let end = run.endTime
        canvas.box(rect, title: "Workers  0.000 \(glyphs.arrow) \(TextFormat.seconds(end)) s", glyphs: glyphs)
        let inner = rect.inner
        let barX = inner.x + WorkersView.nameWidth + 1
        let barWidth = max(1, inner.width - WorkersView.nameWidth - 6)
        let upTo = state.position + 1
        let history = run.timeline.laneHistory(from: 0, to: upTo)
        for (row, lane) in snapshot.lanes.enumerated() where row < inner.height {
            let y = inner.y + row
            canvas.put(TextFormat.padded(lane.name, WorkersView.nameWidth), x: inner.x, y: y, limit: barX - 1)
            for c in 0..<barWidth {
                let t = end == 0 ? 0 : end * Double(c) / Double(barWidth)
                guard t <= snapshot.time, let segment = history.last(where: { $0.start <= t }) else { continue }
                let glyph: String, role: Canvas.Role
                switch segment.state {
                case .running: (glyph, role) = (glyphs.running, .running)
                case .idle: (glyph, role) = (glyphs.idle, .idle)
                case .done: continue
                }
                canvas.put(glyph, x: barX + c, y: y, role: role)
            }
            canvas.put("GIL", x: inner.x + inner.width - 3, y: y, role: lane.state == .running ? .highlight : .dim)
        }
    }
}
