/// Names the events give things, learnt one event at a time: tasks, the task
/// and code of each coroutine, await sites, which code is asyncio's own.
public struct EventNames {
    public private(set) var tasks: [Int: String] = [:]
    public private(set) var taskOfCoroutine: [Int: Int] = [:]
    public private(set) var codeOfCoroutine: [Int: Int] = [:]
    /// Each code's await sites: line and source text.
    public private(set) var sites: [Int: [(line: Int, text: String)]] = [:]
    public private(set) var sync: [Int: String] = [:]
    /// Code objects of asyncio's own library.
    public private(set) var library: Set<Int> = []
    /// Event loops created.
    public private(set) var loops = 0
    /// Thread lanes by id (0 is the main thread; output events name their thread in `other`, -1 for the main thread).
    public private(set) var threads: [Int: String] = [0: "MainThread"]

    public mutating func learn(_ e: RuntimeEvent) {
        switch e.kind {
        case .taskCreate:
            tasks[e.subject] = e.text
            taskOfCoroutine[e.other] = e.subject
        case .taskName: tasks[e.subject] = e.text
        case .coroCreate: codeOfCoroutine[e.subject] = e.other
        case .coroResume where e.other >= 0: taskOfCoroutine[e.subject] = e.other
        case .codeAwait: sites[e.subject, default: []].append((e.other, e.text))
        case .codeFunction where e.column == 1: library.insert(e.subject)
        case .threadStart: threads[e.subject] = e.text
        case .loopCreate: loops += 1
        case .syncCreate: sync[e.subject] = e.text
        default: break
        }
    }

    /// Who an event belongs to: a task, the loop, or the main thread.
    public func actor(_ e: RuntimeEvent) -> String {
        switch e.kind {
        case .coroCreate, .coroResume, .coroSuspend, .coroReturn, .coroRaise:
            return taskOfCoroutine[e.subject].flatMap { tasks[$0] } ?? "MainThread"
        case .taskCreate, .taskName, .taskCancel, .taskWakeup, .taskDone:
            return tasks[e.subject] ?? "?"
        case .loopCreate, .loopIteration, .loopSelect, .handleSchedule, .handleCancel, .timerDue, .handleRunBegin, .handleRunEnd:
            return "loop"
        case .threadStart, .threadExit, .threadState, .gilRequest, .gilTake, .gilDrop, .workitemStart, .workitemEnd, .executorCreate, .executorSubmit, .executorShutdown, .pickle, .scheduleChoice:
            return threads[e.subject] ?? "?"
        case .stdout, .stderr:
            return threads[max(0, e.other)] ?? "?"
        case .lockAcquire, .lockWait, .lockRelease, .eventSet, .eventWait, .eventClear, .semaphoreAcquire,
             .semaphoreWait, .semaphoreRelease, .conditionWait, .conditionNotify, .barrierWait, .queuePut,
             .queueGet, .queueWait, .syncLeave:
            // The task or thread acting on a synchronisation object.
            return tasks[e.index] ?? threads[e.index] ?? "MainThread"
        default:
            return "MainThread"
        }
    }

    public init() {}

    /// `line 12 'await fut'` (or `in asyncio 'await future'`) for await site `index` of a coroutine.
    public func site(ofCoroutine coroutine: Int, _ index: Int) -> String? {
        guard index >= 0, let code = codeOfCoroutine[coroutine], let list = sites[code], index < list.count else { return nil }
        let site = list[index]
        return library.contains(code) ? "in asyncio '\(site.text)'" : "line \(site.line) '\(site.text)'"
    }
}
