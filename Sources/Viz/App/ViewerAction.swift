/// Everything a key can ask the viewer to do. The raw value names it in a recorded session.
enum ViewerAction: String, Equatable, CaseIterable {
    case nextEvent, previousEvent
    case nextYield, previousYield
    case nextIteration, previousIteration
    case first, last
    case togglePlay, faster, slower, resetSpeed
    /// Mark this moment (kept in a recording as `ui.bookmark`).
    case bookmark
    /// Step only through the selected task's events (toggle).
    case toggleFollow
    case toggleHelp
    /// Start or stop recording the session (a side effect of the viewer loop, not of the state).
    case toggleRecording
    case selectNextTask, selectPreviousTask
    /// One tick of playback (the clock of the play loop, not a key).
    case tick
    case quit
}
