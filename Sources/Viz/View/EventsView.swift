import Runtime

/// The most recent events, the current one marked.
enum EventsView {
    static func draw(_ canvas: inout Canvas, _ rect: Rect, state: ViewerState, run: RunData, glyphs: Glyphs) {
        canvas.box(rect, title: "Events", glyphs: glyphs)
        let inner = rect.inner
        guard inner.height > 0, state.position >= 0 else { return }
        let last = min(state.position, run.count - 1)
        let first = max(0, last - inner.height + 1)
        for (row, i) in (first...last).enumerated() {
            let marker = i == last ? glyphs.current : " "
            canvas.put(marker + " " + describe(run.store[i], run: run), x: inner.x, y: inner.y + row, role: i == last ? .current : .plain, limit: inner.x + inner.width)
        }
    }

    /// `0.300 coro.resume Task-2 line 8 'await asyncio.sleep(d)'`.
    static func describe(_ e: RuntimeEvent, run: RunData) -> String {
        var parts = [TextFormat.seconds(e.time), e.kind.rawValue, run.names.actor(e)]
        switch e.kind {
        case .coroSuspend, .coroResume:
            if let site = run.names.site(ofCoroutine: e.subject, e.index) { parts.append(site) }
        case .stdout, .stderr:
            parts.append(JSON.quote(e.text))
        default:
            if !e.text.isEmpty { parts.append(e.text) }
            if let when = e.when { parts.append("at \(TextFormat.seconds(when))") }
        }
        return parts.joined(separator: " ")
    }
}
