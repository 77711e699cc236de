/// A moment where a real machine could go more than one way, as asyncviz's machine offers it to a
/// `SchedulePolicy`. Option 0 is always what an ordinary run does; the others are what a real machine
/// might do instead (see docs/EXPLORE.md for where each kind arises).
struct ChoicePoint {
    /// The ways a run can differ.
    enum Kind: String, CaseIterable {
        /// At a point where CPython checks its eval breaker (a call, a backward jump), the running thread
        /// stops and another one runs: option k > 0 is the k-th thread able to run (`threads[k]`).
        case preempt
        /// The GIL is free and several threads wait for it: which one takes it.
        case gil
        /// A lock is released while several threads wait for it: which one is woken.
        case lock
        /// A blocking call (a sleep, I/O, a process's start-up or pickling) ends later by `k/8` of
        /// `jitter` times its length.
        case delay
        /// Several waits end at the same instant: which thread's ending the machine sees first.
        case order
    }

    /// Counts the points of one run, in the order they arise; replay depends on it.
    let index: Int
    let kind: Kind
    /// How many options there are (at least 2).
    let options: Int
    /// The thread each option runs (`preempt`: option 0 is the running thread), by number; empty for `delay`.
    let threads: [Int]
    /// The running thread's number.
    let thread: Int
}

/// How a run decides at its choice points: by default, an exploration strategy, or a saved schedule.
protocol SchedulePolicy: AnyObject {
    /// The option taken at `point`, in `0..<point.options`.
    func choose(_ point: ChoicePoint) -> Int
    /// A thread of this number has started (strategies that rank threads rank it here).
    func threadStarted(_ number: Int)
}

extension SchedulePolicy {
    func threadStarted(_ number: Int) {}
}
