/// The state of a run after some prefix of its events: what the viewer
/// draws at one moment. A value, built only by folding events (`Reducer`),
/// so a live run and a replayed log give equal snapshots.
public struct Snapshot: Equatable, Sendable {
    /// Events folded so far (the next event's seq).
    public var position = 0
    /// Choices a replayed schedule forced so far (`schedule.choice` events), and the last one.
    public var forcedChoices = 0
    /// The tasks that began waiting on each future (by id), so a wake-up finds its task without a scan.
    public var tasksWaitingOn: [Int: [Int]] = [:]
    /// The coroutines awaiting each future, task or coroutine (by id): its completion wakes them without a scan.
    public internal(set) var awaitedBy = AwaiterIndex()
    public var lastForcedChoice: ForcedMark?

    /// A choice a replayed schedule forced: on whose lane, in words ("Thread-1 is preempted: Thread-2 runs").
    public struct ForcedMark: Equatable, Sendable {
        public var lane: Int
        public var text: String
    }
    public var time = 0.0
    public var scenario = ""
    /// Set by `run.end`: the exit status and message.
    public var finished: Finished?
    /// The last `sim.note` text.
    public var note: String?
    /// Output events folded so far (their text is in the store).
    public var outputEvents = 0

    public var code: [Int: CodeInfo] = [:]
    public var coroutines: [Int: CoroutineInfo] = [:]
    /// The scenario's generators and async generators that have started and not ended, as state machines.
    public var generators: [Int: CoroutineInfo] = [:]
    public var tasks: [Int: TaskInfo] = [:]
    /// Task ids in creation order.
    public var taskOrder: [Int] = []
    public var futures: [Int: FutureInfo] = [:]
    public var handles: [Int: HandleInfo] = [:]
    public var loop: LoopInfo?
    public var sync: [Int: SyncInfo] = [:]
    public var lanes: [Lane] = [Lane(id: 0, name: "MainThread", process: "MainProcess", state: .running)]
    /// Process names by id (0 is the main process).
    public var processes: [Int: String] = [0: "MainProcess"]
    /// Work items of every pool: submitted, started and finished so far.
    public var workItems = WorkItemCounts()

    /// How far the pools' work has come.
    public struct WorkItemCounts: Equatable, Sendable {
        public var submitted = 0, started = 0, finished = 0
        /// Executors created, by the name events give them (`ThreadPoolExecutor ThreadPoolExecutor-0`).
        public var executors: [String] = []
    }

    public init() {}

    /// How the run ended.
    public struct Finished: Equatable, Sendable {
        public var status: Int
        public var message: String

        public init(status: Int, message: String) {
            self.status = status
            self.message = message
        }
    }

    /// An `async def`: its name, first line and await sites (the states of its coroutines).
    public struct CodeInfo: Equatable, Sendable {
        public var name: String
        public var firstLine: Int
        /// asyncio's own code (`sleep`, `Lock.acquire`, …), not the scenario's.
        public var isLibrary = false
        public var sites: [Site] = []

        /// One await site: a state of the coroutine's state machine.
        public struct Site: Equatable, Sendable {
            public var line: Int
            public var column: Int
            public var text: String
        }
    }

    /// A coroutine as a state machine: which state it is in and what it awaits.
    public struct CoroutineInfo: Equatable, Sendable {
        public enum State: Equatable, Sendable {
            case created, running, suspended(site: Int), returned, raised, cancelled
        }
        public var code: Int
        public var name: String
        /// How it was called: `party('alice', <Future pending>)` (its arguments' short reprs).
        public var call = ""
        public var state: State = .created
        /// The task whose fiber runs it (known once it runs).
        public var task: Int?
        /// What it awaits while suspended: a future, a task or an inner coroutine.
        public var awaiting: Int?
    }

    /// A task: its name, its coroutine and whether it has finished.
    public struct TaskInfo: Equatable, Sendable {
        public var name: String
        public var coroutine: Int
        /// `pending`, or the final state (`finished result=…`, `finished exception=…`, `cancelled`).
        public var state = "pending"
        public var cancelRequested = false
        /// The future (or task) its innermost coroutine awaits, until the wakeup is scheduled.
        public var waitingOn: Int?
        public var isDone: Bool { state != "pending" }
    }

    /// A future that is pending or still has callbacks to schedule.
    public struct FutureInfo: Equatable, Sendable {
        public var type: String
        public var state = "pending"
        /// Callbacks registered and not yet scheduled.
        public var callbacks: [String] = []
    }

    /// A handle waiting in the ready queue or the timer heap.
    public struct HandleInfo: Equatable, Sendable {
        public var callback: String
        public var when: Double?
        public var cancelled = false
        /// The task it steps (a task's first step or its wakeup).
        public var task: Int?
        /// The future whose done callback it is.
        public var future: Int?
        /// Scheduled from another thread (`call_soon_threadsafe`).
        public var fromThread = false
        /// It was a timer that came due.
        public var wasTimer = false
    }

    /// The event loop: its iteration, the handle it runs, its ready queue and timers.
    public struct LoopInfo: Equatable, Sendable {
        public var id: Int
        public var iteration = 0
        /// The handle running now.
        public var running: Int?
        /// Handle ids in the ready queue, in order.
        public var ready: [Int] = []
        /// Timer handle ids, earliest deadline first (ties in scheduling order).
        public var timers: [Int] = []
        /// The time the loop sleeps until, while it waits in its selector.
        public var waitingUntil: Double?
    }

    /// A lock, event, semaphore, condition, barrier or queue the scenario made (`sync.create`), as its
    /// events tell it: who holds it, its value, its items and who waits on it, in order.
    public struct SyncInfo: Equatable, Sendable {
        /// `asyncio.Lock`, `threading.Semaphore`, `queue.Queue`.
        public var type: String
        /// What it was made with: a semaphore's value, a queue's maxsize, a barrier's parties (-1: nothing).
        public var size = -1
        /// Tasks or threads (by event id) holding it: a lock's holder, a semaphore's takers in order.
        public var holders: [Int] = []
        /// A semaphore's value or a barrier's waiting parties, as the last event that says tells it.
        public var value: Int?
        /// An event's flag.
        public var isSet = false
        /// A barrier's phase: `filling`, `draining`, `passed`, `broken`.
        public var phase: String?
        /// A queue's items (short reprs), in the order they were put.
        public var items: [String] = []
        /// Who waits, in arrival order.
        public var waiters: [Waiter] = []

        /// A task or thread waiting: for asyncio, the future it awaits; for a queue, which way it waits.
        public struct Waiter: Equatable, Sendable {
            public var actor: Int
            public var future: Int?
            /// Waits for room to put (else for an item to get).
            public var putter = false
        }

        public init(type: String, size: Int = -1) {
            self.type = type
            self.size = size
        }
    }

    /// A thread lane (threads of worker processes too).
    public struct Lane: Equatable, Sendable {
        /// What the thread does: the lane's colour.
        public enum State: String, Equatable, Sendable {
            case running, idle, done
            /// Computing to start a worker process, or pickling a call or a result: a core is busy, the
            /// scenario's own work is not running.
            case starting, pickling
            case wantsGIL = "wants-gil"
            case wantsCPU = "wants-cpu"
            case sleeping = "blocked:sleep"
            case io = "blocked:io"
            case lock = "blocked:lock"
            case future = "blocked:future"
            case queue = "blocked:queue"
            case join = "blocked:join"
            case event = "blocked:event"
            case semaphore = "blocked:semaphore"
            case blocked
            case new

            /// Holds a core and computes: the scenario's work, a process's start-up or pickling.
            public var computes: Bool { self == .running || self == .starting || self == .pickling }

            /// The state a `thread.state` event's text names (an unknown blocked reason is just `blocked`).
            public init(eventText: String) {
                self = State(rawValue: eventText) ?? .blocked
            }
        }
        public var id: Int
        public var name: String
        public var process: String
        public var state: State
        /// Holds its process's GIL.
        public var holdsGIL = false
        /// The work item it runs (`evaluate_item(3)`), while it runs one.
        public var work: String?
        /// The scenario line it was at when its state last changed (-1: not known).
        public var line = -1
        /// Work items it finished.
        public var itemsDone = 0

        public init(id: Int, name: String, process: String, state: State) {
            self.id = id
            self.name = name
            self.process = process
            self.state = state
        }
    }
}
