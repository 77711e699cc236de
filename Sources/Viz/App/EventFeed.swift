import Foundation
import Runtime

/// The hand-over of a live run's events from the thread that runs it to the viewer's thread: the run appends
/// each event under a lock, the viewer takes all that wait at once by swapping arrays (each keeps its
/// capacity, so no event allocates here). At most `capacity` events wait: past that the run waits for the
/// viewer, so a run far faster than the viewer cannot fill the memory with events not yet shown.
final class EventFeed: EventSink {
    static let capacity = 1 << 16
    private let condition = NSCondition()
    private var waiting: [RuntimeEvent] = []
    private var ended = false
    private var cancelled = false

    init() {
        waiting.reserveCapacity(EventFeed.capacity)
    }

    /// The run's thread: one event.
    func record(_ event: RuntimeEvent) {
        condition.lock()
        while waiting.count >= EventFeed.capacity && !cancelled { condition.wait() }
        if !cancelled {
            waiting.append(event)
            // A viewer waiting for events waits only while there are none.
            if waiting.count == 1 { condition.broadcast() }
        }
        condition.unlock()
    }

    /// Once the viewer has gone (`cancel`), the feed takes nothing more: the run stops at its next check, as
    /// at a full log; nothing after the cancel is shown or recorded.
    var isFull: Bool {
        condition.lock()
        defer { condition.unlock() }
        return cancelled
    }

    /// The run's thread, after its last event.
    func end() {
        condition.lock()
        ended = true
        condition.broadcast()
        condition.unlock()
    }

    /// The viewer's thread: the events waiting, in order, moved into `batch` (emptied first, its capacity
    /// kept); with `wait`, until there is one or the run has ended. Returns whether the run had ended when
    /// they were taken (then `batch` holds its last events).
    func take(into batch: inout [RuntimeEvent], wait: Bool = false) -> Bool {
        batch.removeAll(keepingCapacity: true)
        condition.lock()
        while wait && waiting.isEmpty && !ended { condition.wait() }
        swap(&batch, &waiting)
        let done = ended
        condition.broadcast()
        condition.unlock()
        return done
    }

    /// The viewer's thread: the viewer quits before the run ends.
    func cancel() {
        condition.lock()
        cancelled = true
        waiting.removeAll()
        condition.broadcast()
        condition.unlock()
    }
}
