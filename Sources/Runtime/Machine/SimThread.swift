/// A simulated thread: a fiber the machine runs, what it waits for, and its
/// own asyncio state (each thread has its own running and current loop).
final class SimThread {
    /// What a blocked thread waits for; it decides the lane's colour and how the wait ends.
    enum Wait {
        case sleep, io, cpu
        /// A lock (or what library code built on one: a future, a queue, a join) named by `reason`.
        case lock(reason: String)
        /// An event loop's selector, until a thread hands it work or its next timer.
        case select(EventLoop)
    }

    enum Phase { case new, wantsGIL, wantsCore, running, computing, blocked, done }

    let number: Int
    let eventId: Int
    var name: String
    let process: SimProcess
    let fiber: Fiber
    var phase: Phase = .new
    var wait: Wait?
    /// Why the next lock wait happens, set by library code just before it (`future`, `queue`, `join`).
    var nextReason: String?
    /// The lane state last reported, so only changes become events.
    var laneState = ""
    /// `sim.cpu` work left, and when the current stretch of it began.
    var remaining = 0.0
    /// What its computing is for, while it computes: the lane shows start-up and pickling apart from work.
    var activity = Activity.computing
    var computeStart = 0.0
    /// Invalidates agenda entries of waits that already ended.
    var token = 0
    /// Tried again each time the thread is granted the GIL after a wait; nil means the wait is over.
    var retry: (() -> Value?)?
    /// Removes the thread from whatever waiter list holds it (a timeout ended the wait).
    var unregister: (() -> Void)?
    var timedOut = false
    /// When the thread began waiting for the GIL.
    var waitSince = 0.0
    /// Threads blocked in `join` on this one.
    var joiners: [SimThread] = []
    /// Its fiber has run once: resuming it fills the result slot of the call it blocked in.
    var started = false
    /// It stopped between two instructions to pay for the bytecode it ran (no call waits for a result).
    var preempted = false
    /// Seconds it has computed on a core (`sim.cpu`, bytecode cost): `time.thread_time`.
    var cpuTime = 0.0
    /// Instructions this thread executed, and how many of them it has paid for in virtual time.
    var instructions = 0
    var instructionsPaid = 0
    /// Line events of the scenario's code this thread ran and has not paid for (`lineCost` each).
    var unpaidLines = 0
    /// The core it runs on, while it holds one.
    var core: Int?
    /// The value the blocking call returns when the thread resumes.
    var result: Value = .none
    /// `VM.runDepth` of the dispatch loop that runs this thread's fiber: blocking deeper than that cannot suspend.
    var outermostDepth = 0
    /// Blocked inside a nested machine run: its Swift frames are live below the running thread's.
    var inStack = false
    /// The `threading.Thread` object.
    var object: Value = .none
    var daemon = false
    /// Its process was killed (`terminate`, `kill`): it ends at once, running no more of its code.
    var killed = false
    /// Inside a pool's or an executor's work item (the events opened one that a kill must close).
    var inWorkItem = false
    var eventLoop: EventLoop?
    var policyLoop: EventLoop?
    var asyncioRunUsed = false

    init(number: Int, eventId: Int, name: String, process: SimProcess, fiber: Fiber) {
        self.number = number
        self.eventId = eventId
        self.name = name
        self.process = process
        self.fiber = fiber
    }

    /// The name `threading` gives it now (its `Thread` object's `name`), else its lane name.
    var threadName: String {
        if let instance = object.object as? PyInstance, let name = instance.field("name")?.asStr?.value { return name }
        return name
    }

    /// What a computing thread spends its core on: the scenario's work, a process's start-up, or pickling.
    enum Activity: String {
        case computing = "running", starting, pickling

        /// The work in words (`explore`'s account of a delay).
        var work: String { self == .starting ? "start-up" : rawValue }
    }

    /// The lane state the viewer colours: running, starting, pickling, wants-gil, wants-cpu, blocked:<what>, idle,
    /// done.
    var stateName: String {
        switch phase {
        case .new: return "new"
        case .wantsGIL: return "wants-gil"
        case .wantsCore: return "wants-cpu"
        case .running: return "running"
        case .computing: return activity.rawValue
        case .done: return "done"
        case .blocked:
            switch wait {
            case .sleep?: return "blocked:sleep"
            case .io?: return "blocked:io"
            case .lock(let reason)?: return "blocked:" + reason
            case .select?: return "idle"
            case .cpu?, nil: return "blocked"
            }
        }
    }
}
