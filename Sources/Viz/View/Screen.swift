import Runtime

/// The whole viewer screen for one state of one run, drawn into a canvas:
/// a pure function of its inputs, shared by the viewer and `asyncviz frame`.
enum Screen {
    static func render(state: ViewerState, run: RunData, width: Int, height: Int, glyphs: Glyphs) -> Canvas {
        render(state: state, run: run, snapshot: run.timeline.snapshot(at: state.position + 1), width: width, height: height, glyphs: glyphs)
    }

    /// The screen for a snapshot already sought (the model's state after `state.position + 1` events).
    static func render(state: ViewerState, run: RunData, snapshot: Snapshot, width: Int, height: Int, glyphs: Glyphs) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        guard let layout = ScreenLayout(width: width, height: height, lanes: run.laneCount) else {
            let lines = ["asyncviz needs \(ScreenLayout.minimumWidth)x\(ScreenLayout.minimumHeight)", "this is \(width)x\(height)"]
            for (k, line) in lines.enumerated() {
                canvas.put(line, x: max(0, (width - line.count) / 2), y: height / 2 - 1 + k, role: .highlight)
            }
            return canvas
        }
        StatusBarView.draw(&canvas, layout.status, state: state, run: run, snapshot: snapshot, glyphs: glyphs)
        WorkersView.draw(&canvas, layout.workers, state: state, run: run, snapshot: snapshot, glyphs: glyphs)
        if run.hasEventLoop {
            EventLoopView.draw(&canvas, layout.eventLoop, state: state, snapshot: snapshot, scenarioPath: run.source.path,
                               glyphs: glyphs)
            if state.showingFutures {
                FuturesView.draw(&canvas, layout.coroutines, snapshot: snapshot, glyphs: glyphs)
            } else {
                CoroutinesView.draw(&canvas, layout.coroutines, state: state, snapshot: snapshot, glyphs: glyphs)
            }
        } else {
            ThreadsView.drawThreads(&canvas, layout.eventLoop, state: state, snapshot: snapshot, glyphs: glyphs)
            if state.showingFutures {
                FuturesView.draw(&canvas, layout.coroutines, snapshot: snapshot, glyphs: glyphs)
            } else {
                ThreadsView.drawMachine(&canvas, layout.coroutines, snapshot: snapshot, glyphs: glyphs)
            }
        }
        SourceView.draw(&canvas, layout.source, state: state, run: run, snapshot: snapshot, glyphs: glyphs)
        EventsView.draw(&canvas, layout.events, state: state, run: run, glyphs: glyphs)
        OutputView.draw(&canvas, layout.output, state: state, run: run, glyphs: glyphs)
        let focused = [layout.workers, layout.eventLoop, layout.coroutines, layout.source, layout.events, layout.output][state.focus.rawValue]
        canvas.put(glyphs.marker, x: focused.x + 1, y: focused.y, role: .highlight)
        if let prompt = state.prompt {
            canvas.put(" go to (an event number, or a time such as 0.5s; enter jumps, esc cancels): " + prompt + "▏", x: layout.hints.x, y: layout.hints.y, role: .highlight, limit: layout.hints.x + layout.hints.width)
        } else if let note = snapshot.note {
            canvas.put(" \(glyphs.marker) " + note, x: layout.hints.x, y: layout.hints.y, role: .highlight, limit: layout.hints.x + layout.hints.width)
        } else {
            canvas.put(" " + KeyBindings.hint, x: layout.hints.x, y: layout.hints.y, role: .dim, limit: layout.hints.x + layout.hints.width)
        }
        if state.showingFindings {
            drawOverlay(&canvas, title: "Findings (enter goes to the step)", lines: findingLines(state: state, run: run, glyphs: glyphs), width: width, height: height, glyphs: glyphs)
        }
        if state.showingDetails {
            let (title, lines) = DetailsView.lines(state: state, run: run, snapshot: snapshot)
            drawOverlay(&canvas, title: title, lines: lines, width: width, height: height, glyphs: glyphs)
        }
        if state.showingHelp { drawHelp(&canvas, width: width, height: height, glyphs: glyphs) }
        return canvas
    }

    /// One line a lint finding, the selected one marked.
    static func findingLines(state: ViewerState, run: RunData, glyphs: Glyphs) -> [String] {
        guard !run.findings.isEmpty else { return ["no findings: asyncviz lint finds nothing wrong with this run"] }
        return run.findings.enumerated().map { k, f in
            "\(k == state.selectedFinding ? glyphs.current : " ") \(f.line > 0 ? "L\(f.line) " : "")\(f.id): \(f.message)"
        }
    }

    static func drawHelp(_ canvas: inout Canvas, width: Int, height: Int, glyphs: Glyphs) {
        drawOverlay(&canvas, title: "Help", lines: KeyBindings.help(glyphs), width: width, height: height, glyphs: glyphs)
    }

    /// A box in the middle of the screen over whatever is under it.
    static func drawOverlay(_ canvas: inout Canvas, title: String, lines: [String], width: Int, height: Int, glyphs: Glyphs) {
        let w = min(width - 4, max(title.count + 6, (lines.map(\.count).max() ?? 0) + 4)), h = min(height - 2, lines.count + 2)
        let rect = Rect(x: (width - w) / 2, y: (height - h) / 2, width: w, height: h)
        for y in rect.y..<rect.y + rect.height {
            canvas.put(String(repeating: " ", count: rect.width), x: rect.x, y: y)
        }
        canvas.box(rect, title: title, glyphs: glyphs)
        for (row, line) in lines.enumerated() where row < rect.inner.height {
            canvas.put(line, x: rect.inner.x + 1, y: rect.inner.y + row, limit: rect.inner.x + rect.inner.width)
        }
    }
}
