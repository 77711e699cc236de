extension Reducer {
    /// Folds one event about a lock, event, semaphore, condition, barrier or queue. Only objects the
    /// scenario made (`sync.create`) are kept; `index` names the task or thread acting.
    static func applySync(_ e: RuntimeEvent, to s: inout Snapshot) {
        if e.kind == .syncCreate {
            s.sync[e.subject] = Snapshot.SyncInfo(type: e.text, size: e.index)
            return
        }
        guard var info = s.sync[e.subject] else { return }
        let actor = e.index
        switch e.kind {
        case .lockAcquire:
            info.holders = [actor]
            info.waiters.removeAll { $0.actor == actor }
        case .lockRelease:
            info.holders = []
        case .semaphoreAcquire:
            info.holders.append(actor)
            info.value = e.column
            info.waiters.removeAll { $0.actor == actor }
        case .semaphoreRelease:
            // A semaphore has no owner: a release by someone who did not take it frees the oldest taker.
            if let i = info.holders.firstIndex(of: actor) ?? (info.holders.isEmpty ? nil : 0) {
                info.holders.remove(at: i)
            }
            info.value = e.column
        case .eventSet: info.isSet = true
        case .eventClear: info.isSet = false
        case .lockWait, .eventWait, .semaphoreWait, .conditionWait, .queueWait, .barrierWait:
            let waiter = Snapshot.SyncInfo.Waiter(actor: actor, future: e.other >= 0 ? e.other : nil,
                                                   putter: e.kind == .queueWait && e.column == 1)
            info.waiters.append(waiter)
            if e.kind == .barrierWait { info.value = e.column }
        case .syncLeave:
            if let i = info.waiters.firstIndex(where: { $0.actor == actor }) { info.waiters.remove(at: i) }
            if e.column >= 0 { info.value = e.column }
        case .barrierState:
            info.phase = e.text
            if e.text != "filling" {
                info.waiters = []
                info.value = 0
            }
        case .queuePut:
            info.items.append(e.text)
        case .queueGet:
            if let i = info.items.firstIndex(of: e.text) ?? (info.items.isEmpty ? nil : 0) { info.items.remove(at: i) }
        default:
            break
        }
        s.sync[e.subject] = info
    }
}
