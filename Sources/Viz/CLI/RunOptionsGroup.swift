import ArgumentParser
import Foundation
import Runtime

/// The limits, seed and machine model shared by every command that runs a scenario.
struct RunOptionsGroup: ParsableArguments {
    @Option(name: .customLong("max-steps"),
            help: "Stop after this many bytecode instructions (default: no limit for exec, 50,000,000 for the others).")
    var maxSteps: Int?

    @Option(name: .customLong("max-depth"), help: "Python recursion limit (RecursionError beyond it).")
    var maxDepth: Int = Limits().maxRecursionDepth

    @Option(name: .customLong("max-objects"), help: "Largest number of items any container may hold.")
    var maxObjects: Int = Limits().maxObjects

    @Option(name: .customLong("max-threads"), help: "Threads a run may start.")
    var maxThreads: Int = Limits().maxThreads

    @Option(name: .customLong("max-processes"), help: "Worker processes a run may start.")
    var maxProcesses: Int = Limits().maxProcesses

    @Option(name: .customLong("max-time"), help: "Virtual seconds the clock may reach.")
    var maxTime: Double = Limits().maxVirtualTime

    @Option(name: .customLong("max-events"), help: "Events a recorded run may report.")
    var maxEvents: Int = Limits().maxEvents

    @Option(name: .customLong("max-log-bytes"), help: "Bytes a session log may take.")
    var maxLogBytes: Int = Limits().maxLogBytes

    @Option(name: .customLong("max-memory"), help: "Bytes of memory a run may hold (default 2 GiB).")
    var maxMemory: Int = Limits().maxMemory

    @Option(help: "Seed of the `random` module when the scenario does not seed it.")
    var seed: Int = 0

    @Option(help: "Cores of the simulated machine (default 4, or the scenario's sim.configure).")
    var cpus: Int?

    @Flag(name: .customLong("no-gil"), help: "What if there were no GIL: threads run in parallel up to the core count.")
    var noGIL = false

    @Option(name: .customLong("switch-interval"), help: "Seconds a thread waits for the GIL before asking for it (default 0.005).")
    var switchInterval: Double?

    @Option(name: .customLong("process-start"), help: "Virtual seconds a worker process takes to start (default 0.05).")
    var processStart: Double?

    @Option(name: .customLong("thread-start"),
            help: "Virtual seconds Thread.start() computes to create a thread (default 0).")
    var threadStart: Double?

    @Option(name: .customLong("pickle-cost"), help: "Virtual seconds per 1,000 pickled bytes (default 0.0005).")
    var pickleCost: Double?

    @Option(name: .customLong("instruction-cost"), help: "Virtual seconds each bytecode instruction costs (default 0).")
    var instructionCost: Double?

    @Option(name: .customLong("line-cost"),
            help: "Virtual seconds each line event of the scenario's code costs (default 2e-08, 0 turns it off).")
    var lineCost: Double?

    @Option(help: "What if every pool were this kind: `process` runs each ThreadPoolExecutor as a ProcessPoolExecutor of the same size, `thread` the other way round.")
    var pool: MachineModel.PoolKind?

    @Option(help: "What if every pool had this many workers, whatever max_workers says.")
    var workers: Int?

    @Option(help: "Replay a schedule `explore --save` wrote: its choices, seed, machine and arguments, the same run every time.")
    var schedule: String?

    @Argument(parsing: .postTerminator, help: "Words after `--`: the scenario's sys.argv[1:] (`exec x.py -- 10 20`).")
    var scenarioArguments: [String] = []

    func validate() throws {
        if let cpus, !(1...1024).contains(cpus) { throw ValidationError("--cpus must be from 1 to 1024") }
        if !(maxTime > 0 && maxTime <= EventLine.maxTime) { throw ValidationError("--max-time must be from 0 to 1e9 seconds") }
        if let workers, !(1...1024).contains(workers) { throw ValidationError("--workers must be from 1 to 1024") }
        if let switchInterval, !(switchInterval >= 1e-6 && switchInterval <= 3600) {
            throw ValidationError("--switch-interval must be from 0.000001 to 3600 seconds")
        }
        if maxMemory < 1 << 20 { throw ValidationError("--max-memory must be at least 1048576 (1 MiB)") }
        for (flag, value) in [("--process-start", processStart), ("--thread-start", threadStart),
                              ("--pickle-cost", pickleCost), ("--instruction-cost", instructionCost),
                              ("--line-cost", lineCost)] {
            if let value, !(value >= 0 && value.isFinite) { throw ValidationError("\(flag) must be a non-negative number") }
        }
    }

    /// The machine model the flags set; the fields they set are fixed against `sim.configure`.
    var machine: MachineModel {
        var m = MachineModel()
        if let cpus { m.cpus = cpus; m.fixed.insert("cpus") }
        if noGIL { m.gil = false; m.fixed.insert("gil") }
        if let switchInterval { m.switchInterval = switchInterval; m.fixed.insert("switch_interval") }
        if let processStart { m.processStart = processStart; m.fixed.insert("process_start") }
        if let threadStart { m.threadStart = threadStart; m.fixed.insert("thread_start") }
        if let pickleCost { m.pickleCost = pickleCost; m.fixed.insert("pickle_cost") }
        if let instructionCost { m.instructionCost = instructionCost; m.fixed.insert("instruction_cost") }
        if let lineCost { m.lineCost = lineCost; m.fixed.insert("line_cost") }
        m.pool = pool
        m.workers = workers
        return m
    }

    /// The header of a session log of a run of `source` under `run` (what the flags or a schedule set).
    func logHeader(for source: SourceFile, run: RunOptions) -> LogHeader {
        func number(_ n: Int) -> JSON { .number(Double(n), text: String(n)) }
        func seconds(_ d: Double) -> JSON { .number(d, text: "\(d)") }
        let (seed, machine) = (run.seed, run.machine)
        return LogHeader(
            scenario: source.path, source: source.text,
            options: .object([("seed", number(seed)), ("max_steps", number(maxSteps ?? Int.max)), ("max_depth", number(maxDepth)), ("max_objects", number(maxObjects)), ("max_threads", number(maxThreads)), ("max_processes", number(maxProcesses))]),
            machine: .object([("cpus", number(machine.cpus)), ("gil", .bool(machine.gil)), ("switch_interval", seconds(machine.switchInterval)),
                              ("process_start", seconds(machine.processStart)),
                              ("thread_start", seconds(machine.threadStart)),
                              ("pickle_cost", seconds(machine.pickleCost)),
                              ("instruction_cost", seconds(machine.instructionCost)),
                              ("line_cost", seconds(machine.lineCost))]))
    }

    /// The options of a command that shows a run: a runaway loop stops at the default step limit.
    var runOptions: RunOptions { runOptions(defaultSteps: Limits().maxInstructions) }

    /// The options of `exec`, which runs a program to its end as `python3` would unless `--max-steps` is given.
    var execOptions: RunOptions { runOptions(defaultSteps: Int.max) }

    /// `options` for a run of `source`, replaying `--schedule` when it is given (exit status 2 when that file
    /// cannot be used).
    func replaying(_ options: RunOptions, for source: SourceFile) throws -> RunOptions {
        guard let schedule else { return options }
        return try ScheduleLoading.loadOrExit(schedule, for: source).replayOptions(options)
    }

    private func runOptions(defaultSteps: Int) -> RunOptions {
        RunOptions(limits: Limits(maxInstructions: maxSteps ?? defaultSteps, maxRecursionDepth: maxDepth, maxObjects: maxObjects, maxThreads: maxThreads, maxProcesses: maxProcesses,
                                  maxVirtualTime: maxTime, maxEvents: maxEvents, maxLogBytes: maxLogBytes, maxMemory: maxMemory),
                   seed: seed, machine: machine, arguments: scenarioArguments)
    }
}

extension MachineModel.PoolKind: ExpressibleByArgument {}

extension RunData {
    /// `--compare "FLAGS"`: the same scenario run again under those flags, attached for the Workers panel.
    /// The scenario sees the same `arguments` (after `--`) in both runs.
    func attachComparison(_ flags: String?, input: String, arguments: [String]) throws {
        guard let flags else { return }
        var options: RunOptionsGroup
        do {
            options = try RunOptionsGroup.parse(CommandLineEntry.joiningNegativeValues(flags.split(separator: " ").map(String.init)))
            options.scenarioArguments = arguments
        } catch {
            Console.error("asyncviz: --compare \(flags): \(RunOptionsGroup.message(for: error))")
            throw ExitCode(2)
        }
        guard !EventInput.isSessionLog(input) else {
            Console.error("asyncviz: --compare runs the scenario again: give a .py file, not a log")
            throw ExitCode(2)
        }
        let events = try EventInput.load(input, options: options)
        comparison = (flags, RunData(store: events.store, source: events.source))
    }
}
