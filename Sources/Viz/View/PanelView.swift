import Runtime

/// One panel of the screen drawn alone on a canvas of its own (`frame --panel NAME`, for docs and slides).
enum PanelView {
    /// The panels `--panel` names.
    enum Name: String, CaseIterable {
        case workers, loop, coroutines, futures, threads, machine, source, events, output
    }

    static func render(_ panel: Name, state: ViewerState, run: RunData, snapshot: Snapshot, width: Int, height: Int,
                       glyphs: Glyphs) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        let rect = Rect(x: 0, y: 0, width: width, height: height)
        switch panel {
        case .workers: WorkersView.draw(&canvas, rect, state: state, run: run, snapshot: snapshot, glyphs: glyphs)
        case .loop:
            EventLoopView.draw(&canvas, rect, state: state, snapshot: snapshot, scenarioPath: run.source.path, glyphs: glyphs)
        case .coroutines: CoroutinesView.draw(&canvas, rect, state: state, snapshot: snapshot, glyphs: glyphs)
        case .futures: FuturesView.draw(&canvas, rect, snapshot: snapshot, glyphs: glyphs)
        case .threads: ThreadsView.drawThreads(&canvas, rect, state: state, snapshot: snapshot, glyphs: glyphs)
        case .machine: ThreadsView.drawMachine(&canvas, rect, snapshot: snapshot, glyphs: glyphs)
        case .source: SourceView.draw(&canvas, rect, state: state, run: run, snapshot: snapshot, glyphs: glyphs)
        case .events: EventsView.draw(&canvas, rect, state: state, run: run, glyphs: glyphs)
        case .output: OutputView.draw(&canvas, rect, state: state, run: run, glyphs: glyphs)
        }
        return canvas
    }
}
