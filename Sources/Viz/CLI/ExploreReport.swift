import Runtime

/// What `explore` prints: the failure and its schedule, choice by choice, or how much was explored.
enum ExploreReport {
    static func text(_ r: Explorer.Result, file: String, settings: ExploreOptions, seconds: Double,
                     saved: String?) -> String {
        var lines: [String] = []
        let rate = seconds > 0 ? Int((Double(r.runs) / seconds).rounded()) : r.runs
        let explored = "explored \(r.runs) schedule\(r.runs == 1 ? "" : "s") (\(r.distinct + 1) distinct, "
            + "strategy \(settings.strategy.rawValue)) at \(rate) schedules/s"
        if let signal = r.signal {
            return "explore: stopped: interrupted by signal \(signal); " + explored + "\n"
        }
        guard let failure = r.failure, let schedule = r.schedule else {
            let scope = r.exhausted ? "every schedule with at most \(settings.maxPreemptions) forced choices; " : ""
            return "explore: \(file): no failure found. \(scope.capitalizedFirst)\(explored)\n"
        }
        let n = schedule.choices.count
        if r.ordinaryFails {
            lines.append("explore: \(file) fails in the ordinary schedule already: \(failure.text)")
        } else {
            lines.append("explore: \(file) fails under \(n) forced choice\(n == 1 ? "" : "s") "
                         + "(schedule \(r.runs) of at most \(settings.runs); minimised from \(r.forcedBeforeMinimising) "
                         + "in \(r.minimiseRuns) replays):")
            lines.append("  \(failure.text)")
            lines.append("")
            lines.append("The schedule:")
            for (k, c) in schedule.choices.enumerated() {
                let place = c.line > 0 ? ", \(file):\(c.line)" : ""
                lines.append("  \(k + 1). at \(c.time) s\(place): \(c.detail)")
            }
        }
        lines.append("")
        lines.append(explored)
        if let saved {
            lines.append("Saved to \(saved). Replay it: asyncviz exec \(file) --schedule \(saved)")
            lines.append("Watch it:  asyncviz watch \(file) --schedule \(saved)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

private extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
