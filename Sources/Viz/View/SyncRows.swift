import Runtime

/// The Futures & sync panel's rows for the locks, events, semaphores, conditions, barriers and queues the
/// scenario made, in creation order: a line with the object and its state (holder, value, flag, waiting
/// parties, item count and maxsize), then its items and its waiters in arrival order — a queue's putters
/// and getters apart. A list too long for the panel ends with `+N more`.
enum SyncRows {
    /// At most this many characters of one item's repr or one waiter's name.
    static let itemWidth = 24

    static func rows(_ s: Snapshot, width: Int) -> [EventLoopView.Row] {
        var rows: [EventLoopView.Row] = []
        for id in s.sync.keys.sorted() {
            guard let info = s.sync[id] else { continue }
            let role: Canvas.Role = info.waiters.isEmpty ? .plain : .waiting
            let headline = "\(info.type) #\(id)  " + state(info, s)
            rows.append(EventLoopView.Row(label: "", text: headline, role: role, indent: 0))
            var lists: [(String, [String])] = []
            let shared = sharedByProcesses(info)
            if isQueue(info) {
                lists.append(("items", info.items.map { TextFormat.clipped($0, itemWidth) }))
                lists.append(("putters", names(info.waiters.filter(\.putter), s, withProcess: shared)))
                lists.append(("getters", names(info.waiters.filter { !$0.putter }, s, withProcess: shared)))
            } else {
                lists.append(("waiters", names(info.waiters, s, withProcess: shared)))
            }
            for (title, items) in lists where !items.isEmpty {
                let text = listed("  \(title): ", items, width: width)
                rows.append(EventLoopView.Row(label: "", text: text, role: .plain, indent: 0))
            }
        }
        return rows
    }

    /// The object's state in words.
    static func state(_ info: Snapshot.SyncInfo, _ s: Snapshot) -> String {
        let kind = info.type.split(separator: ".").last.map(String.init) ?? info.type
        let shared = sharedByProcesses(info)
        func name(_ actor: Int, _ s: Snapshot) -> String { SyncRows.name(actor, s, withProcess: shared) }
        switch kind {
        case "Lock", "RLock":
            return info.holders.first.map { "held by " + name($0, s) } ?? "free"
        case "Semaphore", "BoundedSemaphore":
            let value = "value \(info.value ?? info.size)"
            let takers = info.holders.map { name($0, s) }.joined(separator: ", ")
            return info.holders.isEmpty ? value : value + "  taken by " + takers
        case "Event":
            return info.isSet ? "set" : "clear"
        case "Condition":
            return info.waiters.isEmpty ? "no waiters" : "\(info.waiters.count) waiting"
        case "Barrier":
            let waiting = "\(info.value ?? 0)/\(info.size) waiting"
            return info.phase == "broken" ? waiting + "  broken" : waiting
        default:
            guard isQueue(info) else { return "" }
            let count = "\(info.items.count) item\(info.items.count == 1 ? "" : "s")"
            return count + (info.size > 0 ? "  maxsize \(info.size)" : "  unbounded")
        }
    }

    static func isQueue(_ info: Snapshot.SyncInfo) -> Bool { info.type.hasSuffix("Queue") }

    /// `asyncio.Lock #6`: the primitive whose waiter awaits `future`.
    static func waitedOn(future: Int, _ s: Snapshot) -> String? {
        s.sync.sorted { $0.key < $1.key }.first { $0.value.waiters.contains { $0.future == future } }
            .map { "\($0.value.type) #\($0.key)" }
    }

    /// The primitive a task (or thread) waits on: the one listing it among its waiters.
    static func waitedOn(by actor: Int, _ s: Snapshot) -> String? {
        s.sync.sorted { $0.key < $1.key }.first { $0.value.waiters.contains { $0.actor == actor } }
            .map { "\($0.value.type) #\($0.key)" }
    }

    /// A task's name, else a thread's, trimmed keeping its distinguishing end. A worker process's main thread
    /// is named as its process (`Process-1`); another thread is `process/thread` (`Process-1/Thread-2`) when
    /// it is not the main process's, or when `withProcess` (the actors of a multiprocessing primitive, which
    /// processes share: `MainProcess/MainThread`).
    static func name(_ actor: Int, _ s: Snapshot, withProcess: Bool = false) -> String {
        let full: String
        if let task = s.tasks[actor] {
            full = task.name
        } else if let lane = s.lanes.first(where: { $0.id == actor }) {
            let named = lane.name == lane.process || !withProcess && lane.process == s.processes[0]
            full = named ? lane.name : lane.process + "/" + lane.name
        } else {
            full = "#\(actor)"
        }
        return TextFormat.fitted(full, itemWidth)
    }

    static func names(_ waiters: [Snapshot.SyncInfo.Waiter], _ s: Snapshot, withProcess: Bool = false) -> [String] {
        waiters.map { name($0.actor, s, withProcess: withProcess) }
    }

    /// A multiprocessing primitive: its holders and waiters are named with their process.
    static func sharedByProcesses(_ info: Snapshot.SyncInfo) -> Bool { info.type.hasPrefix("multiprocessing.") }

    /// `prefix` and as many of `items` as fit `width`, then `+N more` for the rest.
    static func listed(_ prefix: String, _ items: [String], width: Int) -> String {
        var shown = 0
        while shown < items.count {
            let rest = items.count - shown - 1
            let line = prefix + items[...shown].joined(separator: ", ") + (rest > 0 ? " +\(rest) more" : "")
            if line.count > width { break }
            shown += 1
        }
        let rest = items.count - shown
        let head = prefix + items[..<shown].joined(separator: ", ")
        return rest == 0 ? head : head + (shown > 0 ? " " : "") + "+\(rest) more"
    }
}
