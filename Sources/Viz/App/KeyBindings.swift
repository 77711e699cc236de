/// The keys of the viewer (htop / less habits) and the actions they ask for.
enum KeyBindings {
    /// A key as the terminal reports it: a character, or a named key.
    enum Key: Equatable {
        case character(Character)
        case right, left, up, down, home, end, pageUp, pageDown, tab, backTab
    }

    static func action(for key: Key) -> ViewerAction? {
        switch key {
        case .character(" "): return .togglePlay
        case .character("n"), .right: return .nextEvent
        case .character("b"), .left: return .previousEvent
        case .character("y"): return .nextYield
        case .character("Y"): return .previousYield
        case .character("]"): return .nextIteration
        case .character("["): return .previousIteration
        case .home: return .first
        case .pageUp: return .previousIteration
        case .pageDown: return .nextIteration
        case .end: return .last
        case .character("+"): return .faster
        case .character("-"): return .slower
        case .character("="): return .resetSpeed
        case .character("s"): return .toggleFollow
        case .tab: return .focusNext
        case .backTab: return .focusPrevious
        case .down, .character("j"): return .moveDown
        case .up, .character("k"): return .moveUp
        case .character("\n"), .character("\r"): return .toggleDetails
        case .character("\u{1b}"): return .dismiss
        case .character("!"): return .toggleFindings
        case .character("?"): return .toggleHelp
        case .character("f"): return .toggleFutures
        case .character("m"): return .bookmark
        case .character("r"): return .toggleRecording
        case .character("g"): return .openGoTo
        case .character("z"): return .zoomIn
        case .character("Z"): return .zoomOut
        case .character("q"): return .quit
        case .character("\u{3}"): return .interrupt
        default: return nil
        }
    }

    /// The keys line under the screen.
    static let hint = "space play  n/→ next  b/← back  y/Y yield  ]/[ iteration  g go to  z/Z zoom  tab panel  enter details  s follow  ? help  q quit"

    /// The help overlay: every key, then the legend of the glyphs.
    static func help(_ glyphs: Glyphs) -> [String] {
        [
            "space       play / pause",
            "n  \(glyphs.arrow)        next event",
            "b  ←        previous event (seeks, nothing re-runs)",
            "y / Y       next / previous yield: a coroutine giving way, a callback the loop",
            "            runs, a GIL hand-over, a note, a forced choice",
            "] / [       next / previous loop iteration",
            "Home / End  first / last event      PgUp / PgDn  previous / next iteration",
            "+ / - / =   faster / slower / default speed",
            "tab / S-tab focus the next / previous panel (its title is marked)",
            "j/k, ↓/↑    move in it: a lane, a task, a ready handle, the event, a scroll",
            "enter       details of what is selected (enter or esc closes)",
            "!           lint findings (j/k choose, enter goes to the step); ! on the lanes marks them",
            "mouse       click a lane, task or event to select it; the wheel steps",
            "s           follow the selected task's events",
            "f           Futures & sync (futures, callbacks, locks, queues) in the Coroutines panel's place",
            "g           go to an event number or a time (0.5s), enter jumps",
            "z / Z       zoom the lanes' time axis in / out",
            "m           bookmark    r  record the session",
            "?           this help (? q or esc closes it)        q  quit",
            "",
            "\(glyphs.running) running   \(glyphs.idle) idle in the selector   \(glyphs.activeState) a coroutine's current state",
            "\(glyphs.state) other states   \(glyphs.current) current event / line   \(glyphs.marker) ready-queue entry",
            "lanes: \(glyphs.wantsGIL) wants the GIL   \(glyphs.wantsCPU) wants a core   \(glyphs.blocked) waits (lock, future, queue, join)",
            "       \(glyphs.sleeping) sleeping or in I/O   \(glyphs.loopBlocked) the event loop blocked inside a callback",
            "       \(glyphs.starting) a worker process starting up   \(glyphs.pickling) pickling a call or result",
            "       GIL  holds its process's GIL   \(glyphs.forced) a choice a replayed schedule forced (--schedule)",
        ]
    }
}
