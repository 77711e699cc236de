import ArgumentParser
import Foundation

/// Parses and runs the command line: a negative number after an option is its value (`--speed -1`),
/// and a bad flag or value is one line on stderr with exit status 2, like every other bad input.
enum CommandLineEntry {
    static func run(_ arguments: [String]) -> Never {
        do {
            var command = try AsyncvizCommand.parseAsRoot(joiningNegativeValues(arguments))
            try command.run()
            AsyncvizCommand.exit()
        } catch {
            if AsyncvizCommand.exitCode(for: error).rawValue == ExitCode.validationFailure.rawValue {
                let message = AsyncvizCommand.message(for: error).split(separator: "\n").first.map(String.init) ?? "bad arguments"
                Console.error("asyncviz: \(message) (see asyncviz --help)")
                Foundation.exit(2)
            }
            AsyncvizCommand.exit(withError: error)
        }
    }

    /// `--opt -1` becomes `--opt=-1`, so that ArgumentParser reads the number as the option's value, not as a flag.
    static func joiningNegativeValues(_ arguments: [String]) -> [String] {
        var out: [String] = []
        for argument in arguments {
            if isNegativeNumber(argument), let last = out.last, last.hasPrefix("--"), last.count > 2, !last.contains("=") {
                out[out.count - 1] = last + "=" + argument
            } else {
                out.append(argument)
            }
        }
        return out
    }

    static func isNegativeNumber(_ text: String) -> Bool {
        text.hasPrefix("-") && text.count > 1 && Double(text) != nil
    }
}
