import ArgumentParser
import Foundation
import Runtime

/// `asyncviz exec FILE`: run a scenario headless, like `python3 FILE`.
struct ExecCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exec",
        abstract: "Run a scenario like `python3 FILE`: same stdout, a Python-style traceback on error.",
        discussion: "Exits 0 when the scenario finishes, 1 on an uncaught exception, a load error or a limit."
    )

    @Argument(help: "The scenario (.py) to run.")
    var file: String

    @OptionGroup var options: RunOptionsGroup

    func run() throws {
        let source: SourceFile
        do { source = try ScenarioLoading.load(file) } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(2)
        }
        let output = ProcessOutput()
        let status = Interpreter.run(source, options: options.runOptions, write: output.write)
        output.flush()
        if status != 0 { throw ExitCode(status) }
    }
}
