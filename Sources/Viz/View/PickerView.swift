/// The scenario picker: the list on the left, the selected scenario's description on the right.
enum PickerView {
    static func render(_ state: PickerState, catalog: ScenarioCatalog, width: Int, height: Int, glyphs: Glyphs) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        let rows = catalog.entries.map {
            PickerLayout.Row(text: String($0.path.split(separator: "/").dropFirst().joined(separator: "/").dropLast(3)))
        }
        guard let about = PickerLayout.draw(&canvas, title: " asyncviz — pick a scenario (\(glyphs.arrow) enter opens it, q quits)",
                                            list: "Scenarios", detail: "About", rows: rows, selected: state.selected,
                                            glyphs: glyphs) else { return canvas }
        guard state.selected < catalog.entries.count else {
            canvas.put("no scenarios found in ./Scenarios", x: 1, y: 2, role: .dim)
            return canvas
        }
        let entry = catalog.entries[state.selected]
        canvas.put(entry.title, x: about.x, y: about.y, role: .title, limit: about.x + about.width)
        for (row, line) in entry.description.enumerated() where row + 2 < about.height {
            canvas.put(line, x: about.x, y: about.y + 2 + row, limit: about.x + about.width)
        }
        canvas.put(entry.path, x: about.x, y: about.y + about.height - 1, role: .dim, limit: about.x + about.width)
        return canvas
    }
}
