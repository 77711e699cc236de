/// `RunStats` as text (an aligned table) or JSON, and two of them side by
/// side with ratios for `compare`.
public enum StatsReport {
    static func seconds(_ x: Double) -> String { String(format: "%.3f", x) }

    static func spread(_ s: RunStats.Spread, unit: String = "") -> String {
        s.count == 0 ? "-" : "min \(seconds(s.min))\(unit)  mean \(seconds(s.mean))\(unit)  max \(seconds(s.max))\(unit)"
    }

    public static func text(_ stats: RunStats, title: String) -> String {
        var out = "\(title)\n"
        out += "ended          \(stats.ending.summary)\n"
        out += "virtual time   \(seconds(stats.virtualTime)) s   events \(stats.events)\n"
        let width = max(12, stats.lanes.map(\.name.count).max() ?? 0)
        out += "lanes".padding(toLength: width + 15, withPad: " ", startingAt: 0)
            + ["running", "wants GIL", "wants CPU", "blocked", "idle"].map { pad($0, 9) }.joined(separator: " ") + "  " + pad("utilisation", 11) + "\n"
        for lane in stats.lanes {
            let columns = [lane.running, lane.wantsGIL, lane.wantsCPU, lane.blocked, lane.idle].map { pad(seconds($0), 9) }
            out += "  " + lane.name.padding(toLength: width + 13, withPad: " ", startingAt: 0) + columns.joined(separator: " ") + "  " + pad(percent(lane.utilisation), 11) + "\n"
        }
        out += "event loop     \(stats.loopIterations) iterations; ready queue \(spread(stats.readyQueue).replacingOccurrences(of: ".000", with: ""))\n"
        out += "tasks          \(stats.taskSteps.count) tasks; steps \(spread(stats.taskSteps).replacingOccurrences(of: ".000", with: "")); wake to run \(spread(stats.wakeToRun, unit: " s"))\n"
        out += "work items     \(stats.workItemRun.count) run; queue wait \(spread(stats.workItemWait, unit: " s")); start to end \(spread(stats.workItemRun, unit: " s"))\n"
        return out
    }

    public static func json(_ stats: RunStats) -> String {
        func spread(_ s: RunStats.Spread) -> String { "{\"count\":\(s.count),\"min\":\(s.min),\"mean\":\(s.mean),\"max\":\(s.max)}" }
        let lanes = stats.lanes.map { l in
            "{\"name\":\(JSON.quote(l.name)),\"running\":\(l.running),\"wants_gil\":\(l.wantsGIL),\"wants_cpu\":\(l.wantsCPU),\"blocked\":\(l.blocked),\"idle\":\(l.idle),\"utilisation\":\(l.utilisation)}"
        }
        let end = stats.ending
        let ended = "{\"kind\":\(JSON.quote(kind(end.kind))),\"status\":\(end.status),"
            + "\"message\":\(JSON.quote(end.message)),\"task\":\(end.task.map(JSON.quote) ?? "null"),"
            + "\"event\":\(end.position),\"summary\":\(JSON.quote(end.summary))}"
        return "{\"ended\":\(ended),"
            + "\"virtual_time\":\(stats.virtualTime),\"events\":\(stats.events),\"lanes\":[\(lanes.joined(separator: ","))],"
            + "\"loop_iterations\":\(stats.loopIterations),\"ready_queue\":\(spread(stats.readyQueue)),\"task_steps\":\(spread(stats.taskSteps)),"
            + "\"wake_to_run\":\(spread(stats.wakeToRun)),\"work_item_wait\":\(spread(stats.workItemWait)),\"work_item_run\":\(spread(stats.workItemRun))}\n"
    }

    /// Two runs of one scenario under two machine models, row by row, with B/A.
    public static func comparison(_ a: RunStats, _ b: RunStats, labels: (String, String)) -> String {
        var rows: [(String, String, String, String)] = [("", "A  " + labels.0, "B  " + labels.1, "B/A")]
        func row(_ name: String, _ x: Double, _ y: Double, whole: Bool = false) {
            let f = { (v: Double) in whole ? String(Int(v)) : StatsReport.seconds(v) }
            rows.append((name, f(x), f(y), x > 0 ? String(format: "%.2f", y / x) : "-"))
        }
        row("virtual time (s)", a.virtualTime, b.virtualTime)
        row("loop iterations", Double(a.loopIterations), Double(b.loopIterations), whole: true)
        row("work item wait, mean (s)", a.workItemWait.mean, b.workItemWait.mean)
        row("work item run, mean (s)", a.workItemRun.mean, b.workItemRun.mean)
        let names = a.lanes.map(\.name) + b.lanes.map(\.name).filter { n in !a.lanes.contains { $0.name == n } }
        for name in names {
            let x = a.lanes.first { $0.name == name }, y = b.lanes.first { $0.name == name }
            rows.append(("\(name) running", x.map { percent($0.utilisation) } ?? "-", y.map { percent($0.utilisation) } ?? "-", ""))
            let waitA = x.map { $0.wantsGIL + $0.wantsCPU }, waitB = y.map { $0.wantsGIL + $0.wantsCPU }
            if (waitA ?? 0) > 0 || (waitB ?? 0) > 0 {
                let ratio = waitA.flatMap { a in waitB.map { b in a > 0 ? String(format: "%.2f", b / a) : "-" } } ?? "-"
                rows.append(("\(name) waiting for GIL/core (s)", waitA.map(seconds) ?? "-", waitB.map(seconds) ?? "-", ratio))
            }
        }
        let w0 = rows.map(\.0.count).max()!, w1 = rows.map(\.1.count).max()!, w2 = rows.map(\.2.count).max()!
        return rows.map { r in
            r.0.padding(toLength: w0, withPad: " ", startingAt: 0) + "  " + pad(r.1, w1) + "  " + pad(r.2, w2) + "  " + r.3
        }.joined(separator: "\n") + "\n"
    }

    /// The ending's kind as JSON names it: `ok`, `exception`, `deadlock`, `limit`, `stopped`, `unfinished`.
    static func kind(_ k: RunEnding.Kind) -> String {
        switch k {
        case .ok: return "ok"
        case .exception: return "exception"
        case .deadlock: return "deadlock"
        case .limit: return "limit"
        case .stopped: return "stopped"
        case .unfinished: return "unfinished"
        }
    }

    static func percent(_ x: Double) -> String { String(format: "%.0f%%", x * 100) }

    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
    }
}
