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
            if action == .tick && s.position >= run.count - 1 { s.playing = false }
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
            if s.playing && s.position >= run.count - 1 { s.position = -1 }
        case .faster: s.speed = speeds.first { $0 > s.speed } ?? s.speed
        case .slower: s.speed = speeds.last { $0 < s.speed } ?? s.speed
        case .resetSpeed: s.speed = ViewerState().speed
        case .toggleFollow: s.following = s.selectedTask != nil && !s.following
        case .toggleHelp: s.showingHelp.toggle()
        case .bookmark: s.bookmarks.insert(s.position)
        case .toggleRecording: break
        case .selectNextTask, .selectPreviousTask:
            let tasks = timeline.snapshot(at: s.position + 1).taskOrder
            guard !tasks.isEmpty else { break }
            let current = s.selectedTask.flatMap { tasks.firstIndex(of: $0) }
            let step = action == .selectNextTask ? 1 : -1
            let next = current.map { ($0 + step + tasks.count) % tasks.count } ?? (step > 0 ? 0 : tasks.count - 1)
            s.selectedTask = tasks[next]
        case .openGoTo: s.prompt = ""
        case .seek: break
        case .zoomIn: s.zoom = min(s.zoom * 2, 1024)
        case .zoomOut: s.zoom = max(1, s.zoom / 2)
        case .quit:
            s.quitting = true
        }
        return s
    }

    /// A key typed into the go-to prompt: digits, `.` and `s` edit it, backspace deletes, enter jumps
    /// (an event number, or the first event at or after a time like `0.5s`), escape closes it.
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
