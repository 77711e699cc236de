/// Folds events into a `Snapshot`, one at a time: the only way a snapshot changes.
public enum Reducer {
    public static func apply(_ e: RuntimeEvent, to s: inout Snapshot) {
        s.position += 1
        s.time = e.time
        switch e.kind {
        case .runStart:
            s.scenario = e.text
        case .runEnd:
            s.finished = Snapshot.Finished(status: e.index, message: e.text)
            s.lanes[0].state = .done
            s.lanes[0].holdsGIL = false
        case .note:
            s.note = e.text
        case .stdout, .stderr:
            s.outputEvents += 1
        case .codeFunction:
            s.code[e.subject] = Snapshot.CodeInfo(name: e.text, firstLine: e.index, isLibrary: e.column == 1)
        case .codeAwait:
            s.code[e.subject]?.sites.append(Snapshot.CodeInfo.Site(line: e.other, column: e.column, text: e.text))
        case .coroCreate:
            let (name, call) = nameAndCall(e.text)
            s.coroutines[e.subject] = Snapshot.CoroutineInfo(code: e.other, name: name, call: call)
        case .coroResume:
            s.coroutines[e.subject]?.state = .running
            setAwaiting(e.subject, nil, in: &s)
            if e.other >= 0 { s.coroutines[e.subject]?.task = e.other }
        case .coroSuspend:
            s.coroutines[e.subject]?.state = .suspended(site: e.index)
            setAwaiting(e.subject, e.other >= 0 ? e.other : nil, in: &s)
            if e.other >= 0, s.coroutines[e.other] == nil, let task = s.coroutines[e.subject]?.task {
                s.tasks[task]?.waitingOn = e.other
                s.tasksWaitingOn[e.other, default: []].append(task)
            }
        case .coroReturn:
            finish(coroutine: e.subject, .returned, in: &s)
        case .coroRaise:
            finish(coroutine: e.subject, e.text.hasPrefix("asyncio.exceptions.CancelledError") ? .cancelled : .raised, in: &s)
        case .genCreate, .genResume, .genSuspend, .genEnd:
            applyGenerator(e, to: &s)
        case .loopCreate:
            s.loop = Snapshot.LoopInfo(id: e.subject)
        case .loopIteration:
            s.loop?.iteration = e.index
            s.loop?.waitingUntil = nil
        case .loopSelect:
            s.loop?.waitingUntil = e.when
            // With threads, the machine reports the thread going idle (and dropping the GIL) next.
            if !s.lanes[0].holdsGIL { s.lanes[0].state = .idle }
        case .handleSchedule:
            var handle = Snapshot.HandleInfo(callback: e.text, when: e.when)
            handle.future = e.other >= 0 ? e.other : nil
            handle.fromThread = e.column == 1
            handle.task = e.index >= 0 ? e.index : wokenTask(by: e, in: &s)
            s.handles[e.subject] = handle
            if let when = e.when {
                insertTimer(e.subject, when: when, into: &s)
            } else {
                s.loop?.ready.append(e.subject)
            }
        case .handleCancel:
            if s.handles[e.subject] != nil {
                s.handles[e.subject]?.cancelled = true
                s.loop?.ready.removeAll { $0 == e.subject }
                s.loop?.timers.removeAll { $0 == e.subject }
            }
        case .timerDue:
            s.loop?.waitingUntil = nil
            // The timer that comes due is the earliest: found at once from the front.
            if let i = s.loop?.timers.firstIndex(of: e.subject) { s.loop?.timers.remove(at: i) }
            s.loop?.ready.append(e.subject)
            s.handles[e.subject]?.wasTimer = true
        case .handleRunBegin:
            s.lanes[0].state = .running
            s.loop?.waitingUntil = nil
            if let i = s.loop?.ready.firstIndex(of: e.subject) { s.loop?.ready.remove(at: i) }
            s.loop?.running = e.subject
        case .handleRunEnd:
            s.loop?.running = nil
            s.handles[e.subject] = nil
        case .taskCreate:
            s.tasks[e.subject] = Snapshot.TaskInfo(name: e.text, coroutine: e.other)
            s.taskOrder.append(e.subject)
            s.coroutines[e.other]?.task = e.subject
        case .taskName:
            s.tasks[e.subject]?.name = e.text
        case .taskCancel:
            s.tasks[e.subject]?.cancelRequested = true
        case .taskWakeup:
            break
        case .taskDone:
            s.tasks[e.subject]?.state = e.text
            removeWaiter(e.subject, from: &s)
            wakeAwaiters(of: e.subject, in: &s)
        case .futureCreate:
            s.futures[e.subject] = Snapshot.FutureInfo(type: e.text)
        case .futureState:
            s.futures[e.subject]?.state = e.text
            removeWaiter(e.subject, from: &s)
            wakeAwaiters(of: e.subject, in: &s)
            if s.futures[e.subject]?.callbacks.isEmpty == true { s.futures[e.subject] = nil }
        case .futureCallbackAdd:
            s.futures[e.subject]?.callbacks.append(e.text)
        case .futureCallbackSchedule:
            if let i = s.futures[e.subject]?.callbacks.firstIndex(of: e.text) { s.futures[e.subject]?.callbacks.remove(at: i) }
            if let f = s.futures[e.subject], f.state != "pending", f.callbacks.isEmpty { s.futures[e.subject] = nil }
        case .syncCreate, .syncLeave, .lockAcquire, .lockWait, .lockRelease, .eventSet, .eventWait, .eventClear,
             .semaphoreAcquire, .semaphoreWait, .semaphoreRelease, .conditionWait, .conditionNotify, .barrierWait,
             .barrierState, .queuePut, .queueGet, .queueWait:
            applySync(e, to: &s)
        case .processStart:
            s.processes[e.subject] = e.text
        case .executorCreate:
            s.workItems.executors.append(e.text)
        case .executorSubmit:
            s.workItems.submitted += 1
        case .processExit, .executorShutdown, .pickle, .gilRequest:
            break
        case .threadStart:
            s.lanes.append(Snapshot.Lane(id: e.subject, name: e.text, process: s.processes[e.other] ?? "?", state: .new))
        case .threadState:
            lane(e.subject, &s) {
                $0.state = Snapshot.Lane.State(eventText: e.text)
                if e.other > 0 { $0.line = e.other }
                // The machine reports a thread's new state before the GIL hand-over it causes: a thread that
                // stops running (or ends) has let the GIL go in the same step.
                if !$0.state.computes && $0.state != .wantsCPU { $0.holdsGIL = false }
            }
        case .threadExit:
            lane(e.subject, &s) {
                $0.state = .done
                $0.holdsGIL = false
            }
        case .gilTake:
            // Taking the GIL is what a waiting thread waited for: it runs from this event on (a later
            // `thread.state` says so when it must still wait for a core).
            lane(e.subject, &s) {
                $0.holdsGIL = true
                $0.state = Reducer.stateAfterTakingGIL($0.state)
            }
        case .gilDrop:
            lane(e.subject, &s) { $0.holdsGIL = false }
        case .scheduleChoice:
            s.forcedChoices += 1
            s.lastForcedChoice = Snapshot.ForcedMark(lane: e.subject, text: e.text)
            if e.index > 0 { lane(e.subject, &s) { $0.line = e.index } }
        case .workitemStart:
            s.workItems.started += 1
            lane(e.subject, &s) { $0.work = e.text }
        case .workitemEnd:
            s.workItems.finished += 1
            lane(e.subject, &s) {
                $0.work = nil
                $0.itemsDone += 1
            }
        }
    }

    /// A creating event's text is the call (`party('alice')`): the name is what comes before its arguments.
    /// A log from before calls were reported gives the bare name, and no call.
    static func nameAndCall(_ text: String) -> (name: String, call: String) {
        guard let open = text.firstIndex(of: "(") else { return (text, "") }
        return (String(text[..<open]), text)
    }

    /// A thread that takes the GIL runs from then on (unless it still waits for a core, or has ended).
    static func stateAfterTakingGIL(_ state: Snapshot.Lane.State) -> Snapshot.Lane.State {
        state == .wantsCPU || state == .done ? state : .running
    }

    private static func lane(_ id: Int, _ s: inout Snapshot, _ change: (inout Snapshot.Lane) -> Void) {
        if let i = s.lanes.firstIndex(where: { $0.id == id }) { change(&s.lanes[i]) }
    }

    /// Timers in deadline order; equal deadlines in the order they were scheduled: a binary search for the
    /// first timer due later (thousands of sleeping tasks keep thousands of timers).
    private static func insertTimer(_ id: Int, when: Double, into s: inout Snapshot) {
        guard let timers = s.loop?.timers else { return }
        var low = 0, high = timers.count
        while low < high {
            let mid = (low + high) / 2
            if let w = s.handles[timers[mid]]?.when, w > when { high = mid } else { low = mid + 1 }
        }
        s.loop?.timers.insert(id, at: low)
    }

    /// A finished coroutine stays only while it is a task's own (the task list shows it); others are dropped.
    private static func finish(coroutine id: Int, _ state: Snapshot.CoroutineInfo.State, in s: inout Snapshot) {
        guard let info = s.coroutines[id] else { return }
        wakeAwaiters(of: id, in: &s)
        setAwaiting(id, nil, in: &s)
        if let task = info.task, s.tasks[task]?.coroutine == id {
            s.coroutines[id]?.state = state
        } else {
            s.coroutines[id] = nil
        }
    }

    /// What coroutine `id` awaits from now on, kept in `awaitedBy` too.
    private static func setAwaiting(_ id: Int, _ awaited: Int?, in s: inout Snapshot) {
        guard let info = s.coroutines[id], info.awaiting != awaited else { return }
        if let old = info.awaiting { s.awaitedBy.remove(id, awaiting: old) }
        s.coroutines[id]?.awaiting = awaited
        if let awaited { s.awaitedBy.add(id, awaiting: awaited) }
    }

    /// Coroutines that awaited a future (or task) that is done await nothing: they are ready to resume.
    private static func wakeAwaiters(of future: Int, in s: inout Snapshot) {
        for id in s.awaitedBy.takeAll(awaiting: future) { s.coroutines[id]?.awaiting = nil }
    }

    /// The task a `Task.task_wakeup` done callback of a future wakes: the one waiting on that future.
    private static func wokenTask(by e: RuntimeEvent, in s: inout Snapshot) -> Int? {
        guard e.other >= 0, e.text == "Task.task_wakeup()" else { return nil }
        // The first task (in creation order: the smallest id) still waiting on that future.
        var waiting = (s.tasksWaitingOn.removeValue(forKey: e.other) ?? []).filter { s.tasks[$0]?.waitingOn == e.other }
        guard let task = waiting.min() else { return nil }
        waiting.removeAll { $0 == task }
        if !waiting.isEmpty { s.tasksWaitingOn[e.other] = waiting }
        s.tasks[task]?.waitingOn = nil
        return task
    }

    /// A waiter future that completed no longer waits.
    private static func removeWaiter(_ future: Int, from s: inout Snapshot) {
        let holding = s.sync.compactMap { $0.value.waiters.contains { $0.future == future } ? $0.key : nil }
        for id in holding { s.sync[id]?.waiters.removeAll { $0.future == future } }
    }
}
