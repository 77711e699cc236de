import Runtime

/// What the scenario printed so far (stdout and stderr as written), its last lines.
enum OutputView {
    static func draw(_ canvas: inout Canvas, _ rect: Rect, state: ViewerState, run: RunData, glyphs: Glyphs) {
        canvas.box(rect, title: "Output", glyphs: glyphs)
        let inner = rect.inner
        guard inner.height > 0 else { return }
        var lines = run.timeline.output(upTo: state.position + 1).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let end = max(min(lines.count, inner.height), lines.count - state.outputScroll)
        for (row, line) in lines[..<end].suffix(inner.height).enumerated() {
            canvas.put(line, x: inner.x, y: inner.y + row, limit: inner.x + inner.width)
        }
    }
}
