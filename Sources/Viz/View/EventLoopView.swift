import Runtime

/// The loop: the handle running now, the ready queue as a list in run order (top runs first), the timers by
/// deadline, the selector wait. Lists that do not fit end with `+N more`.
enum EventLoopView {
    static func draw(_ canvas: inout Canvas, _ rect: Rect, state: ViewerState, snapshot: Snapshot, scenarioPath: String,
                     glyphs: Glyphs) {
        canvas.box(rect, title: "Event loop", glyphs: glyphs)
        let inner = rect.inner
        for (k, row) in rows(state: state, snapshot: snapshot, scenarioPath: scenarioPath, height: inner.height,
                             glyphs: glyphs).enumerated() {
            let x = canvas.put(TextFormat.padded(row.label, row.indent), x: inner.x, y: inner.y + k, role: .dim,
                               limit: inner.x + inner.width)
            canvas.put(row.text, x: x, y: inner.y + k, role: row.role, limit: inner.x + inner.width)
        }
    }

    /// One line of the panel: a label in the left column and its text.
    struct Row: Equatable {
        var label: String
        var text: String
        var role: Canvas.Role = .plain
        /// Columns before the text.
        var indent = EventLoopView.labelWidth
    }

    /// The panel's lines for `height` rows (also `frame --panel loop`).
    static func rows(state: ViewerState, snapshot: Snapshot, scenarioPath: String, height: Int, glyphs: Glyphs) -> [Row] {
        guard let loop = snapshot.loop else { return [Row(label: "", text: "no event loop yet", role: .dim)] }
        func label(_ id: Int) -> String {
            snapshot.handles[id].map { ReadyEntryLabel($0, snapshot: snapshot, scenarioPath: scenarioPath).text } ?? "#\(id)"
        }
        var rows: [Row] = []
        let running = loop.running.map(label)
        rows.append(Row(label: "running", text: running ?? "-", role: running == nil ? .dim : .running))
        let selectRows = loop.waitingUntil == nil ? 0 : 1
        let timerRows = loop.timers.isEmpty ? 1 : min(loop.timers.count, 2)
        if loop.ready.isEmpty {
            rows.append(Row(label: "ready", text: "(empty)", role: .dim))
        } else {
            rows.append(Row(label: "ready", text: "\(loop.ready.count) queued, top runs first", role: .dim))
            let room = max(1, height - rows.count - timerRows - selectRows)
            let chosen = state.focus == .loop ? min(state.selectedReady, loop.ready.count - 1) : -1
            rows += listed(loop.ready, room: room) { k, id in
                let mark = k == chosen ? glyphs.current : glyphs.marker
                return Row(label: "", text: "\(mark) \(k + 1). \(label(id))", role: .plain, indent: 1)
            }
        }
        if loop.timers.isEmpty {
            rows.append(Row(label: "timers", text: "(none)", role: .dim))
        } else {
            let room = max(1, height - rows.count - selectRows)
            rows += listed(loop.timers, room: room) { k, id in
                let when = snapshot.handles[id]?.when ?? 0
                let overdue = when < snapshot.time ? " (overdue)" : ""
                let text = "\(TextFormat.seconds(when)) \(snapshot.handles[id]?.callback ?? "#\(id)")"
                return Row(label: k == 0 ? "timers" : "", text: ReadyEntryLabel.splitLocation(text).0 + overdue,
                           role: overdue.isEmpty ? .plain : .waiting)
            }
        }
        if let until = loop.waitingUntil {
            rows.append(Row(label: "select", text: "idle until \(TextFormat.seconds(until))", role: .idle))
        }
        return rows
    }

    /// The first items of `ids` that fit `room` rows; the last row says how many more there are.
    static func listed(_ ids: [Int], room: Int, _ row: (Int, Int) -> Row) -> [Row] {
        if ids.count <= room { return ids.enumerated().map { row($0.offset, $0.element) } }
        let shown = max(0, room - 1)
        return ids.prefix(shown).enumerated().map { row($0.offset, $0.element) }
            + [Row(label: "", text: "+\(ids.count - shown) more", role: .dim)]
    }

    /// The row of the first ready-queue entry inside the panel, and the width of the labels before it.
    static let firstReadyRow = 2
    static let labelWidth = 9

    /// The ready-queue entry drawn at `row` of the panel's inside, if any.
    static func readyEntry(atRow row: Int, snapshot: Snapshot, height: Int) -> Int? {
        let count = snapshot.loop?.ready.count ?? 0
        let k = row - firstReadyRow
        guard k >= 0, k < count else { return nil }
        let rows = rows(state: ViewerState(), snapshot: snapshot, scenarioPath: "", height: height, glyphs: .unicode)
        guard row < rows.count, !rows[row].text.hasPrefix("+") else { return nil }
        return k
    }
}
