import Runtime

/// `explore --watch`: the schedules explored, failing ones first marked, on the left; the selected one's forced
/// choices on the right. Enter opens it in the viewer.
enum SchedulePickerView {
    static func render(_ state: PickerState, schedules: [ExploredSchedule], file: String, strategy: String,
                       width: Int, height: Int, glyphs: Glyphs) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        guard width >= 40, height >= 10 else {
            canvas.put("asyncviz needs a bigger window", x: 0, y: height / 2, role: .highlight)
            return canvas
        }
        let failed = schedules.filter { $0.failure != nil && !$0.isMinimised }.count
        canvas.put(" \(file): \(schedules.filter { !$0.isMinimised }.count) schedules explored (\(strategy)), \(failed) failed "
                   + "(\(glyphs.arrow) enter watches one, q quits)", x: 0, y: 0, role: .title, limit: width)
        let listWidth = min(48, width / 2)
        let list = Rect(x: 0, y: 1, width: listWidth, height: height - 2)
        let detail = Rect(x: listWidth, y: 1, width: width - listWidth, height: height - 2)
        canvas.box(list, title: "Schedules", glyphs: glyphs)
        canvas.box(detail, title: "Forced choices", glyphs: glyphs)
        let inner = list.inner
        let first = max(0, min(state.selected - inner.height / 2, schedules.count - inner.height))
        for row in 0..<inner.height {
            let k = first + row
            guard k < schedules.count else { break }
            let selected = k == state.selected
            canvas.put((selected ? glyphs.current : " ") + " " + label(schedules[k], glyphs), x: inner.x, y: inner.y + row,
                       role: selected ? .current : (schedules[k].failure == nil ? .plain : .waiting),
                       limit: inner.x + inner.width)
        }
        guard state.selected < schedules.count else { return canvas }
        let chosen = schedules[state.selected]
        let about = detail.inner
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
