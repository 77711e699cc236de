/// Turns a run's events into the formats `asyncviz trace` writes: readable
/// text, JSON Lines, and Chrome's Trace Event Format (for Perfetto).
public struct TraceFormats {
    public let store: EventStore
    public let source: SourceFile

    public init(store: EventStore, source: SourceFile) {
        self.store = store
        self.source = source
    }

    // MARK: text

    /// One aligned line per event: seq, virtual time, actor, kind, details (with the source line of an await);
    /// names and text from the scenario are escaped (`TerminalText`), so the text is safe on a terminal.
    public func text() -> String {
        var names = EventNames()
        var out = pad("seq", 8, right: true) + "  " + pad("time", 12, right: true) + "  " + pad("actor", 14) + "  " + pad("kind", 24) + "  details\n"
        for i in 0..<store.count {
            let e = store[i]
            names.learn(e)
            out += pad(String(i), 8, right: true) + "  " + pad(String(format6(e.time)), 12, right: true) + "  "
            out += pad(TerminalText.escaped(names.actor(e)), 14) + "  " + pad(e.kind.rawValue, 24) + "  "
            out += TerminalText.escaped(details(e, names)) + "\n"
        }
        return out
    }

    private func details(_ e: RuntimeEvent, _ names: EventNames) -> String {
        var parts: [String] = []
        if e.subject >= 0 { parts.append("#\(e.subject)") }
        switch e.kind {
        case .coroSuspend, .coroResume:
            if e.other >= 0 { parts.append(e.kind == .coroSuspend ? "awaits #\(e.other)" : "in \(names.tasks[e.other] ?? "#\(e.other)")") }
            if e.index >= 0, let code = names.codeOfCoroutine[e.subject], let sites = names.sites[code], e.index < sites.count {
                let site = sites[e.index]
                let place = names.library.contains(code) ? "in asyncio" : "line \(site.line)"
                parts.append("site \(e.index): \(place) '\(site.text)'")
            }
        case .stdout, .stderr:
            parts.append(Repr.repr(.str(e.text)))
            return parts.joined(separator: " ")
        default:
            if e.other >= 0 { parts.append("other #\(e.other)") }
            if e.index >= 0 { parts.append("index \(e.index)") }
        }
        if let when = e.when { parts.append("when \(FloatRepr.repr(when))") }
        if !e.text.isEmpty && e.kind != .coroSuspend { parts.append(e.text) }
        if e.kind == .codeAwait || e.kind == .codeFunction {
            let line = e.kind == .codeAwait ? e.other : e.index
            if names.library.contains(e.subject) {
                parts.append("(asyncio's own code)")
            } else {
                parts.append("(\(source.path):\(line): \(source.line(line).trimmingPythonWhitespace()))")
            }
        }
        return parts.joined(separator: " ")
    }

    // MARK: jsonl

    public func jsonLines() -> String {
        (0..<store.count).map { EventLine.encode(store[$0], seq: $0) + "\n" }.joined()
    }

    // MARK: chrome

    /// The Trace Event Format of the whole machine (see `ChromeTrace`).
    public func chrome() -> String {
        ChromeTrace.render(store)
    }

    private func format6(_ t: Double) -> String {
        let micro = (t * 1_000_000).rounded()
        let whole = Int(micro) / 1_000_000, frac = Int(micro) % 1_000_000
        let f = String(frac)
        return "\(whole).\(String(repeating: "0", count: 6 - f.count))\(f)"
    }

    private func pad(_ s: String, _ width: Int, right: Bool = false) -> String {
        TerminalText.pad(s, to: width, right: right)
    }
}
