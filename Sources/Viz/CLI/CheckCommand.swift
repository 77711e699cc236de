import ArgumentParser
import Foundation
import Runtime

/// `asyncviz check FILE`: load and compile only, listing every error; `check --modules`: what a scenario can import.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Load and compile a scenario without running it; list every error found.",
        discussion: """
        Exits 0 when the scenario is clean and 1 when it has errors. `--dump` prints the compiled bytecode. \
        `--modules` lists every module a scenario can import, with what it offers.
        """
    )

    @Argument(help: "The scenario (.py) to check.")
    var file: String?

    @Flag(help: "Print the bytecode of every function, with source lines and constants.")
    var dump = false

    @Flag(help: "List the modules a scenario can import, one line each with what it offers.")
    var modules = false

    func validate() throws {
        if file == nil && !modules { throw ValidationError("give a scenario to check, or --modules") }
    }

    func run() throws {
        if modules { try Console.out(Self.moduleListing) }
        guard let file else { return }
        let source = try ScenarioLoading.loadCheckedOrExit(file)
        if dump {
            try Console.out(try Interpreter.disassemble(source))
        } else {
            try Console.out("\(file): ok\n")
        }
    }

    /// One line per importable module: its name, padded, then its summary.
    static var moduleListing: String {
        let modules = Interpreter.moduleSummaries
        let width = modules.map(\.name.count).max() ?? 0
        return modules.map { m in
            m.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + m.summary + "\n"
        }.joined()
    }
}
