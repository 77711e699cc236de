import ArgumentParser
import Foundation
import Runtime

/// `asyncviz check FILE`: load and compile only, listing every error.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Load and compile a scenario without running it; list every error found.",
        discussion: "Exits 0 when the scenario is clean and 1 when it has errors. `--dump` prints the compiled bytecode."
    )

    @Argument(help: "The scenario (.py) to check.")
    var file: String

    @Flag(help: "Print the bytecode of every function, with source lines and constants.")
    var dump = false

    func run() throws {
        let source = try ScenarioLoading.loadCheckedOrExit(file)
        if dump {
            try Console.out(try Interpreter.disassemble(source))
        } else {
            try Console.out("\(file): ok\n")
        }
    }
}
