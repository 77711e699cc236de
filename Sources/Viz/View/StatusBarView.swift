import Runtime

/// The top line: scenario, virtual time, event i/last (the numbers `g`, `frame --at` and `trace` use),
/// loop iteration, play state; while a live run goes, `running…` and its events so far, then how the run ended
/// when it ended badly (an uncaught exception, a deadlock, a limit); on the right the number of lint findings
/// (`!` lists them) and `q quit`.
enum StatusBarView {
    static func draw(_ canvas: inout Canvas, _ rect: Rect, state: ViewerState, run: RunData, snapshot: Snapshot, glyphs: Glyphs) {
        let file = run.source.path.split(separator: "/").last.map(String.init) ?? run.source.path
        let play = state.playing ? "\(glyphs.current) \(Int(state.speed))/s" : (glyphs.current == "▶" ? "❚❚ paused" : "|| paused")
        let marks = (state.recording ? ["● rec"] : []) + (state.bookmarks.contains(state.position) ? ["bookmark"] : [])
        let time = "t=\(TextFormat.seconds(snapshot.time)) s"
        let last = run.count > 0 ? String(run.count - 1) : "-"
        let event = "event \(state.position >= 0 ? String(state.position) : "-")/\(last)"
        let iteration = snapshot.loop?.iteration ?? 0
        let findings = run.findings.count
        let fullKeys = (findings > 0 ? "\(findings) finding\(findings == 1 ? "" : "s") — !  " : "") + "q quit "
        let problem = problem(run, glyphs: glyphs).map { "  " + $0 } ?? ""
        let full = [" asyncviz"] + marks + [file, time, event, "iteration \(iteration)", play]
        let short = [""] + marks + [file, time, event, "it \(iteration)", play]
        let shorter = [""] + marks + [file, time, event, play]
        let shortest = [""] + marks + [file, event, play]
        // From the fullest header to the most compact: words go first, then the count of findings, then the time;
        // the first that leaves room for how the run ended and the keys.
        let options: [([String], String)] = [
            (full, fullKeys), (short, fullKeys), (shorter, fullKeys), (shorter, "q quit "), (shortest, "q quit "),
            (shortest, ""),
        ]
        let (parts, keys) = options.first { $0.0.joined(separator: "  ").count + problem.count + $0.1.count + 1 <= rect.width }
            ?? (shortest, "")
        let left = parts.joined(separator: "  ")
        let room = rect.width - keys.count - 1
        var x = canvas.put(left, x: rect.x, y: rect.y, role: .title, limit: rect.x + rect.width)
        if !problem.isEmpty {
            let fits = max(0, room - left.count)
            let shown = problem.count <= fits ? problem : String(problem.prefix(max(0, fits - 1))) + "…"
            x = canvas.put(shown, x: x, y: rect.y, role: run.running ? .highlight : .waiting,
                           limit: rect.x + rect.width)
        }
        if !keys.isEmpty, x + keys.count <= rect.x + rect.width {
            canvas.put(keys, x: rect.x + rect.width - keys.count, y: rect.y, role: keys == fullKeys && findings > 0 ? .waiting : .dim)
        }
    }

    /// `running… 12,345 events` while a live run goes; then how a run that did not end well ended:
    /// `✗ ValueError: boom (exit 1)`, a deadlock, a limit; nil when it ended with status 0 (or the log stops
    /// before its end).
    static func problem(_ run: RunData, glyphs: Glyphs) -> String? {
        let cross = glyphs.cross
        if run.running {
            let dots = glyphs.current == "▶" ? "…" : "..."
            return "running\(dots) \(DigitGrouping.grouped(run.count)) event\(run.count == 1 ? "" : "s")"
        }
        guard run.count > 0, !run.ending.isOK else { return nil }
        return "\(cross) " + run.ending.summary
    }
}
