/// The parts of `asyncio` that asyncviz runs as Python: the synchronization primitives, queues, the
/// waiting helpers, timeouts and task groups, written for asyncviz from the documented behaviour of
/// CPython 3.11 (orders of wake-ups, messages, reprs) and checked against it by the conformance
/// programs. They build on the native loop, futures and tasks, which they see as globals.
enum AsyncioLibrarySource {
    static let path = "<asyncviz>/asyncio.py"
    /// The whole module, in the order its parts depend on each other.
    static let text = [core, locks, barrier, queues, tasks, timeouts, taskGroups, runner, threads].joined(separator: "\n\n\n")
}
