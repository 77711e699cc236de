import Runtime

/// The loop: the handle running now, the ready queue in order, the timers by deadline, the selector wait.
enum EventLoopView {
    static func draw(_ canvas: inout Canvas, _ rect: Rect, state: ViewerState, snapshot: Snapshot, glyphs: Glyphs) {
        canvas.box(rect, title: "Event loop", glyphs: glyphs)
        let inner = rect.inner
        guard let loop = snapshot.loop else {
            canvas.put("no event loop yet", x: inner.x, y: inner.y, role: .dim, limit: inner.x + inner.width)
            return
        }
        let limit = inner.x + inner.width
        var y = inner.y
        func line(_ label: String, _ text: String, role: Canvas.Role = .plain) {
            guard y < inner.y + inner.height else { return }
            let x = canvas.put(TextFormat.padded(label, labelWidth), x: inner.x, y: y, role: .dim, limit: limit)
            canvas.put(text, x: x, y: y, role: role, limit: limit)
            y += 1
        }
        let running = loop.running.flatMap { snapshot.handles[$0]?.callback }
        line("running", running ?? "-", role: running == nil ? .dim : .running)
        let ready = loop.ready.prefix(max(1, inner.width / 3)).compactMap { snapshot.handles[$0]?.callback }
        let chosen = state.focus == .loop ? min(state.selectedReady, ready.count - 1) : -1
        line("ready", ready.isEmpty ? "(empty)" : entries(ready, chosen: chosen, glyphs: glyphs).joined(separator: " "), role: ready.isEmpty ? .dim : .plain)
        if loop.timers.isEmpty { line("timers", "(none)", role: .dim) }
        let room = max(1, inner.y + inner.height - y - (loop.waitingUntil == nil ? 0 : 1))
        let timers = loop.timers.prefix(room).compactMap { id in snapshot.handles[id].map { ($0.when ?? 0, $0.callback) } }
        for (k, timer) in timers.enumerated() where k < room {
            if k == room - 1 && loop.timers.count > room {
                line("", "+\(loop.timers.count - k) more", role: .dim)
            } else {
                line(k == 0 ? "timers" : "", "\(TextFormat.seconds(timer.0)) \(timer.1)")
            }
        }
        if let until = loop.waitingUntil { line("select", "idle until \(TextFormat.seconds(until))", role: .idle) }
    }

    /// The row of the ready queue inside the panel, and the width of the labels before it.
    static let readyRow = 1
    static let labelWidth = 9

    /// The ready queue's boxes as drawn: the selected one marked as current.
    static func entries(_ ready: [String], chosen: Int, glyphs: Glyphs) -> [String] {
        ready.enumerated().map { "\($0.offset == chosen ? glyphs.current : glyphs.marker) \($0.element)" }
    }

    /// The ready-queue entry drawn at `column` of the panel's inside, if any.
    static func readyEntry(atColumn column: Int, snapshot: Snapshot, glyphs: Glyphs) -> Int? {
        let ready = snapshot.loop?.ready.prefix(256).compactMap { snapshot.handles[$0]?.callback } ?? []
        var x = labelWidth
        for (k, entry) in entries(ready, chosen: -1, glyphs: glyphs).enumerated() {
            if column >= x && column < x + entry.count { return k }
            x += entry.count + 1
        }
        return nil
    }
}
