/// What the viewer shows now: the current event and what is selected. A value;
/// keys become actions that `ViewerUpdate` turns into the next state.
struct ViewerState: Equatable {
    /// The screen's panels, in focus order (the middle two are the loop and tasks, or threads and machine).
    enum Panel: Int, CaseIterable {
        case workers, loop, tasks, source, events, output

        /// Where the focus starts: the coroutines of an asyncio run, the lanes of a threads run.
        static func initial(for run: RunData) -> Panel { run.hasEventLoop ? .tasks : .workers }
    }

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
    /// The Futures & sync panel is shown where the Coroutines panel was.
    var showingFutures = false
    /// Events the user marked with `m`.
    var bookmarks: Set<Int> = []
    /// Recording the session (`r`, or `--record`).
    var recording = false
    /// The panel that j/k, ↑/↓ and enter act on.
    var focus: Panel = .tasks
    /// The selected lane (a thread's id), for the Workers and Threads panels.
    var selectedLane: Int?
    /// The selected entry of the ready queue.
    var selectedReady = 0
    /// Lines the Source and Output panels are scrolled away from where they follow the run.
    var sourceScroll = 0
    var outputScroll = 0
    /// The details box of the focused panel's selection is open.
    var showingDetails = false
    /// The lint findings are listed; j/k choose one, enter goes to it.
    var showingFindings = false
    var selectedFinding = 0
    /// The go-to prompt's text while it is open.
    var prompt: String?
    /// The Workers panel shows 1/zoom of the run's time, around the current moment.
    var zoom = 1

    init(position: Int = -1, selectedTask: Int? = nil, focus: Panel = .tasks) {
        self.position = position
        self.selectedTask = selectedTask
        self.focus = focus
    }
}
