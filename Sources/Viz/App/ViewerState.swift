/// What the viewer shows now: the current event and what is selected. A value;
/// keys become actions that `ViewerUpdate` turns into the next state.
struct ViewerState: Equatable {
    /// The current event (its effects are shown); -1 before the first.
    var position: Int
    /// The task whose state machine is expanded.
    var selectedTask: Int?
    /// Stepping goes through the selected task's events only.
    var following = false
    var playing = false
    /// Events per second of wall time while playing.
    var speed = 10.0
    var quitting = false
    /// The help overlay with the keys and the legend.
    var showingHelp = false
    /// Events the user marked with `m`.
    var bookmarks: Set<Int> = []
    /// Recording the session (`r`, or `--record`).
    var recording = false
    /// The go-to prompt's text while it is open.
    var prompt: String?
    /// The Workers panel shows 1/zoom of the run's time, around the current moment.
    var zoom = 1

    init(position: Int = -1, selectedTask: Int? = nil) {
        self.position = position
        self.selectedTask = selectedTask
    }
}
