import ArgumentParser
import Foundation

/// `asyncviz bench`: the performance suite (issue 9), printing ratios against CPython.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Run the benchmark suite: asyncviz against python3 on the same files, seeks, memory, rendering, start-up, logs.",
        discussion: """
        Run from the project folder with a release build: `swift run -c release asyncviz bench`. Each case runs \
        --repeat times and the median counts; wall-clock cases print the ratio to CPython (with Tools/python's harness). \
        A line starts with `ok` when its target holds and `MISS` when it does not.
        """
    )

    @Option(name: .customLong("repeat"), help: "How many times each timed case runs (the median counts).")
    var repetitions = 3

    @Flag(name: .customLong("model-only"),
          help: "Run only the cases measured in this process: memory, seeks, rendering, logs.")
    var modelOnly = false

    func run() throws {
        print("asyncviz bench: \(ProcessInfo.processInfo.processorCount) cores, \(Self.cpuName()), \(Self.today())")
        var suite = try BenchSuite(executable: CommandLine.arguments[0].hasPrefix("/") ? CommandLine.arguments[0] : FileManager.default.currentDirectoryPath + "/" + CommandLine.arguments[0],
                                   repetitions: max(1, repetitions))
        if modelOnly { try suite.runModel() } else { try suite.runAll() }
        if suite.rows.contains(where: { !$0.holds }) { throw ExitCode(1) }
    }

    static func cpuName() -> String {
        let info = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        return info.split(separator: "\n").first { $0.hasPrefix("model name") }?.split(separator: ":").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
    }

    static func today() -> String {
        let f = DateFormatter()
        f.dateFormat = "yyyy-MM-dd"
        return f.string(from: Date())
    }
}
