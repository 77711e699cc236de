/// A simulated OS process: its GIL (holder, FIFO waiters, switch
/// bookkeeping) and, for worker processes, its own copy of the program.
final class SimProcess {
    let pid: Int
    let name: String
    let eventId: Int
    /// The scenario's `__main__` as this process sees it (a fork-time copy in workers).
    let mainModule: PyModule
    var gilHolder: SimThread?
    /// When the holder took the GIL.
    var holderSince = 0.0
    /// Threads waiting for the GIL, served first come, first served.
    var gilWaiters: [SimThread] = []
    /// Bumped at each GIL hand-over: an older drop request is void.
    var switchToken = 0
    var liveThreads = 0
    /// A spawned process still importing the script: starting a process now is the unguarded-script mistake.
    var bootstrapping = false

    init(pid: Int, name: String, eventId: Int, mainModule: PyModule) {
        self.pid = pid
        self.name = name
        self.eventId = eventId
        self.mainModule = mainModule
    }
}
