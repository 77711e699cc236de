/// The frame both pickers draw (scenarios, explored schedules): a title line, a list on the left that keeps
/// the selected row in view, and a box on the right for what is selected.
enum PickerLayout {
    /// A list row: its text and colour when not selected.
    struct Row {
        var text: String
        var role: Canvas.Role = .plain
    }

    /// Draws the frame on `canvas` and returns the right box's inner area (nil: the window is too small, and
    /// the canvas says so).
    static func draw(_ canvas: inout Canvas, title: String, list listTitle: String, detail detailTitle: String,
                     rows: [Row], selected: Int, glyphs: Glyphs) -> Rect? {
        let (width, height) = (canvas.width, canvas.height)
        guard width >= 40, height >= 10 else {
            canvas.put("asyncviz needs a bigger window", x: 0, y: height / 2, role: .highlight)
            return nil
        }
        canvas.put(title, x: 0, y: 0, role: .title, limit: width)
        let listWidth = min(48, width / 2)
        let list = Rect(x: 0, y: 1, width: listWidth, height: height - 2)
        let detail = Rect(x: listWidth, y: 1, width: width - listWidth, height: height - 2)
        canvas.box(list, title: listTitle, glyphs: glyphs)
        canvas.box(detail, title: detailTitle, glyphs: glyphs)
        let inner = list.inner
        let first = max(0, min(selected - inner.height / 2, rows.count - inner.height))
        for row in 0..<inner.height where first + row < rows.count {
            let k = first + row
            canvas.put((k == selected ? glyphs.current : " ") + " " + rows[k].text, x: inner.x, y: inner.y + row,
                       role: k == selected ? .current : rows[k].role, limit: inner.x + inner.width)
        }
        return detail.inner
    }
}
