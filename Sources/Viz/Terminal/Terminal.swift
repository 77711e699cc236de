import CNcurses
import Foundation

/// The only file that talks to ncurses: set-up and restore, colours (or
/// attributes without them), keys and resizes, and drawing a canvas by
/// writing only the cells that changed since the last frame.
final class Terminal {
    private(set) var width = 0
    private(set) var height = 0
    let glyphs: Glyphs
    private var previous: Canvas?
    private var colors = false
    nonisolated(unsafe) private static var active = false
    static let crashSignals = [SIGABRT, SIGSEGV, SIGILL, SIGTRAP, SIGBUS, SIGFPE, SIGQUIT]
    /// What each crash signal did before the viewer took the terminal (Swift's backtracer), restored after ours.
    nonisolated(unsafe) private static var previousActions: [sigaction] = Array(repeating: .init(), count: 65)
    /// The terminal's modes before ncurses changed them, for the crash handler.
    nonisolated(unsafe) private static var savedModes = termios()

    /// Takes over the terminal; `restore()` gives it back (also at exit and, with `restoringOnSignals`, on
    /// SIGINT, SIGTERM and SIGHUP; without it the caller's handlers stay: the live viewer's).
    init(restoringOnSignals: Bool = true) {
        setlocale(LC_ALL, "")
        _ = tcgetattr(STDIN_FILENO, &Terminal.savedModes)
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        glyphs = codeset.uppercased().replacingOccurrences(of: "-", with: "") == "UTF8" ? .unicode : .ascii
        initscr()
        Terminal.active = true
        atexit { Terminal.restoreIfActive() }
        cbreak()
        noecho()
        nonl()
        keypad(asv_stdscr(), true)
        asv_enable_mouse()
        curs_set(0)
        set_escdelay(25)
        if has_colors() && ProcessInfo.processInfo.environment["NO_COLOR"] == nil {
            start_color()
            use_default_colors()
            colors = true
            init_pair(1, Int16(COLOR_CYAN), -1)
            init_pair(2, Int16(COLOR_GREEN), -1)
            init_pair(3, Int16(COLOR_BLUE), -1)
            init_pair(4, Int16(COLOR_YELLOW), -1)
            init_pair(5, Int16(COLOR_MAGENTA), -1)
        }
        if restoringOnSignals { Terminal.restoreOnSignals() }
        // A crash (a Swift runtime failure traps) or SIGQUIT must not leave the terminal raw: ours runs first
        // (only async-signal-safe calls), then the handler it replaced (Swift's backtracer, which `main` makes
        // non-interactive), then the default action ends the process.
        for sig in Terminal.crashSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = { sig, info, context in
                Terminal.restoreAfterCrash()
                let previous = Terminal.previousActions[Int(sig)]
                if previous.sa_flags & SA_SIGINFO != 0, let handler = previous.__sigaction_handler.sa_sigaction {
                    handler(sig, info, context)
                }
                signal(sig, SIG_DFL)
                raise(sig)
            }
            action.sa_flags = SA_SIGINFO | SA_ONSTACK
            sigemptyset(&action.sa_mask)
            sigaction(sig, &action, &Terminal.previousActions[Int(sig)])
        }
        measure()
    }

    /// SIGINT, SIGTERM and SIGHUP give the terminal back, then end the process as their default does (the live
    /// viewer handles them itself while its run goes, and calls this again when the run has ended).
    static func restoreOnSignals() {
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            signal(sig) { sig in
                Terminal.restoreIfActive()
                signal(sig, SIG_DFL)
                raise(sig)
            }
        }
    }

    func restore() {
        Terminal.restoreIfActive()
    }

    /// The terminal's modes and screen given back from a signal handler: async-signal-safe calls only.
    private static func restoreAfterCrash() {
        guard active else { return }
        var saved = savedModes
        _ = tcsetattr(STDIN_FILENO, TCSANOW, &saved)
        let reset: StaticString = "\u{1b}[?1000l\u{1b}[?1006l\u{1b}[0m\u{1b}[?25h\u{1b}[?1049l\r\n"
        _ = write(STDOUT_FILENO, reset.utf8Start, reset.utf8CodeUnitCount)
    }

    private static func restoreIfActive() {
        guard active else { return }
        active = false
        endwin()
    }

    private func measure() {
        var h: Int32 = 0, w: Int32 = 0
        asv_getmaxyx(asv_stdscr(), &h, &w)
        height = Int(h)
        width = Int(w)
    }

    /// Draws `canvas`, sending only cells that differ from the last one drawn.
    func draw(_ canvas: Canvas) {
        let full = previous == nil || previous!.width != canvas.width || previous!.height != canvas.height
        if full { erase() }
        for y in 0..<min(canvas.height, height) {
            for x in 0..<min(canvas.width, width) {
                let cell = canvas[x, y]
                if !full, previous![x, y] == cell { continue }
                if cell.character == Canvas.continuation { continue }
                let attributes = attributes(for: cell.role)
                attron(attributes)
                var wide = String(cell.character).unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0]
                if y == height - 1 && x == width - 1 {
                    mvwins_nwstr(asv_stdscr(), Int32(y), Int32(x), &wide, 1)
                } else {
                    mvwaddnwstr(asv_stdscr(), Int32(y), Int32(x), &wide, Int32(wide.count - 1))
                }
                attroff(attributes)
            }
        }
        previous = canvas
        wnoutrefresh(asv_stdscr())
        doupdate()
    }

    private func attributes(for role: Canvas.Role) -> Int32 {
        let pair: Int32
        var attr = Int32(truncatingIfNeeded: asv_a_normal())
        switch role {
        case .plain: return attr
        case .dim: pair = 0; attr |= Int32(truncatingIfNeeded: asv_a_dim())
        case .title: pair = 1; attr |= Int32(truncatingIfNeeded: asv_a_bold())
        case .highlight: pair = 4; attr |= Int32(truncatingIfNeeded: asv_a_bold())
        case .running: pair = 2
        case .idle: pair = 3
        case .waiting: pair = 5
        case .done: pair = 0; attr |= Int32(truncatingIfNeeded: asv_a_dim())
        case .current: pair = 0; attr |= Int32(truncatingIfNeeded: asv_a_reverse())
        }
        if colors && pair > 0 { attr |= asv_color_pair(pair) }
        return attr
    }

    /// What the user did: a key, a mouse click or wheel step, a resize, or nothing within `timeout` milliseconds (-1 waits).
    enum Input: Equatable {
        enum MouseKind: Equatable { case click, wheelUp, wheelDown }
        case key(KeyBindings.Key)
        case mouse(x: Int, y: Int, kind: MouseKind)
        case resize
        case timeout
        case other
    }

    /// The key an escape starts: a sequence ncurses did not know for this `TERM` (read with a short wait),
    /// or the escape key itself.
    private func readEscapeSequence() -> KeyBindings.Key {
        var after: [Character] = []
        wtimeout(asv_stdscr(), 30)
        while after.isEmpty || KeySequences.isPrefix(after) {
            var next: wint_t = 0
            guard wget_wch(asv_stdscr(), &next) == OK, let scalar = Unicode.Scalar(UInt32(next)) else { break }
            after.append(Character(scalar))
            if let key = KeySequences.key(after: after) { return key }
        }
        // Not a key sequence: the escape stands alone; what followed is put back to be read as keys.
        for ch in after.reversed() {
            for scalar in String(ch).unicodeScalars.reversed() { unget_wch(wchar_t(bitPattern: scalar.value)) }
        }
        return .character("\u{1b}")
    }

    func read(timeout milliseconds: Int32) -> Input {
        wtimeout(asv_stdscr(), milliseconds)
        var ch: wint_t = 0
        let kind = wget_wch(asv_stdscr(), &ch)
        if kind == ERR { return .timeout }
        if kind == KEY_CODE_YES {
            switch Int32(ch) {
            case asv_key_resize():
                measure()
                previous = nil
                return .resize
            case KEY_RIGHT: return .key(.right)
            case KEY_LEFT: return .key(.left)
            case KEY_UP: return .key(.up)
            case KEY_DOWN: return .key(.down)
            case KEY_HOME: return .key(.home)
            case KEY_END: return .key(.end)
            case KEY_PPAGE: return .key(.pageUp)
            case KEY_NPAGE: return .key(.pageDown)
            case KEY_BTAB: return .key(.backTab)
            case asv_key_mouse():
                var x: Int32 = 0, y: Int32 = 0
                switch asv_read_mouse(&x, &y) {
                case 1: return .mouse(x: Int(x), y: Int(y), kind: .click)
                case 2: return .mouse(x: Int(x), y: Int(y), kind: .wheelUp)
                case 3: return .mouse(x: Int(x), y: Int(y), kind: .wheelDown)
                default: return .other
                }
            default: return .other
            }
        }
        if ch == 9 { return .key(.tab) }
        if ch == 27 { return .key(readEscapeSequence()) }
        guard let scalar = Unicode.Scalar(UInt32(ch)) else { return .other }
        return .key(.character(Character(scalar)))
    }
}
