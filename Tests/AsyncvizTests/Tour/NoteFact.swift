@testable import Runtime

/// Where a note stops: the notes shown so far (this one last), and the run's timeline up to `position` events
/// for claims about what the lanes did before.
struct NoteContext {
    let notes: [String]
    let timeline: Timeline
    let position: Int
}

/// One checkable claim a tour note makes about the screen it stops on: what the claim says, how to read the
/// matching value off the snapshot (and the note's context), and the value the note promises.
struct NoteFact: CustomStringConvertible {
    let claim: String
    let expected: String
    let observe: (Snapshot, NoteContext) -> String

    var description: String { claim }

    /// What is wrong with the claim on `snapshot` (nil when it holds).
    func broken(on snapshot: Snapshot, _ context: NoteContext) -> String? {
        let actual = observe(snapshot, context)
        return actual == expected ? nil : "\(claim): the screen shows \(actual), the note says \(expected)"
    }

    /// Work items submitted to a pool that no worker has taken yet.
    static func queuedItems(_ n: Int) -> NoteFact {
        NoteFact(claim: "items queued", expected: "\(n)") { s, _ in "\(s.workItems.submitted - s.workItems.started)" }
    }

    /// Work items submitted to pools so far.
    static func submittedItems(_ n: Int) -> NoteFact {
        NoteFact(claim: "items submitted", expected: "\(n)") { s, _ in "\(s.workItems.submitted)" }
    }

    /// Work items every worker has finished so far.
    static func finishedItems(_ n: Int) -> NoteFact {
        NoteFact(claim: "items finished", expected: "\(n)") { s, _ in "\(s.workItems.finished)" }
    }

    /// Threads (lanes other than a process's main thread) that have started and not ended.
    static func liveWorkers(_ n: Int) -> NoteFact {
        NoteFact(claim: "worker threads alive", expected: "\(n)") { s, _ in
            "\(s.lanes.filter { $0.id != 0 && $0.state != .done && !$0.name.hasPrefix("MainThread") }.count)"
        }
    }

    /// Thread lanes shown, the main thread's too.
    static func threads(_ n: Int) -> NoteFact {
        NoteFact(claim: "thread lanes", expected: "\(n)") { s, _ in "\(s.lanes.count)" }
    }

    /// Lanes in one state.
    static func lanes(_ state: Snapshot.Lane.State, _ n: Int) -> NoteFact {
        NoteFact(claim: "lanes \(state.rawValue)", expected: "\(n)") { s, _ in
            "\(s.lanes.filter { $0.state == state }.count)"
        }
    }

    /// Lanes of worker processes (not the main process).
    static func workerProcessLanes(_ n: Int) -> NoteFact {
        NoteFact(claim: "worker-process threads", expected: "\(n)") { s, _ in
            "\(s.lanes.filter { $0.process != "MainProcess" }.count)"
        }
    }

    /// How many threads hold a GIL.
    static func gilHolders(_ n: Int) -> NoteFact {
        NoteFact(claim: "GIL holders", expected: "\(n)") { s, _ in "\(s.lanes.filter(\.holdsGIL).count)" }
    }

    /// Handles in the event loop's ready queue.
    static func ready(_ n: Int) -> NoteFact {
        NoteFact(claim: "ready queue length", expected: "\(n)") { s, _ in "\(s.loop?.ready.count ?? 0)" }
    }

    /// Ready-queue entries that step a task (a task's first step or its wake-up).
    static func readyTasks(_ n: Int) -> NoteFact {
        NoteFact(claim: "tasks in the ready queue", expected: "\(n)") { s, _ in
            "\((s.loop?.ready ?? []).filter { s.handles[$0]?.task != nil }.count)"
        }
    }

    /// Timers in the event loop's heap.
    static func timers(_ n: Int) -> NoteFact {
        NoteFact(claim: "timers in the heap", expected: "\(n)") { s, _ in "\(s.loop?.timers.count ?? 0)" }
    }

    /// Tasks that have finished (returned, raised or were cancelled).
    static func tasksDone(_ n: Int) -> NoteFact {
        NoteFact(claim: "tasks done", expected: "\(n)") { s, _ in "\(s.tasks.values.filter(\.isDone).count)" }
    }

    /// Tasks created so far.
    static func tasks(_ n: Int) -> NoteFact {
        NoteFact(claim: "tasks created", expected: "\(n)") { s, _ in "\(s.tasks.count)" }
    }

    /// The state of the coroutine object named `name` (`created`, `running`, `suspended`, …; `gone` once dropped).
    static func coroutine(_ name: String, _ state: String) -> NoteFact {
        NoteFact(claim: "coroutine \(name)", expected: state) { s, _ in
            let states = s.coroutines.values.filter { $0.name == name }.map { c -> String in
                if case .suspended = c.state { return "suspended" }
                return "\(c.state)"
            }
            return states.isEmpty ? "gone" : states.sorted().joined(separator: ",")
        }
    }

    /// Waiters parked on synchronisation objects of one type (`Semaphore`, `Lock`, …).
    static func waiters(_ type: String, _ n: Int) -> NoteFact {
        NoteFact(claim: "\(type) waiters", expected: "\(n)") { s, _ in
            "\(s.sync.values.filter { $0.type.contains(type) }.map(\.waiters.count).reduce(0, +))"
        }
    }

    /// Tasks not finished yet (the main task too).
    static func tasksPending(_ n: Int) -> NoteFact {
        NoteFact(claim: "tasks pending", expected: "\(n)") { s, _ in "\(s.tasks.values.filter { !$0.isDone }.count)" }
    }

    /// Tasks whose final state starts with `state` (`cancelled`, `finished exception`).
    static func tasksEnded(_ state: String, _ n: Int) -> NoteFact {
        NoteFact(claim: "tasks \(state)", expected: "\(n)") { s, _ in
            "\(s.tasks.values.filter { $0.state.hasPrefix(state) }.count)"
        }
    }

    /// Items in asyncio or thread queues.
    static func queueItems(_ n: Int) -> NoteFact {
        NoteFact(claim: "items in the queue", expected: "\(n)") { s, _ in
            "\(s.sync.values.filter { $0.type.contains("Queue") }.map(\.items.count).reduce(0, +))"
        }
    }

    /// Callbacks registered on futures that have not been scheduled yet.
    static func pendingCallbacks(_ n: Int) -> NoteFact {
        NoteFact(claim: "callbacks registered", expected: "\(n)") { s, _ in
            "\(s.futures.values.map(\.callbacks.count).reduce(0, +))"
        }
    }

    /// The note's figure (its last decimal number) is the virtual time elapsed since `start` seconds.
    static func figureIsElapsed(since start: Double) -> NoteFact {
        NoteFact(claim: "elapsed time", expected: "matches") { s, c in
            guard let figure = c.notes.last.flatMap(lastNumber) else { return "no figure" }
            return abs(figure - (s.time - start)) < 0.006 ? "matches" : "\(s.time - start) s, not \(figure)"
        }
    }

    /// The figure of this note against an earlier note's (their last decimal numbers): `ratio` = this / that,
    /// within 10 %.
    static func figureRatio(toNote earlier: Int, _ ratio: Double) -> NoteFact {
        NoteFact(claim: "figure against note \(earlier)", expected: "×\(ratio)") { _, c in
            guard let this = c.notes.last.flatMap(lastNumber), let that = lastNumber(c.notes[earlier]), that > 0
            else { return "no figures" }
            return abs(this / that - ratio) <= ratio * 0.1 ? "×\(ratio)" : "×\(this / that)"
        }
    }

    /// The virtual time on the screen's clock.
    static func clock(_ t: Double) -> NoteFact {
        NoteFact(claim: "clock", expected: String(format: "%.3f", t)) { s, _ in String(format: "%.3f", s.time) }
    }

    /// Lanes that were in `state` at some moment before the note (the Workers view still draws it).
    static func lanesWere(_ state: Snapshot.Lane.State, _ n: Int) -> NoteFact {
        NoteFact(claim: "lanes that were \(state.rawValue)", expected: "\(n)") { s, c in
            let lanes = s.lanes.filter { lane in
                c.timeline.laneHistory(lane: lane.id, from: 0, to: c.position).contains { $0.state == state }
            }
            return "\(lanes.count)"
        }
    }

    /// The last decimal number with a point (`0.45`) in a text: the figure a note reports.
    static func lastNumber(_ text: String) -> Double? {
        text.split(whereSeparator: { !$0.isNumber && $0 != "." }).filter { $0.contains(".") }
            .compactMap { Double($0) }.last
    }
}
