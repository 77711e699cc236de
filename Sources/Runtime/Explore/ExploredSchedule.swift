/// One schedule an exploration ran, for the list `explore --watch` shows: its number (0: the failing one
/// made small), the choices it forced (words kept for the first `keptWords`), and how it failed, if it did.
public struct ExploredSchedule: Equatable, Sendable {
    public var number: Int
    public var forced: [ForcedChoice]
    public var failure: RunFailure?
    /// Forced choices whose words are kept (a random walk may force hundreds).
    static let keptWords = 20

    init(number: Int, forced: [ForcedChoice], failure: RunFailure?) {
        self.number = number
        self.forced = forced.enumerated().map { k, c in
            k < ExploredSchedule.keptWords ? c : ForcedChoice(index: c.index, kind: c.kind, choice: c.choice)
        }
        self.failure = failure
    }

    /// The minimised failing schedule.
    public var isMinimised: Bool { number == 0 }

    /// This schedule as a replayable one, with `template`'s scenario, digest, seed, machine and jitter.
    public func schedule(like template: Schedule) -> Schedule {
        var s = template
        s.choices = forced
        s.failure = failure?.text ?? ""
        return s
    }
}
