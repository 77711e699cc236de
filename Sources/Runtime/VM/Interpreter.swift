/// Options for one run of a scenario.
public struct RunOptions: Sendable {
    public var limits: Limits
    /// The seed `random` starts from, so unseeded scenarios are deterministic too.
    public var seed: Int
    /// The simulated computer (cores, GIL, costs).
    public var machine: MachineModel
    /// The words after the scenario's path in `sys.argv` (asyncviz's command line after `--`).
    public var arguments: [String]
    /// A schedule `explore` saved: the run replays its choices (its seed, machine and arguments are the caller's
    /// to set from it).
    public var schedule: Schedule?
    /// Tests only: the run receives this signal at its first checkpoint reached by work, not instructions.
    var testSignalAtWorkCheckpoint: Int32?

    public init(limits: Limits = Limits(), seed: Int = 0, machine: MachineModel = MachineModel(),
                arguments: [String] = []) {
        self.limits = limits
        self.seed = seed
        self.machine = machine
        self.arguments = arguments
    }
}

/// The entry points of the runtime: check a scenario, show its bytecode, run it.
public enum Interpreter {
    /// Every module name an `import` may use.
    public static var availableModules: [String] { ModuleRegistry.available }

    /// Every importable module with its one-line summary, by name (`asyncviz check --modules`).
    public static var moduleSummaries: [(name: String, summary: String)] {
        ModuleRegistry.available.sorted().map { ($0, ModuleRegistry.summaries[$0] ?? "") }
    }

    /// Loads and compiles without running; the errors, or nil when the scenario is clean.
    public static func check(_ source: SourceFile) -> LoadErrors? {
        do {
            _ = try Compiler.compile(source, availableModules: availableModules)
            return nil
        } catch {
            return error
        }
    }

    /// The compiled bytecode of every code object, as readable text.
    public static func disassemble(_ source: SourceFile) throws(LoadErrors) -> String {
        let (code, globals) = try Compiler.compile(source, availableModules: availableModules)
        return Disassembler.render(code, globals: globals)
    }

    /// Runs a scenario as `python3 FILE` would; returns the exit status (0, or 1 after an error).
    /// `sink`, when given, receives every scheduling event in order.
    /// `options.schedule`, when given, is replayed: the run makes the choices it names.
    public static func run(_ source: SourceFile, options: RunOptions = RunOptions(), sink: EventSink? = nil, write: @escaping (StandardStream, String) -> Void) -> Int32 {
        let code: CodeObject
        let globals: GlobalTable
        do {
            (code, globals) = try Compiler.compile(source, availableModules: availableModules)
        } catch {
            write(.stderr, error.rendered(in: source))
            return 1
        }
        let replay = options.schedule.map { ScheduleChooser(policy: ReplayPolicy($0.choices), jitter: $0.jitter) }
        return run(source, code: code, globals: globals, options: options, chooser: replay, sink: sink, write: write)
    }

    /// Runs compiled code; `chooser`, when given, decides the run's choice points (`explore`, `--schedule`).
    static func run(_ source: SourceFile, code: CodeObject, globals: GlobalTable, options: RunOptions,
                    chooser: ScheduleChooser?, sink: EventSink? = nil,
                    write: @escaping (StandardStream, String) -> Void) -> Int32 {
        let vm = VM(source: source, globals: globals, limits: options.limits, seed: options.seed, machine: options.machine, sink: sink, write: write)
        vm.scenarioArguments = options.arguments
        vm.machine.chooser = chooser
        vm.preemptive = chooser != nil
        let budget = RunBudget(maxMemory: options.limits.maxMemory, recursionLimit: options.limits.maxRecursionDepth)
        budget.signalAtWorkCheckpoint = options.testSignalAtWorkCheckpoint
        return RunBudget.with(budget) { Repr.$identities.withValue(IdentityNumbering(vm)) {
            vm.emit(.runStart, text: source.path)
            var (status, message, fatal) = report(vm, source) { try vm.runModule(code) } ?? (0, "", false)
            let shutdown = { try vm.shutdownThreads(); try WeakrefModule.runFinalizersAtExit(vm) }
            if !fatal, let failure = report(vm, source, shutdown), status == 0 || failure.fatal {
                (status, message, fatal) = failure
            }
            vm.emitExitWarnings()
            vm.emit(.runEnd, index: Int(status), text: message)
            return status
        } }
    }

    /// Runs `body`, printing what ends it abnormally as CPython (or asyncviz's harness) would; nil when it returns.
    /// `fatal` failures (deadlocks, limits, signals) end the run at once: no thread is waited for.
    static func report(_ vm: VM, _ source: SourceFile, _ body: () throws -> Void) -> (status: Int32, message: String, fatal: Bool)? {
        do {
            try body()
            return nil
        } catch let error as PyError where error.exception.type.isSubtype(of: ExceptionTypes.systemExit) {
            let (status, message) = exitStatus(of: error.exception, vm: vm)
            return (status, message, false)
        } catch let error as PyError {
            vm.write(.stderr, Traceback.render(error.exception, source: source))
            // As CPython: an uncaught KeyboardInterrupt exits as SIGINT would (128 + 2).
            let status: Int32 = error.exception.type.isSubtype(of: ExceptionTypes.keyboardInterrupt) ? 130 : 1
            return (status, Traceback.lastLine(error.exception), false)
        } catch let deadlock as Deadlock {
            vm.exited = true
            vm.write(.stderr, deadlock.report(source: source))
            return (1, "deadlock", true)
        } catch let deadlock as MachineDeadlock {
            vm.exited = true
            vm.write(.stderr, deadlock.report())
            return (1, "deadlock", true)
        } catch let stop as RunStop {
            vm.write(.stderr, stop.message + "\n")
            return (stop.status, stop.message, true)
        } catch {
            vm.write(.stderr, "internal error: \(error)\n")
            return (1, "internal error", true)
        }
    }

    /// An uncaught `SystemExit`: no traceback; its code is the exit status (a non-int code is printed, status 1).
    static func exitStatus(of exit: PyException, vm: VM) -> (Int32, String) {
        let code = exit.args.count > 1 ? .object(PyTuple(exit.args)) : exit.args.first ?? .none
        if code.isNoneValue { return (0, "SystemExit") }
        if case .int(let n) = code { return (Int32(truncatingIfNeeded: n), "SystemExit: \(n)") }
        if case .bool(let b) = code { return (b ? 1 : 0, "SystemExit: \(b ? 1 : 0)") }
        vm.write(.stderr, Repr.str(code) + "\n")
        return (1, "SystemExit: " + Repr.str(code))
    }
}
