/// Escape sequences for named keys in every form terminals send them, whatever `TERM` says:
/// xterm (`ESC [ H`, `ESC [ F`), VT220 (`ESC [ 1 ~`, `ESC [ 4 ~`), rxvt and screen (`ESC [ 7 ~`, `ESC [ 8 ~`),
/// application mode (`ESC O H`, `ESC O F`), arrows and pages. ncurses only knows the forms its terminfo
/// entry lists; the rest reach the viewer as an escape followed by characters, and are read here.
enum KeySequences {
    /// The key the characters after an escape stand for, or nil when they are not a key sequence.
    static func key(after escape: [Character]) -> KeyBindings.Key? {
        let text = String(escape)
        return table[text]
    }

    /// Whether `prefix` could still grow into a known sequence (the reader waits for more).
    static func isPrefix(_ prefix: [Character]) -> Bool {
        let text = String(prefix)
        return table.keys.contains { $0.hasPrefix(text) && $0 != text }
    }

    private static let table: [String: KeyBindings.Key] = {
        var t: [String: KeyBindings.Key] = [:]
        for intro in ["[", "O"] {
            t[intro + "H"] = .home
            t[intro + "F"] = .end
            t[intro + "A"] = .up
            t[intro + "B"] = .down
            t[intro + "C"] = .right
            t[intro + "D"] = .left
        }
        for (code, key) in [("1", KeyBindings.Key.home), ("7", .home), ("4", .end), ("8", .end), ("5", .pageUp), ("6", .pageDown)] {
            t["[" + code + "~"] = key
        }
        t["[Z"] = .backTab
        return t
    }()
}
