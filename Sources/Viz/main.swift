import Foundation
import Runtime

/// `asyncviz` alone in a terminal opens the picker over the bundled scenarios;
/// `asyncviz FILE` is short for `asyncviz watch FILE`; the rest is the command line.
let arguments = Array(CommandLine.arguments.dropFirst())
// Past `ulimit -f` a write fails with EFBIG (reported, exit 1) instead of killing asyncviz half-way.
signal(SIGXFSZ, SIG_IGN)
// Swift's backtracer reads SWIFT_BACKTRACE at start-up and, on a terminal, waits for a key after a crash,
// holding the terminal. On a terminal asyncviz starts itself again once with the backtracer non-interactive,
// so that a crash restores the terminal (Terminal's handler runs first) and then prints its backtrace and exits.
if getenv("SWIFT_BACKTRACE") == nil, isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 {
    setenv("SWIFT_BACKTRACE", "interactive=no", 1)
    var path = [CChar](repeating: 0, count: 4096)
    let length = readlink("/proc/self/exe", &path, path.count - 1)
    if length > 0 { execv(path, CommandLine.unsafeArgv) }
}
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
