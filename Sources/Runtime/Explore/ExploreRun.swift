/// One run of a scenario under a schedule policy: what it printed, how it ended, and its choice points.
struct ExploreRun {
    let status: Int32
    let stdout: String
    let stderr: String
    /// Points the run offered, the options of each (up to `ScheduleChooser.recordedLimit`), and the forced ones.
    let points: Int
    let optionCounts: [UInt8]
    let forced: [ForcedChoice]

    /// Runs `code` once with `policy` deciding.
    static func run(_ source: SourceFile, code: CodeObject, globals: GlobalTable, options: RunOptions,
                    policy: SchedulePolicy, jitter: Double) -> ExploreRun {
        var out: [UInt8] = [], err: [UInt8] = []
        let chooser = ScheduleChooser(policy: policy, jitter: jitter)
        let status = Interpreter.run(source, code: code, globals: globals, options: options, chooser: chooser) {
            if $0 == .stdout { out.append(contentsOf: $1.utf8) } else { err.append(contentsOf: $1.utf8) }
        }
        return ExploreRun(status: status, stdout: String(decoding: out, as: UTF8.self),
                          stderr: String(decoding: err, as: UTF8.self), points: chooser.points,
                          optionCounts: chooser.optionCounts, forced: chooser.forced)
    }

    /// A signal stopped the run (128 + N): exploring stops too.
    var interrupted: Bool { status >= 128 }

    /// How the run fails, in one line, or nil: a non-zero exit (an uncaught exception, a deadlock, a limit),
    /// an exception that ended a thread or was never retrieved from a task, or — with `expected` — output
    /// different from it.
    func failure(expecting expected: String?) -> RunFailure? {
        let lines = stderr.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        if status != 0 {
            let last = lines.last ?? "exit status \(status)"
            return RunFailure(kind: last.hasPrefix("deadlock") ? "deadlock" : RunFailure.head(of: last), text: last)
        }
        if let start = lines.firstIndex(where: { $0.hasPrefix("Exception in thread ") }) {
            let name = lines[start].dropFirst("Exception in thread ".count).dropLast()
            let last = lines[start...].first { !$0.hasPrefix(" ") && !$0.hasPrefix("Traceback") && $0 != lines[start] }
            let what = last ?? "an exception"
            return RunFailure(kind: "thread " + RunFailure.head(of: what), text: "\(what) (in thread \(name))")
        }
        if let line = lines.first(where: { $0.contains("exception was never retrieved") }) {
            return RunFailure(kind: "task", text: line)
        }
        if let expected, expected != stdout { return RunFailure(kind: "output", text: RunFailure.difference(expected, stdout)) }
        return nil
    }
}

/// How a run fails: a kind the minimiser keeps (`deadlock`, `AssertionError`, `output`…) and a line to show.
public struct RunFailure: Equatable, Sendable {
    public let kind: String
    public let text: String

    /// `AssertionError` of `AssertionError: balance went negative`.
    static func head(of line: String) -> String {
        String(line.prefix { $0 != ":" && $0 != " " })
    }

    /// The first output line that differs, as `line 3: expected 'x', got 'y'`.
    static func difference(_ expected: String, _ got: String) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = got.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(a.count, b.count) {
            let x = i < a.count ? "'\(a[i])'" : "nothing", y = i < b.count ? "'\(b[i])'" : "nothing"
            if x != y { return "output differs at line \(i + 1): expected \(x), got \(y)" }
        }
        return "output differs"
    }
}
