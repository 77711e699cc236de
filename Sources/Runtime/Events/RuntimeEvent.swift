/// One scheduling decision of a run, as the runtime reports it: what
/// happened (`kind`), when (virtual seconds) and to which objects. Ids are
/// small integers given in creation order; names come with the creating event.
public struct RuntimeEvent: Equatable, Sendable {
    /// The vocabulary; raw values are the names `docs/EVENTS.md` documents.
    public enum Kind: String, Sendable, CaseIterable {
        case runStart = "run.start"
        case runEnd = "run.end"
        case note = "sim.note"
        case loopCreate = "loop.create"
        case loopIteration = "loop.iteration"
        case loopSelect = "loop.select"
        case handleSchedule = "handle.schedule"
        case handleCancel = "handle.cancel"
        case timerDue = "timer.due"
        case handleRunBegin = "handle.run.begin"
        case handleRunEnd = "handle.run.end"
        case taskCreate = "task.create"
        case taskName = "task.name"
        case taskCancel = "task.cancel"
        case taskWakeup = "task.wakeup"
        case taskDone = "task.done"
        case codeFunction = "code.function"
        case codeAwait = "code.await"
        case coroCreate = "coro.create"
        case coroResume = "coro.resume"
        case coroSuspend = "coro.suspend"
        case coroReturn = "coro.return"
        case coroRaise = "coro.raise"
        case genCreate = "gen.create"
        case genResume = "gen.resume"
        case genSuspend = "gen.suspend"
        case genEnd = "gen.end"
        case futureCreate = "future.create"
        case futureState = "future.state"
        case futureCallbackAdd = "future.callback.add"
        case futureCallbackSchedule = "future.callback.schedule"
        case syncCreate = "sync.create"
        case syncLeave = "sync.leave"
        case lockAcquire = "lock.acquire"
        case lockWait = "lock.wait"
        case lockRelease = "lock.release"
        case eventSet = "event.set"
        case eventWait = "event.wait"
        case eventClear = "event.clear"
        case semaphoreAcquire = "semaphore.acquire"
        case semaphoreWait = "semaphore.wait"
        case semaphoreRelease = "semaphore.release"
        case conditionWait = "condition.wait"
        case conditionNotify = "condition.notify"
        case barrierWait = "barrier.wait"
        case barrierState = "barrier.state"
        case queuePut = "queue.put"
        case queueGet = "queue.get"
        case queueWait = "queue.wait"
        case processStart = "process.start"
        case processExit = "process.exit"
        case threadStart = "thread.start"
        case threadExit = "thread.exit"
        case threadState = "thread.state"
        case gilRequest = "gil.request"
        case gilTake = "gil.take"
        case gilDrop = "gil.drop"
        case executorCreate = "executor.create"
        case executorSubmit = "executor.submit"
        case executorShutdown = "executor.shutdown"
        case workitemStart = "workitem.start"
        case workitemEnd = "workitem.end"
        case pickle
        case scheduleChoice = "schedule.choice"
        case stdout
        case stderr
    }

    public var kind: Kind
    /// Virtual seconds.
    public var time: Double
    /// The object the event is about (loop, handle, task, coroutine, future, lock, ...), or -1.
    public var subject: Int
    /// A second object: the task a coroutine runs in, the future a task waits on, ...; -1 when none.
    public var other: Int
    /// A number: the iteration, the await site, the ready-queue length, a line.
    public var index: Int
    /// A due time for timers, or the time the clock jumps to.
    public var when: Double?
    /// Names, callback descriptions, states, output text.
    public var text: String
    /// A source column (of an await site), or -1.
    public var column: Int

    public init(kind: Kind, time: Double, subject: Int = -1, other: Int = -1, index: Int = -1, column: Int = -1, when: Double? = nil, text: String = "") {
        self.kind = kind
        self.time = time
        self.subject = subject
        self.other = other
        self.index = index
        self.when = when
        self.text = text
        self.column = column
    }

    /// One readable line, for tests and debugging: `t=0.1 coro.suspend #7 other=#9 index=0 "await fut"`.
    public var line: String {
        var parts = ["t=\(FloatRepr.repr(time))", kind.rawValue]
        if subject >= 0 { parts.append("#\(subject)") }
        if other >= 0 { parts.append("other=#\(other)") }
        if index >= 0 { parts.append("index=\(index)") }
        if column >= 0 { parts.append("column=\(column)") }
        if let when { parts.append("when=\(FloatRepr.repr(when))") }
        if !text.isEmpty { parts.append(Repr.repr(.str(text))) }
        return parts.joined(separator: " ")
    }
}

/// Receives every scheduling decision of a run, in order. A run without a
/// sink builds no events at all.
public protocol EventSink: AnyObject {
    func record(_ event: RuntimeEvent)
    /// The sink can take no more (a log at its size limit): the run stops with a message.
    var isFull: Bool { get }
}

extension EventSink {
    public var isFull: Bool { false }
}

/// A sink that keeps every event in memory.
public final class EventCollector: EventSink {
    public private(set) var events: [RuntimeEvent] = []

    public init() {}

    public func record(_ event: RuntimeEvent) {
        events.append(event)
    }
}
