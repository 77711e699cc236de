/// Loads the Python half of `asyncio` (`AsyncioLibrarySource`) into a VM: it
/// sees the native half's names as globals, and its public names join the
/// `asyncio` module.
enum AsyncioLibrary {
    static let exported = [
        "sleep", "to_thread", "_wrap_awaitable",
        "Lock", "Event", "Barrier", "Runner", "Condition", "Semaphore", "BoundedSemaphore", "Queue", "LifoQueue", "PriorityQueue",
        "wait", "wait_for", "as_completed", "shield", "Timeout", "timeout", "timeout_at", "TaskGroup",
    ]

    static func load(into module: PyModule, vm: VM) throws {
        try LibraryCode.load("asyncio", path: AsyncioLibrarySource.path, text: AsyncioLibrarySource.text,
                             natives: module.attributes, exported: exported, into: module, vm: vm)
    }
}
