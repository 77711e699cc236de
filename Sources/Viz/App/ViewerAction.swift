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
    /// Show the Futures & sync panel in the Coroutines panel's place, or the Coroutines again.
    case toggleFutures
    /// Start or stop recording the session (a side effect of the viewer loop, not of the state).
    case toggleRecording
    /// Focus the next / previous panel.
    case focusNext, focusPrevious
    /// Move the focused panel's selection (a lane, a task, a ready handle, the current event, a scroll).
    case moveDown, moveUp
    /// Open or close the details of the focused panel's selection.
    case toggleDetails
    /// Close the details and the help (escape).
    case dismiss
    /// Open or close the list of lint findings (enter there jumps to the finding's step).
    case toggleFindings
    /// Open the go-to prompt (an event number or a time such as `0.5s`).
    case openGoTo
    /// A jump made from the go-to prompt (recorded with the position it went to).
    case seek
    /// Narrow or widen the Workers panel's time axis around the current moment.
    case zoomIn, zoomOut
    /// One tick of playback (the clock of the play loop, not a key).
    case tick
    /// q: quits, or closes the help when it is open.
    case quit
    /// ctrl-c: quits from anywhere.
    case interrupt
}
