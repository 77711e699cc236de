import Runtime

/// The Futures & sync panel: the scenario's locks, events, semaphores, conditions, barriers and queues
/// (`SyncRows`), then each pending future (or one with callbacks still to schedule) with its state (or
/// result) and the tasks awaiting it, then its done callbacks in the order they will be scheduled.
enum FuturesView {
    static func draw(_ canvas: inout Canvas, _ rect: Rect, snapshot: Snapshot, glyphs: Glyphs) {
        canvas.box(rect, title: "Futures & sync", glyphs: glyphs)
        let inner = rect.inner
        for (y, row) in fitted(rows(snapshot, width: inner.width), height: inner.height).enumerated() {
            canvas.put(row.text, x: inner.x, y: inner.y + y, role: row.role, limit: inner.x + inner.width)
        }
    }

    /// The first rows that fit `height`; the last one says how many more there are.
    static func fitted(_ rows: [EventLoopView.Row], height: Int) -> [EventLoopView.Row] {
        guard rows.count > height, height > 0 else { return rows }
        return rows.prefix(height - 1) + [EventLoopView.Row(label: "", text: "+\(rows.count - height + 1) more", role: .dim, indent: 0)]
    }

    /// The panel's lines for `width` columns: the scenario's synchronisation objects first, then futures
    /// (creation order).
    static func rows(_ s: Snapshot, width: Int) -> [EventLoopView.Row] {
        var rows = SyncRows.rows(s, width: width)
        // A sync object's waiter futures are drawn as its waiters.
        let waiterFutures = Set(s.sync.values.flatMap { $0.waiters.compactMap(\.future) })
        for id in s.futures.keys.sorted() where !waiterFutures.contains(id) {
            guard let f = s.futures[id] else { continue }
            var text = "\(f.type) #\(id)  \(f.state)"
            let waiting = awaiters(of: id, in: s)
            if !waiting.isEmpty { text += "  awaited by " + waiting.joined(separator: ", ") }
            rows.append(EventLoopView.Row(label: "", text: text, role: f.state == "pending" ? .waiting : .done, indent: 0))
            // The first task (in creation order: the smallest id) waiting on it.
            let wakers = f.callbacks.isEmpty ? [] : (s.tasksWaitingOn[id] ?? []).filter { s.tasks[$0]?.waitingOn == id }
            let waker = wakers.min().flatMap { s.tasks[$0]?.name }
            for (k, cb) in f.callbacks.enumerated() {
                let name = callbackName(cb) == "Task.task_wakeup()" && waker != nil ? "wakeup \(waker!)" : callbackName(cb)
                let text = "  callback \(k + 1): \(name)"
                rows.append(EventLoopView.Row(label: "", text: text, role: .plain, indent: 0))
            }
        }
        if rows.isEmpty { rows.append(EventLoopView.Row(label: "", text: "no pending futures, locks or queues", role: .dim, indent: 0)) }
        return rows
    }

    /// `cb=[Task.task_wakeup()]` as `Task.task_wakeup()`.
    static func callbackName(_ text: String) -> String {
        let inner = text.hasPrefix("cb=[") && text.hasSuffix("]") ? String(text.dropFirst(4).dropLast()) : text
        return ReadyEntryLabel.splitLocation(inner).0
    }

    /// The tasks (by name, with the awaiting coroutine) whose coroutines await `id`, in task order.
    static func awaiters(of id: Int, in s: Snapshot) -> [String] {
        let awaiting = s.awaitedBy.coroutines(awaiting: id).compactMap { s.coroutines[$0] }
        guard !awaiting.isEmpty else { return [] }
        return s.taskOrder.compactMap { task -> String? in
            guard let name = s.tasks[task]?.name, let c = awaiting.first(where: { $0.task == task }) else { return nil }
            return "\(name) (\(c.name))"
        }
    }
}
