/// The parts of `asyncio` that asyncviz runs as Python, ported from CPython
/// 3.11's `Lib/asyncio` (`locks.py`, `queues.py`, `tasks.py`, `timeouts.py`,
/// `taskgroups.py`, `threads.py`) so that they schedule exactly as CPython's do. Differences
/// from CPython's text: single inheritance, lists for deques, and dicts (in
/// insertion order) where CPython iterates a set of tasks in address order.
enum AsyncioLibrarySource {
    static let path = "<asyncviz>/asyncio.py"
    /// The whole module, in the order its parts depend on each other.
    static let text = [core, locks, queues, tasks, timeouts, taskGroups, threads].joined(separator: "\n\n\n")
}
