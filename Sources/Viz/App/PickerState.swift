/// The scenario picker: which entry is selected, and whether one was chosen.
struct PickerState: Equatable {
    var selected = 0
    var chosen: Int?
    var quitting = false

    enum Action: Equatable { case up, down, choose, quit }

    func applying(_ action: Action, count: Int) -> PickerState {
        var s = self
        switch action {
        case .up: s.selected = max(0, selected - 1)
        case .down: s.selected = min(max(0, count - 1), selected + 1)
        case .choose: if count > 0 { s.chosen = selected }
        case .quit: s.quitting = true
        }
        return s
    }

    static func action(for key: KeyBindings.Key) -> Action? {
        switch key {
        case .up, .character("k"): return .up
        case .down, .character("j"), .tab: return .down
        case .character("\r"), .character("\n"): return .choose
        case .character("q"), .character("\u{3}"): return .quit
        default: return nil
        }
    }
}
