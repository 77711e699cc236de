import Foundation
import Runtime

/// `asyncviz` alone in a terminal opens the picker over the bundled scenarios;
/// `asyncviz FILE` is short for `asyncviz watch FILE`; the rest is the command line.
let arguments = Array(CommandLine.arguments.dropFirst())
// Past `ulimit -f` a write fails with EFBIG (reported, exit 1) instead of killing asyncviz half-way.
signal(SIGXFSZ, SIG_IGN)
let subcommands = AsyncvizCommand.configuration.subcommands.map { $0._commandName }
if arguments.isEmpty && isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 {
    let terminal = Terminal()
    ViewerLoop.pick(ScenarioCatalog.load(), on: terminal, options: RunOptions())
    terminal.restore()
} else if let first = arguments.first, !first.hasPrefix("-"), !subcommands.contains(first), FileManager.default.fileExists(atPath: first) {
    CommandLineEntry.run(["watch"] + arguments)
} else {
    CommandLineEntry.run(arguments)
}
