/// Where a scenario's output goes.
public enum StandardStream: Sendable { case stdout, stderr }

/// The virtual machine: runs compiled code on fibers, owns the module table,
/// the seeded random generator and the virtual clock, and enforces the limits.
final class VM {
    /// The run's limits (`sys.setrecursionlimit` moves the recursion limit).
    var limits: Limits
    /// The words after `--` on asyncviz's command line: `sys.argv[1:]`.
    var scenarioArguments: [String] = []
    /// `sys.intern`'s table: the first string object seen with each value.
    var interned: [String: Value] = [:]
    private let output: (StandardStream, String) -> Void
    /// Where scheduling events go; nil (the usual case) means none are built.
    let sink: EventSink?
    private var lastId = 0
    let source: SourceFile
    var modules: [String: PyModule] = [:]
    let mainModule: PyModule
    /// The scenario's compiled module code (a spawned process runs it again as `__mp_main__`).
    private(set) var mainCode: CodeObject?
    var fiber = Fiber()
    /// Instructions the dispatch loop may run before it next checks for a signal or the limit.
    var stepsLeft: Int
    /// The machine's `MachineModel.lineQuantum`, kept here for the dispatch loop: line events a thread runs before
    /// it pays for them (0: lines cost nothing and none are counted).
    var lineQuantum = 0
    /// Ids of the code objects the run's events named (`CodeObject.eventId(in:)`).
    var codeIds: [ObjectIdentifier: Int] = [:]
    /// The synchronisation objects the scenario made, by event id: only these are reported (`SyncReporting`).
    var reportedSync: Set<Int> = []
    /// The run explores or replays a schedule: calls and backward jumps are points where a thread may stop.
    var preemptive = false
    /// The rest of the instruction budget, handed out `VM.stepChunk` at a time.
    private var stepsBanked: Int
    static let stepChunk = 1 << 20
    /// While the scenario runs, generators dropped while suspended are closed (`GeneratorFinalizer`).
    var closesDroppedGenerators = false
    var closingDroppedGenerators = false
    var droppedGenerators: [GeneratorBody] = []
    /// The module `random`'s generator.
    let randomGenerator: RandomGenerator
    /// Its Mersenne Twister, changed in place.
    var random: MersenneTwister {
        get { randomGenerator.twister }
        _modify { yield &randomGenerator.twister }
    }
    /// The seed `random` starts from (and returns to on `random.seed()`).
    let seed: Int
    /// Virtual seconds since the run started.
    var clock: Double = 0
    /// The simulated computer: threads, processes, cores and GILs.
    private(set) var machine: Machine!
    /// The running thread's running asyncio event loop, while `asyncio.run` runs.
    var eventLoop: EventLoop? {
        get { machine.current.eventLoop }
        set { machine.current.eventLoop = newValue }
    }
    /// The loop `asyncio.get_event_loop()` made outside a running loop, in the running thread.
    var policyLoop: EventLoop? {
        get { machine.current.policyLoop }
        set { machine.current.policyLoop = newValue }
    }
    /// Set by `asyncio.run`, which leaves the thread with no current loop.
    var asyncioRunUsed: Bool {
        get { machine.current.asyncioRunUsed }
        set { machine.current.asyncioRunUsed = newValue }
    }
    /// Nesting of the dispatch loop: a blocking call deeper than its thread's outermost run cannot suspend the fiber.
    var runDepth = 0
    /// Events handed to the sink so far.
    private(set) var eventsReported = 0
    /// Native calls in progress in the running thread: a blocking call may suspend its fiber only as the
    /// one native call the dispatch loop made (inside `map` or `list`, native code would go on after it).
    var nativeDepth = 0
    /// The `nativeDepth` of the native call the dispatch loop's `call` instruction is making (-1 when none).
    var suspendableDepth = -1
    /// Frames of the fibers that resumed the running generator's (they count towards the recursion limit).
    var framesBelow = 0
    /// The global `Task-N` counter.
    var taskNameCounter = 0
    /// Warnings from deinitialisers (never-awaited coroutines).
    private(set) var warnings: WarningOutput!
    /// Set when the run ends abruptly (a deadlock): nothing more is reported, as CPython's harness exits at once.
    var exited = false {
        didSet { warnings.silenced = exited }
    }
    /// Coroutines a failed call still holds at exit: CPython warns about them at shutdown (`sys:1`).
    var exitWarnings: [PyCoroutine] = []
    /// Frames of the fibers `callAside` set aside (they count toward the recursion limit).
    private var asideFrames = 0
    /// Calls aside in progress: each holds native stack, so their nesting is bounded on its own.
    private var asideNesting = 0
    static let maxAsideNesting = 150
    /// A fiber a finished `callAside` left clean, reused by the next one (property getters call aside often).
    private var spareAsideFiber: Fiber?
    /// Serials handed out for `id()` and identity hashes, in the order objects are first asked about.
    private var serials = 0

    init(source: SourceFile, globals: GlobalTable, limits: Limits, seed: Int, machine model: MachineModel = MachineModel(), sink: EventSink? = nil, write: @escaping (StandardStream, String) -> Void) {
        _ = Builtins.table
        self.source = source
        self.limits = limits
        self.output = write
        self.sink = sink
        self.stepsLeft = min(limits.maxInstructions, VM.stepChunk)
        self.stepsBanked = limits.maxInstructions - min(limits.maxInstructions, VM.stepChunk)
        self.seed = seed
        self.randomGenerator = RandomGenerator(seed: seed)
        mainModule = PyModule(name: "__main__")
        mainModule.globalNames = globals.names
        mainModule.globals = globals.names.map { name in
            if name == "__name__" { return .str("__main__") }
            if name == "__file__" { return .str(source.tracebackPath) }
            return Builtins.table[name] ?? .unbound
        }
        let output = write
        warnings = WarningOutput(source: source, sink: sink, clock: { [unowned(unsafe) self] in self.clock }, output: output)
        machine = Machine(vm: self, model: model, mainModule: mainModule)
        let first = min(stepsLeft, quantum)
        stepsBanked += stepsLeft - first
        stepsLeft = first
    }

    /// Counts work a native operation does as `n` instructions against the instruction budget (`--max-steps`), so an
    /// operation with no Python instructions in it (a product of two huge ints) still meets the limit.
    /// The bank may go below zero by up to a chunk (the dispatch loop may hold that many in hand): the next refill
    /// stops the run, and an operation that overdraws further stops at once.
    func chargeSteps(_ n: Int) throws {
        stepsBanked -= n
        guard stepsBanked < -VM.stepChunk else { return }
        stepsBanked = 0
        stepsLeft = 0
        throw RunStop.limit(.instructions, limits.maxInstructions)
    }

    /// Instructions run so far (exact while no dispatch loop holds its count in a register: at native calls).
    var instructionsExecuted: Int { limits.maxInstructions - stepsBanked - stepsLeft }

    /// The next chunk of the instruction budget (the current one is spent): a signal stops the run here, and so does the limit.
    func refillSteps() throws -> Int {
        try Cost.checkpoint()
        try checkRecording()
        guard stepsBanked > 0 else {
            stepsLeft = 0
            throw RunStop.limit(.instructions, limits.maxInstructions)
        }
        let chunk = min(stepsBanked, quantum)
        stepsBanked -= chunk
        return chunk - 1
    }

    /// Instructions between two payments for bytecode when instructions cost time: one switch interval's
    /// worth (at least 1,000), so a computing thread meets the GIL's switch requests as CPython's do.
    var quantum: Int {
        let cost = machine.model.instructionCost
        guard cost > 0 else { return VM.stepChunk }
        let perInterval = machine.model.switchInterval / cost
        return perInterval >= Double(VM.stepChunk) ? VM.stepChunk : max(1000, Int(perInterval))
    }

    /// The scenario's output: an event for the sink, then the stream.
    func write(_ stream: StandardStream, _ text: String) {
        if let sink { sink.record(RuntimeEvent(kind: stream == .stdout ? .stdout : .stderr, time: clock, other: machine.current === machine.main ? -1 : machine.current.eventId, text: text)) }
        output(stream, text)
    }

    /// The next object id for events (creation order).
    func nextId() -> Int {
        lastId += 1
        return lastId
    }

    /// Reports an event at the current virtual time, when a sink listens.
    @inline(__always)
    func emit(_ kind: RuntimeEvent.Kind, _ subject: Int = -1, other: Int = -1, index: Int = -1, column: Int = -1, when: Double? = nil, text: @autoclosure () -> String = "") {
        if let sink {
            eventsReported += 1
            // A NaN or infinite deadline (`call_at(nan, …)`) has no place in a log of JSON numbers: it is left out.
            let finite = when.flatMap { $0.isFinite ? $0 : nil }
            sink.record(RuntimeEvent(kind: kind, time: clock, subject: subject, other: other, index: index, column: column, when: finite, text: text()))
        }
    }

    /// Stops the run when what records it is over its limits (events reported, the log's size).
    func checkRecording() throws {
        guard let sink else { return }
        if eventsReported > limits.maxEvents { throw RunStop.limit(.events, limits.maxEvents) }
        if sink.isFull { throw RunStop.limit(.logSize, limits.maxLogBytes) }
    }

    /// Moves the clock forward to `time` (never backwards), within the virtual-time limit.
    func setClock(_ time: Double) throws {
        if time > limits.maxVirtualTime { throw RunStop.limit(.virtualTime, Int(limits.maxVirtualTime)) }
        if time > clock { clock = time }
    }

    /// `code.function` and its `code.await` sites, once per async function: the states of its coroutines.
    func announce(_ code: CodeObject) {
        guard codeIds[ObjectIdentifier(code)] == nil else { return }
        let id = code.eventId(in: self)
        emit(.codeFunction, id, other: code.awaitSites.count, index: code.firstLine, column: LibraryCode.isLibrary(code) ? 1 : 0, text: code.qualifiedName)
        for site in code.awaitSites {
            emit(.codeAwait, id, other: site.line, index: site.index, column: site.column, text: site.text)
        }
    }

    /// The scenario line the running fiber is at (its innermost frame outside library code), or -1.
    var currentLine: Int {
        guard let frame = fiber.frames.last(where: { !LibraryCode.isLibrary($0.code) }) else { return -1 }
        return frame.code.line(at: max(0, frame.ip - 1))
    }

    /// A deterministic `id()`: objects are numbered in the order they are first asked about (or hashed), the number
    /// kept in the object, so asking does not keep it alive.
    func identity(of o: PyObject) -> Int {
        if o.serial == 0 { o.serial = nextSerial() }
        return 0x7F3A_0000_1000 + (o.serial - 1) * 0x40
    }

    /// The next serial of this run.
    func nextSerial() -> Int {
        serials += 1
        return serials
    }

    /// Runs a module's code to the end on the main fiber.
    func runModule(_ code: CodeObject) throws {
        closesDroppedGenerators = true
        defer { closesDroppedGenerators = false }
        mainCode = code
        try pushFrame(code: code, function: nil, module: mainModule, arguments: [], resultSlot: fiber.sp)
        _ = try run(stopDepth: 0)
    }

    /// The "never awaited" warnings CPython prints at interpreter shutdown.
    func emitExitWarnings() {
        guard !exited else { return }
        for coroutine in exitWarnings where !coroutine.claimed {
            coroutine.claimed = true
            write(.stderr, "sys:1: RuntimeWarning: coroutine '\(coroutine.function.code.qualifiedName)' was never awaited\n")
        }
        exitWarnings = []
    }

    /// Runs library code's module body on the current fiber (as an import does).
    func runLibraryModule(_ code: CodeObject, in module: PyModule) throws {
        let depth = fiber.frames.count
        let slot = fiber.sp
        fiber.reserve(1)
        fiber.stack[slot] = .none
        fiber.sp += 1
        try pushFrame(code: code, function: nil, module: module, arguments: [], resultSlot: slot)
        _ = try run(stopDepth: depth)
        fiber.sp = slot
    }

    /// Calls from code that may run in the middle of an instruction (a repr inside an f-string):
    /// on a fiber of its own, so the running fiber's stack is left exactly as it is.
    func callAside(_ callee: Value, _ args: [Value], _ kwargs: KeywordArguments = []) throws -> Value {
        if asideFrames + fiber.frames.count >= limits.maxRecursionDepth || asideNesting >= VM.maxAsideNesting {
            throw PyError(ExceptionTypes.recursionError, "maximum recursion depth exceeded")
        }
        let saved = fiber
        asideFrames += saved.frames.count
        asideNesting += 1
        fiber = spareAsideFiber ?? Fiber(capacity: 64)
        spareAsideFiber = nil
        defer {
            var aside = fiber
            fiber = saved
            recycle(&aside)
            asideFrames -= saved.frames.count
            asideNesting -= 1
        }
        return try call(callee, args, kwargs)
    }

    /// Keeps the finished aside fiber for the next `callAside` when nothing else holds it and it is back at
    /// rest; its slots are cleared so no object lives longer than it would on a fresh fiber.
    private func recycle(_ aside: inout Fiber) {
        guard isKnownUniquelyReferenced(&aside), aside.capacity == 64, aside.frames.isEmpty, aside.blocks.isEmpty,
              aside.handling.isEmpty, !aside.yielded, !aside.running, !aside.awaitSuspended, !aside.suspended
        else { return }
        aside.clear(from: 0, to: aside.capacity)
        aside.sp = 0
        spareAsideFiber = aside
    }

    /// Calls any callable from Swift and returns its result (a nested run for Python functions).
    func call(_ callee: Value, _ args: [Value], _ kwargs: KeywordArguments = []) throws -> Value {
        if case .object(let o) = callee, o.kind == .function {
            let f = o as! PyFunction
            if f.code.isGenerator { return try makeGenerator(f, args, kwargs) }
            if f.code.isCoroutine { return try makeCoroutine(f, args, kwargs) }
            let depth = fiber.frames.count
            let slot = fiber.sp
            fiber.reserve(1)
            fiber.stack[slot] = .none
            fiber.sp += 1
            let locals = try bindArguments(f, args, kwargs)
            try pushFrame(code: f.code, function: f, module: f.module, arguments: locals, resultSlot: slot)
            let result = try run(stopDepth: depth)
            fiber.sp = slot
            return result
        }
        return try callNative(callee, args, kwargs)
    }

    /// A coroutine object for a call of an `async def`: nothing of its body runs yet.
    func makeCoroutine(_ f: PyFunction, _ args: [Value], _ kwargs: KeywordArguments) throws -> Value {
        let locals = try bindArguments(f, args, kwargs)
        let line = fiber.frames.last(where: { !LibraryCode.isLibrary($0.code) }).map { $0.code.line(at: $0.ip - 1) } ?? f.code.firstLine
        return .object(PyCoroutine(function: f, arguments: locals, vm: self, line: line))
    }

    /// Pushes a frame whose locals start as `arguments` followed by unbound slots.
    func pushFrame(code: CodeObject, function: PyFunction?, module: PyModule, arguments: [Value], resultSlot: Int) throws {
        if fiber.frames.count + framesBelow >= limits.maxRecursionDepth {
            throw PyError(ExceptionTypes.recursionError, "maximum recursion depth exceeded")
        }
        fiber.reserve(code.slotCount + code.stackBound)
        let base = fiber.sp
        let stack = fiber.stack
        for i in 0..<code.slotCount {
            stack[base + i] = i < arguments.count ? arguments[i] : .unbound
        }
        fiber.sp = base + code.slotCount
        fiber.push(Fiber.Frame(code: code, function: function, module: module, ip: 0, base: base, resultSlot: resultSlot, blockBase: fiber.blocks.count))
        prepareCells(code: code, function: function, base: base)
    }

    /// Wraps captured parameters in cells, makes empty cells for captured locals, and loads free variables from the closure.
    @inline(__always) func prepareCells(code: CodeObject, function: PyFunction?, base: Int) {
        guard !code.cellSlots.isEmpty else { return }
        let stack = fiber.stack
        for slot in code.cellSlots {
            if let k = code.freeSlots.firstIndex(of: slot), let f = function {
                stack[base + slot] = .object(f.closure[k])
            } else {
                stack[base + slot] = .object(PyCell(stack[base + slot]))
            }
        }
    }
}
