/// Everything a key can ask the viewer to do.
enum ViewerAction: Equatable {
    case nextEvent, previousEvent
    case nextYield, previousYield
    case nextIteration, previousIteration
    case first, last
    case togglePlay, faster, slower, resetSpeed
    /// Step only through the selected task's events (toggle).
    case toggleFollow
    case toggleHelp
    case selectNextTask, selectPreviousTask
    /// One tick of playback (the clock of the play loop, not a key).
    case tick
    case quit
}
