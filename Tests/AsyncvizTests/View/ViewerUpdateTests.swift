import Testing
@testable import Runtime
@testable import Viz

/// Every key of the viewer, through the pure update function.
@Suite struct ViewerUpdateTests {
    static func run() throws -> RunData {
        let text = try String(contentsOf: Repository.url("Tests/Programs/events/03_lock_and_queue.py"), encoding: .utf8)
        let store = EventStore()
        _ = Interpreter.run(SourceFile(path: "q.py", text: text), sink: store) { _, _ in }
        return RunData(store: store, source: SourceFile(path: "q.py", text: text))
    }

    func press(_ key: KeyBindings.Key, _ state: ViewerState, _ run: RunData) throws -> ViewerState {
        let action = try #require(KeyBindings.action(for: key))
        return ViewerUpdate.apply(action, to: state, run: run)
    }

    @Test func steppingKeysMoveThroughTheTimeline() throws {
        let run = try Self.run()
        var s = ViewerState(position: 0)
        s = try press(.character("n"), s, run); #expect(s.position == 1)
        s = try press(.right, s, run); #expect(s.position == 2)
        s = try press(.character("b"), s, run); #expect(s.position == 1)
        s = try press(.left, s, run); #expect(s.position == 0)
        s = try press(.left, s, run); #expect(s.position == 0, "no step before the first event")
        s = try press(.end, s, run); #expect(s.position == run.count - 1)
        s = try press(.character("n"), s, run); #expect(s.position == run.count - 1, "no step after the last event")
        s = try press(.home, s, run); #expect(s.position == 0)
        s = try press(.character("y"), s, run); #expect(s.position == run.timeline.nextYield(after: 0))
        let yield1 = s.position
        s = try press(.character("y"), s, run); #expect(s.position > yield1)
        s = try press(.character("Y"), s, run); #expect(s.position == yield1)
        s = try press(.character("]"), s, run); #expect(run.store.kind(at: s.position) == .loopIteration)
        let iteration = s.position
        s = try press(.character("]"), s, run)
        s = try press(.character("["), s, run); #expect(s.position == iteration)
    }

    @Test func playSpeedHelpAndQuit() throws {
        let run = try Self.run()
        var s = ViewerState(position: 0)
        s = try press(.character(" "), s, run); #expect(s.playing)
        s = ViewerUpdate.apply(.tick, to: s, run: run); #expect(s.position == 1)
        s = try press(.character("+"), s, run); #expect(s.speed == 20)
        s = try press(.character("-"), s, run); s = try press(.character("-"), s, run); #expect(s.speed == 5)
        s = try press(.character("="), s, run); #expect(s.speed == 10)
        s = try press(.character(" "), s, run); #expect(!s.playing)
        s = try press(.character("?"), s, run); #expect(s.showingHelp)
        s = try press(.character("?"), s, run); #expect(!s.showingHelp)
        s = try press(.character("?"), s, run)
        s = try press(.character("q"), s, run); #expect(!s.showingHelp && !s.quitting, "q over the help closes it")
        s = try press(.character("?"), s, run)
        s = try press(.character("\u{1b}"), s, run); #expect(!s.showingHelp && !s.quitting, "esc closes the help")
        var interrupted = try press(.character("?"), s, run)
        interrupted = try press(.character("\u{3}"), interrupted, run); #expect(interrupted.quitting, "ctrl-c quits over the help")
        s = try press(.character("f"), s, run); #expect(s.showingFutures)
        s = try press(.character("f"), s, run); #expect(!s.showingFutures)
        s = try press(.character("q"), s, run); #expect(s.quitting)
        var end = ViewerState(position: run.count - 2)
        end.playing = true
        end = ViewerUpdate.apply(.tick, to: end, run: run)
        #expect(end.position == run.count - 1 && !end.playing, "playback stops at the end")
    }

    @Test func selectingAndFollowingATask() throws {
        let run = try Self.run()
        var s = ViewerState(position: run.count - 1, focus: .initial(for: run))
        #expect(s.focus == .tasks)
        s = try press(.down, s, run)
        let tasks = run.timeline.snapshot(at: run.count).taskOrder
        #expect(s.selectedTask == tasks[0])
        s = try press(.character("j"), s, run); #expect(s.selectedTask == tasks[1])
        s = try press(.up, s, run); #expect(s.selectedTask == tasks[0])
        s = try press(.character("k"), s, run); #expect(s.selectedTask == tasks.last)
        s = try press(.character("s"), s, run); #expect(s.following)
        s.position = 0
        let task = try #require(s.selectedTask)
        s = try press(.character("n"), s, run)
        #expect(s.position == run.timeline.nextEvent(ofTask: task, after: 0))
        #expect(KeyBindings.action(for: .character("x")) == nil)
    }

    @Test func goToJumpsToAnEventOrATime() throws {
        let run = try Self.run()
        var s = try press(.character("g"), ViewerState(position: 0), run)
        #expect(s.prompt == "")
        for c in "1x2" { s = ViewerUpdate.edit(.character(c), in: s, run: run).state }
        #expect(s.prompt == "12", "only digits, '.' and 's' are typed")
        let (jumped, moved) = ViewerUpdate.edit(.character("\n"), in: s, run: run)
        #expect(moved && jumped.position == 12 && jumped.prompt == nil)
        s = try press(.character("g"), jumped, run)
        for c in "0.1s" { s = ViewerUpdate.edit(.character(c), in: s, run: run).state }
        s = ViewerUpdate.edit(.character("\r"), in: s, run: run).state
        #expect(s.position == run.timeline.event(atTime: 0.1))
        s = try press(.character("g"), s, run)
        s = ViewerUpdate.edit(.character("9"), in: s, run: run).state
        s = ViewerUpdate.edit(.character("\u{7f}"), in: s, run: run).state
        #expect(s.prompt == "")
        s = ViewerUpdate.edit(.character("\u{1b}"), in: s, run: run).state
        #expect(s.prompt == nil && s.position == run.timeline.event(atTime: 0.1))
        #expect(ViewerUpdate.target("999999", run: run) == run.count - 1)
        #expect(ViewerUpdate.target("s", run: run) == nil)
    }

    @Test func zoomNarrowsTheLanesAroundNow() throws {
        let run = try Self.run()
        var s = try press(.character("z"), ViewerState(position: run.count / 2), run)
        s = try press(.character("z"), s, run)
        #expect(s.zoom == 4)
        let (start, end) = WorkersView.window(state: s, run: run, now: run.store.time(at: s.position))
        #expect(abs((end - start) - run.endTime / 4) < 1e-9 && start >= 0 && end <= run.endTime + 1e-9)
        s = try press(.character("Z"), s, run)
        s = try press(.character("Z"), s, run)
        s = try press(.character("Z"), s, run)
        #expect(s.zoom == 1)
        #expect(WorkersView.window(state: s, run: run, now: 0) == (0, run.endTime))
    }

    @Test func tabFocusesPanelsAndJKMoveInsideThem() throws {
        let run = try Self.run()
        var s = ViewerState(position: 10, focus: .initial(for: run))
        let order = (0..<6).map { _ -> ViewerState.Panel in
            s = try! press(.tab, s, run)
            return s.focus
        }
        #expect(order == [.source, .events, .output, .workers, .loop, .tasks])
        s = try press(.backTab, s, run); #expect(s.focus == .loop)
        s = try press(.backTab, s, run); #expect(s.focus == .workers)
        s = try press(.character("j"), s, run); #expect(s.selectedLane == 0)
        s.focus = .events
        s = try press(.character("j"), s, run); #expect(s.position == 11)
        s = try press(.character("k"), s, run); #expect(s.position == 10)
        s.focus = .source
        s = try press(.character("j"), s, run); #expect(s.sourceScroll == 1)
        s.focus = .output
        s = try press(.character("k"), s, run); #expect(s.outputScroll == 1)
        s = try press(.character("j"), s, run); #expect(s.outputScroll == 0)
    }

    @Test func enterShowsTheDetailsOfTheSelection() throws {
        let run = try Self.run()
        var s = ViewerState(position: run.count / 2, focus: .tasks)
        s = try press(.character("j"), s, run)
        s = try press(.character("\r"), s, run)
        #expect(s.showingDetails)
        let snapshot = run.timeline.snapshot(at: s.position + 1)
        let (title, lines) = DetailsView.lines(state: s, run: run, snapshot: snapshot)
        #expect(title == snapshot.tasks[s.selectedTask!]!.name)
        #expect(lines.contains { $0.hasPrefix("states     ○ start") || $0.hasPrefix("states     ◉ start") })
        s.focus = .events
        let event = DetailsView.lines(state: s, run: run, snapshot: snapshot)
        #expect(event.title == "Event \(s.position + 1) of \(run.count)")
        #expect(event.lines.first == "kind     \(run.store.kind(at: s.position).rawValue)")
        let text = Screen.render(state: s, run: run, width: 100, height: 30, glyphs: .unicode).text
        #expect(text.contains("Event \(s.position + 1) of \(run.count)"))
        s = try press(.character("\r"), s, run)
        #expect(!s.showingDetails)
        s = try press(.character("\r"), s, run)
        s = try press(.character("\u{1b}"), s, run)
        #expect(!s.showingDetails)
    }

    @Test func aClickFocusesThePanelAndSelectsTheRow() throws {
        let run = try Self.run()
        let layout = try #require(ScreenLayout(width: 100, height: 30, lanes: run.laneCount))
        let s = ViewerState(position: run.count / 2, focus: .workers)
        let onTask = ViewerUpdate.click(x: layout.coroutines.x + 3, y: layout.coroutines.inner.y, in: s, run: run, layout: layout)
        #expect(onTask.focus == .tasks)
        #expect(onTask.selectedTask == run.timeline.snapshot(at: s.position + 1).taskOrder.first)
        let onEvents = ViewerUpdate.click(x: layout.events.x + 3, y: layout.events.inner.y, in: s, run: run, layout: layout)
        #expect(onEvents.focus == .events && onEvents.position == s.position - layout.events.inner.height + 1)
        let withReady = (0..<run.count).first { run.timeline.snapshot(at: $0 + 1).loop?.ready.count ?? 0 >= 2 }
        let queued = ViewerState(position: try #require(withReady), focus: .workers)
        let secondRow = layout.eventLoop.inner.y + EventLoopView.firstReadyRow + 1
        let onReady = ViewerUpdate.click(x: layout.eventLoop.inner.x + 12, y: secondRow, in: queued, run: run, layout: layout)
        #expect(onReady.focus == .loop && onReady.selectedReady == 1)
        let onLane = ViewerUpdate.click(x: layout.workers.x + 2, y: layout.workers.inner.y, in: s, run: run, layout: layout)
        #expect(onLane.focus == .workers && onLane.selectedLane == 0)
    }

    @Test func findingsListAndEnterGoesToTheStep() throws {
        let text = try String(contentsOf: Repository.url("Tests/Programs/lints/lock_across_await.py"), encoding: .utf8)
        let store = EventStore()
        _ = Interpreter.run(SourceFile(path: "l.py", text: text), sink: store) { _, _ in }
        let run = RunData(store: store, source: SourceFile(path: "l.py", text: text))
        #expect(run.findings.count == 2)
        var s = try press(.character("!"), ViewerState(position: 0), run)
        #expect(s.showingFindings)
        let screen = Screen.render(state: s, run: run, width: 120, height: 30, glyphs: .unicode).text
        #expect(screen.contains("Findings (enter goes to the step)") && screen.contains("lock-across-await"))
        s = try press(.character("j"), s, run)
        #expect(s.selectedFinding == 1)
        s = try press(.character("\r"), s, run)
        #expect(!s.showingFindings && s.position == run.findings[1].position)
    }
}
