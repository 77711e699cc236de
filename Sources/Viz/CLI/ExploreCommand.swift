import ArgumentParser
import Foundation
import Runtime

/// `asyncviz explore FILE`: search the schedules a real machine could produce for one that fails.
struct ExploreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: "Run a scenario under many schedules a real machine could produce; show the first that fails.",
        discussion: """
        Choices: a thread switch where CPython 3.11 checks for one (calls, backward jumps), which waiter gets \
        the GIL or a released lock, how late a sleep, I/O, process start-up or pickling ends (--jitter), and \
        which of several waits ending at one instant goes first. A failure is an uncaught exception (in any \
        thread, or a task's never retrieved), a failed assert, a deadlock, a limit, or with --expect-output \
        output unlike the ordinary run's. Exits 1 with the failing schedule made small, 0 when none failed. \
        See docs/EXPLORE.md.
        """
    )

    @Argument(help: "The scenario (.py) to explore.")
    var file: String

    @Option(help: "How to pick schedules: pb (every schedule with at most --max-preemptions forced choices, fewest first), random (a seeded random walk) or pct (priorities with --depth).")
    var strategy: ExploreOptions.Strategy = .pb

    @Option(help: "Schedules to try, the ordinary one included.")
    var runs = ExploreOptions().runs

    @Option(name: .customLong("max-preemptions"), help: "pb: most forced choices in one schedule.")
    var maxPreemptions = ExploreOptions().maxPreemptions

    @Option(help: "pct: the depth of the bug searched for.")
    var depth = ExploreOptions().depth

    @Option(help: "A blocking call may end up to this fraction of its length late (0: never).")
    var jitter = ExploreOptions().jitter

    @Flag(name: .customLong("expect-output"), help: "Output unlike the ordinary run's is a failure too.")
    var expectOutput = false

    @Option(help: "Write the failing schedule to this file (replay it with --schedule).")
    var save: String?

    @Flag(help: "Open the failing run in the viewer; q there shows the schedules explored, enter opens one.")
    var watch = false

    @OptionGroup var options: RunOptionsGroup

    func validate() throws {
        if !(1...1_000_000).contains(runs) { throw ValidationError("--runs must be from 1 to 1000000") }
        if !(0...100).contains(maxPreemptions) { throw ValidationError("--max-preemptions must be from 0 to 100") }
        if !(1...100).contains(depth) { throw ValidationError("--depth must be from 1 to 100") }
        if !(jitter >= 0 && jitter <= 100) { throw ValidationError("--jitter must be a fraction from 0 to 100") }
        if options.schedule != nil { throw ValidationError("--schedule replays one schedule; explore searches them") }
    }

    func run() throws {
        let source = try ScenarioLoading.loadCheckedOrExit(file)
        if let save, let refusal = OutputFile.refusal(save) {
            Console.error(refusal)
            throw ExitCode(2)
        }
        if watch, isatty(STDIN_FILENO) != 1 || isatty(STDOUT_FILENO) != 1 {
            Console.error("asyncviz: explore --watch needs a terminal; use --save and `asyncviz trace --schedule`")
            throw ExitCode(2)
        }
        SignalHandling.install()
        var settings = ExploreOptions()
        (settings.strategy, settings.runs, settings.seed) = (strategy, runs, options.seed)
        (settings.maxPreemptions, settings.depth, settings.jitter) = (maxPreemptions, depth, jitter)
        settings.expectOutput = expectOutput
        let started = DispatchTime.now().uptimeNanoseconds
        let showsProgress = isatty(STDERR_FILENO) == 1
        let result: Explorer.Result
        do {
            result = try Explorer.explore(source, options: options.runOptions, explore: settings) { runs in
                // On a terminal, a line that counts the schedules tried (every 100), cleared at the end.
                guard showsProgress, runs % 100 == 0 else { return }
                _ = Console.writeAll(STDERR_FILENO, Array("\rexplore: \(runs) of at most \(settings.runs) schedules…".utf8))
            }
        } catch {
            Console.error(error.rendered(in: source, escaped: true))
            throw ExitCode(1)
        }
        if showsProgress && result.runs >= 100 { _ = Console.writeAll(STDERR_FILENO, Array("\r\u{1B}[K".utf8)) }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        try Console.out(ExploreReport.text(result, file: file, settings: settings, seconds: seconds, saved: save))
        if let signal = result.signal { throw ExitCode(128 + signal) }
        if let schedule = result.schedule, let save { try ScheduleLoading.saveOrExit(schedule, to: save) }
        if watch { open(result, source, settings) }
        if result.schedule != nil { throw ExitCode(1) }
    }

    /// The failing run (made small) in the viewer, then the list of explored schedules (q there quits); enter
    /// replays one in the viewer.
    private func open(_ result: Explorer.Result, _ source: SourceFile, _ settings: ExploreOptions) {
        let run = options.runOptions
        let template = Explorer.schedule(source, run, settings)
        let terminal = Terminal()
        ViewerLoop.pickSchedule(result.explored.reversed(), template: template, source: source, options: run,
                                header: options.logHeader(for: source, run: run), on: terminal,
                                openingFirst: result.schedule == nil ? nil : 0)
        terminal.restore()
    }
}

extension ExploreOptions.Strategy: ExpressibleByArgument {}
