/// The keys of the viewer (htop / less habits) and the actions they ask for.
enum KeyBindings {
    /// A key as the terminal reports it: a character, or a named key.
    enum Key: Equatable {
        case character(Character)
        case right, left, up, down, home, end, tab, backTab
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
        case .end: return .last
        case .character("+"): return .faster
        case .character("-"): return .slower
        case .character("="): return .resetSpeed
        case .character("s"): return .toggleFollow
        case .tab, .down, .character("j"): return .selectNextTask
        case .backTab, .up, .character("k"): return .selectPreviousTask
        case .character("q"), .character("\u{3}"): return .quit
        default: return nil
        }
    }

    /// The keys line under the screen.
    static let hint = "space play  n/→ next  b/← back  y/Y yield  ]/[ iteration  Home/End  +/- speed  tab task  s follow  q quit"
}
