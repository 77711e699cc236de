import Foundation
import Runtime

/// The interactive loops on a terminal: the viewer over one run, and the picker that opens scenarios in it.
enum ViewerLoop {
    /// How a session is recorded: where (`--record`, or a name made for `r`) and what the log header says.
    struct Recording {
        var path: String?
        var header: LogHeader
    }

    /// How a session ended: why its recording could not be written, and the signal (SIGINT, SIGTERM, SIGHUP)
    /// that ended it while its live run was still going.
    struct Outcome {
        var recordingFailure: String?
        var signal: Int32?
    }

    /// Shows `run` until the user quits the viewer; records the session when asked;
    /// replays `follow` (recorded actions) at their pace until any key takes over.
    /// With `live`, the run is still going: its events are taken in as they come, between frames.
    @discardableResult
    static func view(_ run: RunData, on terminal: Terminal, paused: Bool, speed: Double, recording: Recording? = nil,
                     follow: [RecordedAction] = [], live: LiveRun? = nil) -> Outcome {
        let startsAtFirst = paused || !follow.isEmpty
        var state = ViewerState(position: startsAtFirst ? min(0, run.count - 1) : -1, focus: .initial(for: run))
        state.playing = !paused && follow.isEmpty
        state.speed = max(1, speed)
        var recorder: SessionRecorder?
        var outcome = Outcome()
        func startRecording() {
            guard let recording else { return }
            let path = recording.path ?? (run.source.path.split(separator: "/").last.map { String($0.dropLast(3)) } ?? "asyncviz") + "-session.jsonl"
            do {
                recorder = try SessionRecorder(path: path, header: recording.header, store: run.store)
            } catch {
                outcome.recordingFailure = (error as? LogProblem)?.message ?? "asyncviz: \(path): cannot be written"
            }
            state.recording = recorder != nil
            // A replay starts paused at the first event: the recording starts with where this session is and,
            // when it plays, the key that starts playing (so the recorded pause pauses, not starts, the replay).
            recorder?.record(.seek, at: state.position)
            if state.playing { recorder?.record(.togglePlay, at: state.position) }
        }
        func stopRecording() {
            guard let recorder else { return }
            recorder.close()
            if let failure = recorder.failure {
                outcome.recordingFailure = "asyncviz: \(recorder.path): writing the session failed (\(failure)); it keeps every complete line"
            }
            state.recording = false
        }
        if recording?.path != nil { startRecording() }
        var pending = follow.sorted { $0.wallOffset < $1.wallOffset }[...]
        let started = Date()
        func apply(_ action: ViewerAction) {
            if action == .toggleRecording {
                if recorder == nil { startRecording() } else { stopRecording(); recorder = nil }
                return
            }
            state = ViewerUpdate.apply(action, to: state, run: run)
            if action == .quit || action == .interrupt {
                if !state.quitting { recorder?.record(.dismiss, at: state.position) }
            } else {
                recorder?.record(action, at: state.position)
            }
        }
        // Until the first key or click, a live run's first events put a paused viewer at event 0 and the focus
        // where it starts for that run (the coroutines once a loop exists).
        var untouched = true
        var lastTick = Date()
        var dirty = true
        // Playing moves as many events as the speed makes due since the last move, however long frames take
        // (at the latest event of a live run the moves due are spent waiting, not saved up).
        func tick() {
            let due = Int(Date().timeIntervalSince(lastTick) * state.speed)
            guard due > 0 else { return }
            for _ in 0..<min(due, 10_000) where state.playing {
                state = ViewerUpdate.apply(.tick, to: state, run: run)
            }
            lastTick = due > 10_000 ? Date() : lastTick.addingTimeInterval(Double(due) / state.speed)
        }
        // The first frame is drawn after a short first take of events, the next ones between longer takes.
        var budget = 0.005
        while !state.quitting {
            if let live, run.running {
                if live.ingest(into: run, budget: budget, each: { recorder?.record($0) }) > 0 || !run.running {
                    dirty = true
                }
                budget = 0.04
                if untouched {
                    state.focus = .initial(for: run)
                    if startsAtFirst && state.position < 0 && run.count > 0 { state.position = 0 }
                }
                if !run.running { Terminal.restoreOnSignals() }
            }
            if live != nil && SignalHandling.received != 0 {
                outcome.signal = SignalHandling.received
                break
            }
            if dirty {
                terminal.draw(Screen.render(state: state, run: run, width: terminal.width, height: terminal.height, glyphs: terminal.glyphs))
                dirty = false
            }
            let before = state
            var timeout: Int32 = -1
            if state.playing {
                let due = lastTick.addingTimeInterval(1 / state.speed).timeIntervalSinceNow
                timeout = Int32(max(0, (due * 1000).rounded(.up)))
            }
            if let next = pending.first {
                let due = Int32(max(0, (next.wallOffset - Date().timeIntervalSince(started)) * 1000))
                timeout = timeout < 0 ? due : min(timeout, due)
            }
            if let live, run.running {
                // While the run goes the loop wakes often to take in its events (at once while some wait).
                let poll: Int32 = live.hasBacklog ? 0 : 30
                timeout = timeout < 0 ? poll : min(timeout, poll)
            }
            switch terminal.read(timeout: timeout) {
            case .key(let key):
                untouched = false
                pending = []
                if state.prompt != nil {
                    let (next, jumped) = ViewerUpdate.edit(key, in: state, run: run)
                    state = next
                    if jumped { recorder?.record(.seek, at: state.position) }
                } else if let action = KeyBindings.action(for: key) {
                    apply(action)
                }
            case .mouse(let x, let y, let kind):
                untouched = false
                pending = []
                switch kind {
                case .wheelUp: apply(.previousEvent)
                case .wheelDown: apply(.nextEvent)
                case .click:
                    guard let layout = ScreenLayout(width: terminal.width, height: terminal.height, lanes: run.laneCount) else { break }
                    let was = state.position
                    state = ViewerUpdate.click(x: x, y: y, in: state, run: run, layout: layout)
                    if state.position != was { recorder?.record(.seek, at: state.position) }
                }
            case .timeout:
                if let next = pending.first, next.wallOffset <= Date().timeIntervalSince(started) {
                    pending = pending.dropFirst()
                    if next.text == ViewerAction.seek.rawValue {
                        state.position = min(max(-1, next.position), run.count - 1)
                    } else if let action = ViewerAction(rawValue: next.text) {
                        apply(action)
                        // The recorded position is where the action left the session (playback paced by the wall
                        // clock may be a few events off): the replay goes exactly there.
                        state.position = min(max(-1, next.position), run.count - 1)
                    }
                }
            case .resize:
                dirty = true
            case .other:
                break
            }
            if state.playing && !before.playing { lastTick = Date() }
            if state.playing && !state.quitting { tick() }
            if state != before { dirty = true }
        }
        if let live {
            if run.running, outcome.signal != nil, let recorder {
                // Interrupted: the run stops at its next check and the recording keeps its events to its end.
                live.drain { recorder.record($0) }
            } else if run.running {
                live.cancel()
            }
            live.join()
        }
        stopRecording()
        return outcome
    }

    /// The picker over the bundled scenarios: enter runs one and opens it at once (paused, live while it runs),
    /// q in the viewer comes back.
    static func pick(_ catalog: ScenarioCatalog, on terminal: Terminal, options: RunOptions) {
        var state = PickerState()
        while !state.quitting {
            terminal.draw(PickerView.render(state, catalog: catalog, width: terminal.width, height: terminal.height, glyphs: terminal.glyphs))
            guard case .key(let key) = terminal.read(timeout: -1), let action = PickerState.action(for: key) else { continue }
            state = state.applying(action, count: catalog.entries.count)
            if let k = state.chosen {
                state.chosen = nil
                if let source = loadable(catalog.entries[k].path) {
                    let header = LogHeader(scenario: source.path, source: source.text, options: .object([]),
                                           machine: .object([]))
                    view(RunData(live: source), on: terminal, paused: true, speed: 10,
                         recording: Recording(path: nil, header: header), live: LiveRun(source, options: options))
                }
            }
        }
    }

    /// `explore --watch`: the explored schedules; enter replays one and opens it (paused), q in the viewer
    /// comes back. `template` gives the replays their scenario, seed, machine and jitter. With `openingFirst`,
    /// that schedule (the failing one) is open before the list shows.
    static func pickSchedule(_ schedules: [ExploredSchedule], template: Schedule, source: SourceFile,
                             options: RunOptions, header: LogHeader, on terminal: Terminal, openingFirst: Int? = nil) {
        var state = PickerState()
        state.chosen = openingFirst
        while !state.quitting {
            if let k = state.chosen {
                state.chosen = nil
                let store = EventStore()
                let replay = schedules[k].schedule(like: template).replayOptions(options)
                _ = Interpreter.run(source, options: replay, sink: store) { _, _ in }
                view(RunData(store: store, source: source), on: terminal, paused: true, speed: 10,
                     recording: Recording(path: nil, header: header))
            }
            terminal.draw(SchedulePickerView.render(state, schedules: schedules, file: source.path,
                                                    strategy: template.strategy, width: terminal.width,
                                                    height: terminal.height, glyphs: terminal.glyphs))
            guard case .key(let key) = terminal.read(timeout: -1), let action = PickerState.action(for: key) else { continue }
            state = state.applying(action, count: schedules.count)
        }
    }

    /// A scenario for the picker to run live, or nil when it does not load (it is skipped).
    static func loadable(_ path: String) -> SourceFile? {
        guard let source = try? ScenarioLoading.load(path), Interpreter.check(source) == nil else { return nil }
        return source
    }
}
