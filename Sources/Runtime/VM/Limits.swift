/// The ceilings a run may not pass, each raised by a command-line flag.
public struct Limits: Sendable {
    public var maxInstructions: Int
    public var maxRecursionDepth: Int
    public var maxObjects: Int
    /// Threads a run may start (the main thread and process main threads included).
    public var maxThreads: Int
    /// Worker processes a run may start.
    public var maxProcesses: Int
    /// Virtual seconds the clock may reach.
    public var maxVirtualTime: Double
    /// Events a run may report (only counted when something records them).
    public var maxEvents: Int
    /// Bytes a session log may take.
    public var maxLogBytes: Int
    /// Bytes of memory the run may hold (see `RunBudget`).
    public var maxMemory: Int

    public init(maxInstructions: Int = 50_000_000, maxRecursionDepth: Int = 1000, maxObjects: Int = 10_000_000, maxThreads: Int = 1000, maxProcesses: Int = 64,
                maxVirtualTime: Double = 86_400, maxEvents: Int = 50_000_000, maxLogBytes: Int = 4_000_000_000,
                maxMemory: Int = 2 << 30) {
        self.maxInstructions = maxInstructions
        self.maxRecursionDepth = maxRecursionDepth
        self.maxObjects = maxObjects
        self.maxThreads = maxThreads
        self.maxProcesses = maxProcesses
        self.maxVirtualTime = maxVirtualTime
        self.maxEvents = maxEvents
        self.maxLogBytes = maxLogBytes
        self.maxMemory = maxMemory
    }

    /// Fails when a container would grow past the object limit.
    func checkAllocation(_ count: Int) throws {
        if count > maxObjects { throw RunStop.limit(.objects, maxObjects) }
    }
}

/// Why a run stopped without a Python exception: a limit was hit. Python code cannot catch it.
enum RunStop: Error {
    enum Limit { case instructions, objects, threads, processes, virtualTime, events, logSize, memory, systemMemory }
    case limit(Limit, Int)
    /// SIGINT, SIGTERM or SIGHUP arrived: the run stops so that its output and log are flushed.
    case interrupted(Int32)
    /// A thread waits inside a call native code made while a thread below it on the native stack must run.
    case nestedWait(String)
    /// The scenario used, at `path:line`, something asyncviz declines at run time.
    case unsupported(location: String, what: String)

    /// The exit status: 1 for a limit, 128 + the signal number for a signal (as a shell reports it).
    var status: Int32 {
        if case .interrupted(let signal) = self { return 128 + signal }
        return 1
    }

    var message: String {
        switch self {
        case .interrupted(let signal):
            return "stopped: interrupted by signal \(signal)"
        case .nestedWait(let text):
            return "stopped: \(text)"
        case .unsupported(let location, let what):
            return "\(location): asyncviz: unsupported: \(what)"
        case .limit(.instructions, let n):
            return "stopped: the scenario executed \(DigitGrouping.grouped(n)) instructions without finishing (raise the limit with --max-steps)"
        case .limit(.objects, let n):
            return "stopped: the scenario built a container of more than \(DigitGrouping.grouped(n)) items (raise the limit with --max-objects)"
        case .limit(.threads, let n):
            return "stopped: the scenario started more than \(DigitGrouping.grouped(n)) threads (raise the limit with --max-threads)"
        case .limit(.virtualTime, let n):
            return "stopped: the scenario's virtual clock passed \(DigitGrouping.grouped(n)) seconds (raise the limit with --max-time)"
        case .limit(.events, let n):
            return "stopped: the scenario reported more than \(DigitGrouping.grouped(n)) events (raise the limit with --max-events)"
        case .limit(.logSize, let n):
            return "stopped: the session log grew past \(DigitGrouping.grouped(n)) bytes (raise the limit with --max-log-bytes)"
        case .limit(.memory, let n):
            return "stopped: the scenario used more than \(DigitGrouping.grouped(n)) bytes of memory (raise the limit with --max-memory)"
        case .limit(.systemMemory, let n):
            return "stopped: the scenario used more than \(DigitGrouping.grouped(n)) bytes of memory, what the process's "
                + "address-space limit (ulimit -v) leaves it"
        case .limit(.processes, let n):
            return "stopped: the scenario started more than \(DigitGrouping.grouped(n)) processes (raise the limit with --max-processes)"
        }
    }

}

/// A request to stop the run, set from a signal handler and checked by the VM
/// between chunks of instructions and at every event-loop iteration.
public enum Interrupt {
    nonisolated(unsafe) static var pending: Int32 = 0

    /// Called from a signal handler: only stores the signal number.
    public static func request(_ signal: Int32) {
        pending = signal
    }

    static func check() throws {
        if pending != 0 { throw RunStop.interrupted(pending) }
        let local = ThreadState.current.signal
        if local != 0 { throw RunStop.interrupted(local) }
    }
}
