/// What unwinds a killed thread whose Swift frames were live when its process was killed: no Python handler
/// catches it (`except` and `finally` do not run, as after CPython's SIGTERM or SIGKILL); the machine ends the
/// thread when it reaches the thread's outermost run.
struct ThreadKilled: Error {}

/// A process killed by a signal (`Process.terminate`, `kill`, `Pool.terminate`): every one of its threads
/// stops where it is, blocked, waiting, computing or runnable, and its lane shows it done.
extension Machine {
    /// Stops every live thread of `process` (not the running thread: a process cannot kill itself here).
    func kill(_ process: SimProcess) {
        for t in threads where t.process === process && t.phase != .done && t !== current {
            kill(t)
        }
    }

    private func kill(_ t: SimThread) {
        t.killed = true
        t.token += 1
        t.unregister?()
        t.unregister = nil
        t.retry = nil
        t.remaining = 0
        runnable.removeAll { $0 === t }
        t.process.gilWaiters.removeAll { $0 === t }
        coreWaiters.removeAll { $0 === t }
        if t.inWorkItem {
            t.inWorkItem = false
            vm.emit(.workitemEnd, t.eventId, text: "killed")
        }
        guard t.inStack else {
            exit(t)
            return
        }
        // Its Swift frames lie below the running thread's: it resumes at once and unwinds them.
        t.wait = nil
        t.phase = .running
        runnable.append(t)
    }
}
