/// The scenario picker: the list on the left, the selected scenario's description on the right.
enum PickerView {
    static func render(_ state: PickerState, catalog: ScenarioCatalog, width: Int, height: Int, glyphs: Glyphs) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        guard width >= 40, height >= 10 else {
            canvas.put("asyncviz needs a bigger window", x: 0, y: height / 2, role: .highlight)
            return canvas
        }
        canvas.put(" asyncviz — pick a scenario (\(glyphs.arrow) enter opens it, q quits)", x: 0, y: 0, role: .title)
        let listWidth = min(48, width / 2)
        let list = Rect(x: 0, y: 1, width: listWidth, height: height - 2)
        let preview = Rect(x: listWidth, y: 1, width: width - listWidth, height: height - 2)
        canvas.box(list, title: "Scenarios", glyphs: glyphs)
        canvas.box(preview, title: "About", glyphs: glyphs)
        let inner = list.inner
        let first = max(0, min(state.selected - inner.height / 2, catalog.entries.count - inner.height))
        for row in 0..<inner.height {
            let k = first + row
            guard k < catalog.entries.count else { break }
            let name = String(catalog.entries[k].path.split(separator: "/").dropFirst().joined(separator: "/").dropLast(3))
            let selected = k == state.selected
            canvas.put((selected ? glyphs.current : " ") + " " + name, x: inner.x, y: inner.y + row, role: selected ? .current : .plain, limit: inner.x + inner.width)
        }
        guard state.selected < catalog.entries.count else {
            canvas.put("no scenarios found in ./Scenarios", x: inner.x, y: inner.y, role: .dim)
            return canvas
        }
        let entry = catalog.entries[state.selected]
        let about = preview.inner
        canvas.put(entry.title, x: about.x, y: about.y, role: .title, limit: about.x + about.width)
        for (row, line) in entry.description.enumerated() where row + 2 < about.height {
            canvas.put(line, x: about.x, y: about.y + 2 + row, limit: about.x + about.width)
        }
        canvas.put(entry.path, x: about.x, y: about.y + about.height - 1, role: .dim, limit: about.x + about.width)
        return canvas
    }
}
