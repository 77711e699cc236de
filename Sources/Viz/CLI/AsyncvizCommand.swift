import ArgumentParser
import Runtime

/// The `asyncviz` command: a terminal visualizer of Python concurrency.
struct AsyncvizCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "asyncviz",
        abstract: "Run Python concurrency scenarios on a deterministic runtime and show how they are scheduled.",
        discussion: """
        A scenario is a small .py file in the Python subset asyncviz understands. \
        `asyncviz exec FILE` runs it like `python3 FILE`; `asyncviz check FILE` only loads and compiles it.
        """,
        version: LogHeader.asyncvizVersion,
        subcommands: [WatchCommand.self, ExecCommand.self, CheckCommand.self, TraceCommand.self, FrameCommand.self, StatsCommand.self, CompareCommand.self, LintCommand.self, ExploreCommand.self, ScenariosCommand.self, BenchCommand.self]
    )
}
