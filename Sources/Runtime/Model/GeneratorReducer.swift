extension Reducer {
    /// Folds one event of a generator's state machine: created on its first resumption, running,
    /// suspended at a `yield` (or an async generator's `await`), gone once it ends.
    static func applyGenerator(_ e: RuntimeEvent, to s: inout Snapshot) {
        switch e.kind {
        case .genCreate:
            let (name, call) = nameAndCall(e.text)
            s.generators[e.subject] = Snapshot.CoroutineInfo(code: e.other, name: name, call: call)
        case .genResume:
            s.generators[e.subject]?.state = .running
            s.generators[e.subject]?.awaiting = nil
            s.generators[e.subject]?.task = e.other >= 0 ? e.other : nil
        case .genSuspend:
            s.generators[e.subject]?.state = .suspended(site: e.index)
            s.generators[e.subject]?.awaiting = e.other >= 0 ? e.other : nil
        case .genEnd:
            s.generators[e.subject] = nil
        default:
            break
        }
    }
}
