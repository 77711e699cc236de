import Foundation
import Runtime

/// A scenario running on a thread of its own while the viewer shows it: the VM and its fibers live and die on
/// that thread, and only events cross, through an `EventFeed`. The viewer's thread takes them in `ingest`, a
/// batch at a time within a time budget, into the `RunData` it draws (its store, timeline and names).
final class LiveRun {
    let feed = EventFeed()
    private let done = DispatchSemaphore(value: 0)
    private var joined = false
    /// Events taken from the feed, and how many of them are in the run's data.
    private var batch: [RuntimeEvent] = []
    private var next = 0
    /// The feed said the run had ended when `batch` was taken.
    private var lastBatch = false

    /// Starts running `source` under `options` on a new thread, with as much stack as the main thread has.
    init(_ source: SourceFile, options: RunOptions) {
        batch.reserveCapacity(EventFeed.capacity)
        let feed = feed, done = done
        let thread = Thread {
            _ = Interpreter.run(source, options: options, sink: feed) { _, _ in }
            feed.end()
            done.signal()
        }
        thread.name = "asyncviz-run"
        thread.stackSize = LiveRun.mainStackSize
        thread.start()
    }

    /// The main thread's stack (`ulimit -s`, 8 MiB when unlimited or unknown): the run's deepest native
    /// recursion is the same as under `exec`.
    static var mainStackSize: Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_STACK.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max,
              limit.rlim_cur >= 1 << 20, limit.rlim_cur <= 1 << 30 else { return 8 << 20 }
        return Int(limit.rlim_cur)
    }

    /// Events waiting in this thread's batch, not yet in the run's data.
    var hasBacklog: Bool { next < batch.count }

    /// Moves the events that arrived into `run` (and `each`, e.g. a recording), until `budget` seconds have
    /// passed or none is waiting; when the run's last event is in, `run` is finished. Returns how many moved.
    @discardableResult
    func ingest(into run: RunData, budget: TimeInterval, each: (RuntimeEvent) -> Void) -> Int {
        guard run.running else { return 0 }
        let deadline = Date().addingTimeInterval(budget)
        var moved = 0
        while true {
            if next == batch.count {
                if lastBatch {
                    run.finish()
                    return moved
                }
                lastBatch = feed.take(into: &batch)
                next = 0
                if batch.isEmpty && !lastBatch { return moved }
            }
            let end = min(batch.count, next + 4096)
            for i in next..<end {
                run.append(batch[i])
                each(batch[i])
            }
            moved += end - next
            next = end
            if Date() >= deadline { return moved }
        }
    }

    /// The viewer stops before the run has ended: its events from here on go only to `each` (a recording),
    /// until the run stops (a signal stops it at its next check). Then the thread is joined.
    func drain(each: (RuntimeEvent) -> Void) {
        while true {
            for i in next..<batch.count { each(batch[i]) }
            next = batch.count
            if lastBatch { break }
            lastBatch = feed.take(into: &batch, wait: true)
            next = 0
        }
        join()
    }

    /// The viewer quits before the run has ended: the run stops at its next check, its events dropped.
    func cancel() {
        feed.cancel()
        join()
    }

    /// Waits until the run's thread has finished.
    func join() {
        guard !joined else { return }
        done.wait()
        joined = true
    }
}
