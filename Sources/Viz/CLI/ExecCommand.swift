import ArgumentParser
import Foundation
import Runtime

/// `asyncviz exec FILE`: run a scenario headless, like `python3 FILE`.
struct ExecCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exec",
        abstract: "Run a scenario like `python3 FILE`: same stdout, a Python-style traceback on error.",
        discussion: """
        Exits 0 when the scenario finishes, 1 on an uncaught exception, a load error, a limit or a deadlock, \
        128+N when signal N stops it. With --log, every scheduling event is written to a session log as it happens.
        """
    )

    @Argument(help: "The scenario (.py) to run.")
    var file: String

    @Option(help: "Write a session log (JSON Lines) of the run to this file.")
    var log: String?

    @OptionGroup var options: RunOptionsGroup

    func run() throws {
        let source = try ScenarioLoading.loadOrExit(file)
        let run = try options.replaying(options.execOptions, for: source)
        SignalHandling.install()
        var writer: LogWriter?
        if let log {
            do {
                writer = try LogWriter(path: log, header: options.logHeader(for: source, run: run), maxBytes: run.limits.maxLogBytes)
            } catch {
                Console.error((error as? LogProblem)?.message ?? "asyncviz: \(log): cannot be written")
                throw ExitCode(2)
            }
        }
        let output = ProcessOutput()
        let status = Interpreter.run(source, options: run, sink: writer, write: output.write)
        output.flush()
        writer?.close()
        if let failure = output.failure {
            Console.error("asyncviz: standard output: write failed (\(failure))")
            throw ExitCode(status != 0 ? status : 1)
        }
        if let log, let failure = writer?.failure {
            Console.error("asyncviz: \(log): writing the log failed (\(failure)); it keeps every complete line written before")
            throw ExitCode(status != 0 ? status : 1)
        }
        if status != 0 { throw ExitCode(status) }
    }
}
