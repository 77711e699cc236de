/// The coroutine state machine as events: every transition between
/// created, running, suspended at an await site, and done.
extension VM {
    /// The task whose fiber is running, for the `other` id of coroutine events.
    var runningTaskId: Int { eventLoop?.currentTask?.eventId ?? -1 }

    /// `await coro` pushed the coroutine's frame: the awaiting coroutine suspends at `awaitSite`, the awaited one runs.
    func coroutineEntered(_ coroutine: PyCoroutine, awaitSite: Int) {
        let frames = fiber.frames
        if frames.count >= 2, let outer = frames[frames.count - 2].coroutine {
            emit(.coroSuspend, outer.eventId, other: coroutine.eventId, index: awaitSite)
        }
        emit(.coroResume, coroutine.eventId, other: runningTaskId)
    }

    /// A coroutine's frame returned or raised: the coroutine awaiting it (if on this fiber) runs again.
    func coroutineLeft(_ coroutine: PyCoroutine, kind: RuntimeEvent.Kind, text: String) {
        emit(kind, coroutine.eventId, other: runningTaskId, text: text)
        if let top = fiber.frames.last, let outer = top.coroutine {
            emit(.coroResume, outer.eventId, other: runningTaskId, index: top.code.awaitSite(atInstruction: top.ip - 1) ?? -1)
        }
    }

    /// The task's innermost coroutine resumes after the loop stepped the task.
    func taskResumed(_ task: PyTask) {
        guard let top = task.fiber.frames.last, let coroutine = top.coroutine else { return }
        let site = coroutine.state == .created ? -1 : top.code.awaitSite(atInstruction: top.ip) ?? -1
        emit(.coroResume, coroutine.eventId, other: task.eventId, index: site)
    }

    /// The task's innermost coroutine suspended at an await, yielding `awaited` to the task.
    func taskSuspended(_ task: PyTask, awaited: Value) {
        guard let top = task.fiber.frames.last, let coroutine = top.coroutine else { return }
        let awaitedId = (awaited.object as? PyFuture)?.eventId ?? -1
        emit(.coroSuspend, coroutine.eventId, other: awaitedId, index: top.code.awaitSite(atInstruction: top.ip) ?? -1, text: awaitedId < 0 ? "yield" : "")
    }
}
