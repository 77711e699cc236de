/// The simulated computer a scenario runs on: how many cores, whether each
/// process has a GIL, and what starting processes, pickling and bytecode cost
/// and starting threads cost
/// in virtual time. Flags set it; `sim.configure` may change what no flag set.
public struct MachineModel: Sendable, Equatable {
    /// Cores: at most this many threads execute at once (across all processes).
    public var cpus = 4
    /// Whether each process has a global interpreter lock.
    public var gil = true
    /// `sys.getswitchinterval()`: how long a thread waits for the GIL before it asks the holder to drop it.
    public var switchInterval = 0.005
    /// Virtual seconds a worker process takes to start.
    public var processStart = 0.05
    /// Virtual seconds the thread calling `Thread.start()` computes to create the new thread (0: threads start
    /// for free). CPython 3.11 takes about 0.0002 s to start and join an empty thread, what a pool saves.
    public var threadStart = 0.0
    /// Virtual seconds per 1,000 bytes pickled (arguments and results crossing a process boundary).
    public var pickleCost = 0.0005
    /// Virtual seconds one bytecode instruction costs (0: only `sim.cpu` and `lineCost` compute).
    public var instructionCost = 0.0
    /// Virtual seconds each line event of the scenario's own code costs (`sys.settrace`'s 'line' events, which
    /// the harness counts too; 0: its bytecode runs in no time). Measured on CPython 3.11 (README).
    public var lineCost = MachineModel.measuredLineCost
    /// 20 ns: what a line event of pure-Python code costs CPython 3.11 on the machine asyncviz was built on.
    public static let measuredLineCost = 2e-08
    /// What-if: every `ThreadPoolExecutor` the scenario makes is a `ProcessPoolExecutor` (`.process`), or the other way round (`.thread`).
    public var pool: PoolKind?
    public enum PoolKind: String, Sendable, Equatable, CaseIterable { case thread, process }
    /// What-if: every pool the scenario makes has this many workers, whatever `max_workers` says.
    public var workers: Int?
    /// The names of the fields a command-line flag set; `sim.configure` leaves those alone.
    public var fixed: Set<String> = []

    public init() {}

    /// A switch interval's worth of line events: a thread that ran this many unpaid pays for them at once
    /// (the harness pays at the same count), so a computing thread meets the GIL's switch requests. 0 when
    /// lines cost nothing (the dispatch loop counts none).
    var lineQuantum: Int {
        guard lineCost > 0 else { return 0 }
        let perInterval = switchInterval / lineCost
        return perInterval >= Double(1 << 40) ? 1 << 40 : Swift.max(1, Int(perInterval))
    }

    /// The `sim.configure` keyword each field answers to.
    static let keywords = ["cpus", "gil", "switch_interval", "process_start", "thread_start", "pickle_cost",
                           "instruction_cost", "line_cost"]
}
