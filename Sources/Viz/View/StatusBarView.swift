import Runtime

/// The top line: scenario, virtual time, event i/last (the numbers `g`, `frame --at` and `trace` use),
/// loop iteration, play state.
enum StatusBarView {
    static func draw(_ canvas: inout Canvas, _ rect: Rect, state: ViewerState, run: RunData, snapshot: Snapshot, glyphs: Glyphs) {
        let file = run.source.path.split(separator: "/").last.map(String.init) ?? run.source.path
        let play = state.playing ? "\(glyphs.current) \(Int(state.speed))/s" : (glyphs.current == "▶" ? "❚❚ paused" : "|| paused")
        let marks = (state.recording ? ["● rec"] : []) + (state.bookmarks.contains(state.position) ? ["bookmark"] : [])
        let parts = [" asyncviz"] + marks + [
            file, "t=\(TextFormat.seconds(snapshot.time)) s",
            "event \(state.position >= 0 ? String(state.position) : "-")/\(run.count - 1)", "iteration \(snapshot.loop?.iteration ?? 0)", play,
        ]
        canvas.put(parts.joined(separator: "  "), x: rect.x, y: rect.y, role: .title, limit: rect.x + rect.width)
    }
}
