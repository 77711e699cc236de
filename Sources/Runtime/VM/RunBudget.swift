import Glibc

/// The memory and work budget of one run, kept per thread (`ThreadState.budget`).
///
/// Memory is the process's resident set as the kernel counts it (`/proc/self/statm`), less what it was
/// when the run started: every object, frame, string and event the run keeps is in it, at its true size.
/// It is read at each checkpoint and before any single allocation of a megabyte or more, so a bomb of
/// any shape stops within one checkpoint of crossing the budget (`--max-memory`).
///
/// Work counts the units (characters, items) that operations proportional to their operands' size
/// process: every `RunBudget.workChunk` units, as every `VM.stepChunk` instructions, the run checks for
/// a signal and for its memory, so an expensive instruction cannot hold off SIGINT, SIGTERM or SIGHUP.
final class RunBudget {
    /// Units of work between checkpoints: a few milliseconds of string or list work.
    static let workChunk = 1 << 22
    /// Single allocations at least this large are checked against the budget before they are made.
    static let largeAllocation = 1 << 20
    let maxMemory: Int
    /// Levels of native recursion (repr, ==) allowed: the run's Python recursion limit.
    var recursionLimit: Int
    let baseline: Int
    var workLeft = RunBudget.workChunk
    /// Tests only: a signal this run receives at its first checkpoint reached by work, not instructions.
    var signalAtWorkCheckpoint: Int32?

    /// The address space the system leaves the process (`ulimit -v`) caps the budget: three quarters of
    /// what is free of it when the run starts, so the run stops with its message before an allocation fails.
    let cappedBySystem: Bool

    init(maxMemory: Int, recursionLimit: Int) {
        let free = RunBudget.addressSpaceLeft()
        self.maxMemory = min(maxMemory, free)
        cappedBySystem = free < maxMemory
        self.recursionLimit = recursionLimit
        baseline = RunBudget.residentBytes()
    }

    /// Three quarters of the address space left under `RLIMIT_AS` (Int.max when it is unlimited).
    static func addressSpaceLeft() -> Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_AS.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max,
              limit.rlim_cur < UInt(Int.max) else { return Int.max }
        let used = statmField(0)
        return max(0, (Int(limit.rlim_cur) - used) / 4 * 3)
    }

    /// Runs `body` with `budget` as the current thread's run budget.
    static func with<T>(_ budget: RunBudget, _ body: () throws -> T) rethrows -> T {
        let state = ThreadState.current
        let saved = state.budget
        state.budget = budget
        state.tripped = nil
        state.signal = 0
        defer {
            state.budget = saved
            state.signal = 0
        }
        return try body()
    }

    /// Bytes the run holds beyond what the process held when it started.
    var memoryInUse: Int { RunBudget.residentBytes() - baseline }

    /// Stops the run when it holds more than its budget (with `adding` bytes it is about to allocate).
    func checkMemory(adding: Int = 0) throws {
        if memoryInUse + adding > maxMemory { throw RunStop.limit(cappedBySystem ? .systemMemory : .memory, maxMemory) }
    }

    /// The resident set size of this process, in bytes (0 when the kernel does not say).
    static func residentBytes() -> Int { statmField(1) }

    /// Field `index` of `/proc/self/statm` (0: the address space, 1: the resident set), in bytes.
    private static func statmField(_ index: Int) -> Int {
        let fd = open("/proc/self/statm", O_RDONLY)
        guard fd >= 0 else { return 0 }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 96)
        let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, 95) }
        guard n > 0 else { return 0 }
        // "size resident shared ...", in pages.
        var field = 0, pages = 0
        for byte in buffer[0..<n] {
            if byte == UInt8(ascii: " ") {
                field += 1
                if field > index { break }
            } else if field == index, byte >= 48, byte <= 57 {
                pages = pages * 10 + Int(byte - 48)
            }
        }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}

/// What the runtime's expensive operations call to count their work and to reserve large allocations.
enum Cost {
    /// Counts `units` of work (characters or items processed); a checkpoint every `RunBudget.workChunk`.
    @inline(__always) static func charge(_ units: Int) throws {
        guard let budget = ThreadState.current.budget else { return }
        budget.workLeft &-= units
        if budget.workLeft < 0 { try checkpoint(budget) }
    }

    /// Counts the work of making `bytes` bytes and, when they are many, checks them against the budget first.
    @inline(__always) static func allocate(bytes: Int) throws {
        guard let budget = ThreadState.current.budget else { return }
        if bytes >= RunBudget.largeAllocation { try budget.checkMemory(adding: bytes) }
        budget.workLeft &-= bytes
        if budget.workLeft < 0 { try checkpoint(budget) }
    }

    /// Counts the size of a value an operation is about to process (a string's length, a container's items).
    @inline(__always) static func charge(sizeOf v: Value) throws {
        guard case .object(let o) = v else { return }
        switch o.kind {
        case .str: try charge((o as! PyStr).value.utf8.count)
        case .list: try charge((o as! PyList).items.count)
        case .tuple: try charge((o as! PyTuple).items.count)
        case .dict: try charge((o as! PyDict).count)
        default: return
        }
    }

    /// The check an instruction-count refill makes: a signal, then the memory budget.
    static func checkpoint() throws {
        try Interrupt.check()
        try ThreadState.current.budget?.checkMemory()
    }

    /// The check of a work checkpoint: the same, and the work count starts again.
    private static func checkpoint(_ budget: RunBudget) throws {
        budget.workLeft = RunBudget.workChunk
        if let signal = budget.signalAtWorkCheckpoint { ThreadState.current.signal = signal }
        try Interrupt.check()
        try budget.checkMemory()
    }
}
