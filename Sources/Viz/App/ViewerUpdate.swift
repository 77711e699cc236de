import Runtime

/// The viewer's update function: a state and an action give the next state.
/// Pure: moving backwards only seeks the model, nothing is re-run.
enum ViewerUpdate {
    static let speeds: [Double] = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]

    static func apply(_ action: ViewerAction, to state: ViewerState, run: RunData) -> ViewerState {
        var s = state
        let timeline = run.timeline
        let followed = s.following ? s.selectedTask : nil
        func move(_ target: Int?) { if let target { s.position = target } }
        switch action {
        case .nextEvent, .tick:
            if let task = followed { move(timeline.nextEvent(ofTask: task, after: s.position)) } else { move(timeline.nextEvent(after: s.position)) }
            // Playing stops at the last event; at the last so far of a live run it waits for the next.
            if action == .tick && s.position >= run.count - 1 && !run.running { s.playing = false }
        case .previousEvent:
            if let task = followed { move(timeline.previousEvent(ofTask: task, before: s.position)) } else { move(timeline.previousEvent(before: s.position)) }
        case .nextYield: move(timeline.nextYield(after: s.position))
        case .previousYield: move(timeline.previousYield(before: s.position))
        case .nextIteration: move(timeline.nextIteration(after: s.position))
        case .previousIteration: move(timeline.previousIteration(before: s.position))
        case .first: s.position = run.count > 0 ? 0 : -1
        case .last: s.position = run.count - 1
        case .togglePlay:
            s.playing.toggle()
            if s.playing && s.position >= run.count - 1 && !run.running { s.position = -1 }
        case .faster: s.speed = speeds.first { $0 > s.speed } ?? s.speed
        case .slower: s.speed = speeds.last { $0 < s.speed } ?? s.speed
        case .resetSpeed: s.speed = ViewerState().speed
        case .toggleFollow: s.following = s.selectedTask != nil && !s.following
        case .toggleHelp: s.showingHelp.toggle()
        case .toggleFutures: s.showingFutures.toggle()
        case .bookmark: s.bookmarks.insert(s.position)
        case .toggleRecording: break
        case .focusNext, .focusPrevious:
            let panels = ViewerState.Panel.allCases
            let step = action == .focusNext ? 1 : panels.count - 1
            s.focus = panels[(s.focus.rawValue + step) % panels.count]
            s.showingDetails = false
        case .moveDown, .moveUp:
            if s.showingFindings {
                let n = run.findings.count
                s.selectedFinding = n == 0 ? 0 : (s.selectedFinding + (action == .moveDown ? 1 : n - 1)) % n
            } else {
                moveSelection(in: &s, by: action == .moveDown ? 1 : -1, run: run)
            }
        case .toggleDetails:
            if s.showingFindings {
                if run.findings.indices.contains(s.selectedFinding) { s.position = run.findings[s.selectedFinding].position }
                s.showingFindings = false
            } else {
                s.showingDetails.toggle()
            }
        case .dismiss:
            s.showingDetails = false
            s.showingHelp = false
            s.showingFindings = false
        case .toggleFindings:
            s.showingFindings.toggle()
            s.showingDetails = false
        case .openGoTo: s.prompt = ""
        case .seek: break
        case .zoomIn: s.zoom = min(s.zoom * 2, 1024)
        case .zoomOut: s.zoom = max(1, s.zoom / 2)
        case .quit:
            // q over the help closes it (as esc does); ctrl-c quits from anywhere (`interrupt`).
            if s.showingHelp { s.showingHelp = false } else { s.quitting = true }
        case .interrupt:
            s.quitting = true
        }
        return s
    }

    /// j/k inside the focused panel.
    static func moveSelection(in s: inout ViewerState, by step: Int, run: RunData) {
        let snapshot = run.timeline.snapshot(at: s.position + 1)
        switch s.focus {
        case .workers:
            s.selectedLane = cycle(snapshot.lanes.map(\.id), s.selectedLane, step)
        case .loop:
            if run.hasEventLoop {
                let count = snapshot.loop?.ready.count ?? 0
                s.selectedReady = count == 0 ? 0 : (s.selectedReady + step + count) % count
            } else {
                s.selectedLane = cycle(snapshot.lanes.map(\.id), s.selectedLane, step)
            }
        case .tasks:
            s.selectedTask = cycle(snapshot.taskOrder, s.selectedTask, step)
        case .source:
            s.sourceScroll += step
        case .events:
            let target = step > 0 ? run.timeline.nextEvent(after: s.position) : run.timeline.previousEvent(before: s.position)
            if let target { s.position = target }
        case .output:
            s.outputScroll = max(0, s.outputScroll - step)
        }
    }

    /// The item after (or before) `current` in `items`, wrapping; the first (or last) when none is current.
    static func cycle(_ items: [Int], _ current: Int?, _ step: Int) -> Int? {
        guard !items.isEmpty else { return current }
        guard let current, let i = items.firstIndex(of: current) else { return step > 0 ? items.first : items.last }
        return items[(i + step + items.count) % items.count]
    }

    /// A click at (x, y): the panel under it takes the focus and the row clicked is selected.
    static func click(x: Int, y: Int, in state: ViewerState, run: RunData, layout: ScreenLayout) -> ViewerState {
        var s = state
        let snapshot = run.timeline.snapshot(at: s.position + 1)
        let panels: [(ViewerState.Panel, Rect)] = [(.workers, layout.workers), (.loop, layout.eventLoop), (.tasks, layout.coroutines),
                                                   (.source, layout.source), (.events, layout.events), (.output, layout.output)]
        guard let (panel, rect) = panels.first(where: { $0.1.contains(x: x, y: y) }) else { return s }
        s.focus = panel
        s.showingDetails = false
        let row = y - rect.inner.y
        guard row >= 0, row < rect.inner.height else { return s }
        switch panel {
        case .workers:
            if row < snapshot.lanes.count { s.selectedLane = snapshot.lanes[row].id }
        case .loop:
            if !run.hasEventLoop, row < snapshot.lanes.count { s.selectedLane = snapshot.lanes[row].id }
            if run.hasEventLoop, let k = EventLoopView.readyEntry(atRow: row, snapshot: snapshot, height: rect.inner.height) {
                s.selectedReady = k
            }
        case .tasks:
            if let task = CoroutinesView.task(atRow: row, state: s, snapshot: snapshot) { s.selectedTask = task }
        case .events:
            let last = min(s.position, run.count - 1)
            let first = max(0, last - rect.inner.height + 1)
            if first + row <= last { s.position = first + row }
        case .source, .output:
            break
        }
        return s
    }

    /// A key typed into the go-to prompt: digits, `.` and `s` edit it, backspace deletes, enter jumps
    /// (an event number, or a time like `0.5s`: the last event at or before it), escape closes it.
    /// `jumped` is true when the position changed because of it.
    static func edit(_ key: KeyBindings.Key, in state: ViewerState, run: RunData) -> (state: ViewerState, jumped: Bool) {
        var s = state
        guard let text = s.prompt else { return (s, false) }
        switch key {
        case .character("\u{1b}"):
            s.prompt = nil
        case .character("\u{7f}"), .character("\u{8}"):
            s.prompt = String(text.dropLast())
        case .character("\n"), .character("\r"):
            s.prompt = nil
            if let target = target(text, run: run) {
                s.position = target
                return (s, true)
            }
        case .character(let c) where (c.isASCII && c.isNumber) || c == "." || c == "s":
            if text.count < 24 { s.prompt = text + String(c) }
        default:
            break
        }
        return (s, false)
    }

    /// The event a go-to text names, or nil when it names none.
    static func target(_ text: String, run: RunData) -> Int? {
        guard run.count > 0 else { return nil }
        if text.hasSuffix("s"), let t = Double(text.dropLast()), t >= 0 {
            return run.timeline.event(atTime: min(t, run.endTime))
        }
        guard let n = Int(text), n >= 0 else { return nil }
        return min(n, run.count - 1)
    }
}
