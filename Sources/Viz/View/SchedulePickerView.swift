import Runtime

/// `explore --watch`: the schedules explored, failing ones first marked, on the left; the selected one's forced
/// choices on the right. Enter opens it in the viewer.
enum SchedulePickerView {
    static func render(_ state: PickerState, schedules: [ExploredSchedule], file: String, strategy: String,
                       width: Int, height: Int, glyphs: Glyphs) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        let failed = schedules.filter { $0.failure != nil && !$0.isMinimised }.count
        let title = " \(file): \(schedules.filter { !$0.isMinimised }.count) schedules explored (\(strategy)), "
            + "\(failed) failed (\(glyphs.arrow) enter watches one, q quits)"
        let rows = schedules.map { PickerLayout.Row(text: label($0, glyphs), role: $0.failure == nil ? .plain : .waiting) }
        guard let about = PickerLayout.draw(&canvas, title: title, list: "Schedules", detail: "Forced choices", rows: rows,
                                            selected: state.selected, glyphs: glyphs),
              state.selected < schedules.count else { return canvas }
        let chosen = schedules[state.selected]
        var lines = chosen.failure.map { ["fails: " + $0.text, ""] } ?? ["passes", ""]
        if chosen.forced.isEmpty { lines.append("none: the ordinary schedule") }
        for (k, c) in chosen.forced.enumerated() {
            lines.append("\(k + 1). " + (c.detail.isEmpty ? "point \(c.index): option \(c.choice)" : c.detail))
        }
        let wrapped = lines.flatMap { $0.isEmpty ? [""] : TextFormat.wrapped($0, max(10, about.width)) }
        for (row, line) in wrapped.prefix(about.height).enumerated() {
            canvas.put(line, x: about.x, y: about.y + row, role: row == 0 && chosen.failure != nil ? .waiting : .plain,
                       limit: about.x + about.width)
        }
        if wrapped.count > about.height {
            canvas.put("\(glyphs.marker) \(wrapped.count - about.height + 1) more lines (a taller terminal shows them)",
                       x: about.x, y: about.y + about.height - 1, role: .dim, limit: about.x + about.width)
        }
        return canvas
    }

    /// `✗ 12  2 forced  AssertionError` / `  3  1 forced` / `✗ minimised  2 forced  …`.
    static func label(_ s: ExploredSchedule, _ glyphs: Glyphs) -> String {
        let mark = s.failure == nil ? " " : glyphs.cross
        let name = s.isMinimised ? "minimised" : s.number == 1 ? "ordinary" : "#\(s.number)"
        let kind = s.failure.map { "  " + $0.kind } ?? ""
        return "\(mark) \(TextFormat.padded(name, 9)) \(s.forced.count) forced\(kind)"
    }
}
