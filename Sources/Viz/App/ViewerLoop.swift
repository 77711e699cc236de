import Foundation
import Runtime

/// The interactive loops on a terminal: the viewer over one run, and the picker that opens scenarios in it.
enum ViewerLoop {
    /// Shows `run` until the user quits the viewer.
    static func view(_ run: RunData, on terminal: Terminal, paused: Bool, speed: Double) {
        var state = ViewerState(position: paused ? min(0, run.count - 1) : -1)
        state.playing = !paused
        state.speed = max(1, speed)
        while !state.quitting {
            terminal.draw(Screen.render(state: state, run: run, width: terminal.width, height: terminal.height, glyphs: terminal.glyphs))
            switch terminal.read(timeout: state.playing ? Int32(max(1, 1000 / state.speed)) : -1) {
            case .key(let key):
                if let action = KeyBindings.action(for: key) { state = ViewerUpdate.apply(action, to: state, run: run) }
            case .timeout:
                if state.playing { state = ViewerUpdate.apply(.tick, to: state, run: run) }
            case .resize, .other:
                break
            }
        }
    }

    /// The picker over the bundled scenarios: enter runs one and opens it (paused), q in the viewer comes back.
    static func pick(_ catalog: ScenarioCatalog, on terminal: Terminal, options: RunOptions) {
        var state = PickerState()
        while !state.quitting {
            terminal.draw(PickerView.render(state, catalog: catalog, width: terminal.width, height: terminal.height, glyphs: terminal.glyphs))
            guard case .key(let key) = terminal.read(timeout: -1), let action = PickerState.action(for: key) else { continue }
            state = state.applying(action, count: catalog.entries.count)
            if let k = state.chosen {
                state.chosen = nil
                if let run = load(catalog.entries[k].path, options: options) {
                    view(run, on: terminal, paused: true, speed: 10)
                }
            }
        }
    }

    /// A scenario run now, for the picker (a scenario that does not load is skipped).
    static func load(_ path: String, options: RunOptions) -> RunData? {
        guard let source = try? ScenarioLoading.load(path), Interpreter.check(source) == nil else { return nil }
        let store = EventStore()
        _ = Interpreter.run(source, options: options, sink: store) { _, _ in }
        return RunData(store: store, source: source)
    }
}
