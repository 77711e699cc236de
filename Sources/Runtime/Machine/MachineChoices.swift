/// Where the machine may go several ways (see `ChoicePoint.Kind`): each point asks the chooser, when a run
/// explores or replays a schedule; without one, every point takes option 0, what an ordinary run does.
extension Machine {
    /// Which of `waiters` (for the GIL or a lock that `releaser` frees) goes first: an index into `waiters`.
    func chooseWaiter(_ waiters: [SimThread], kind: ChoicePoint.Kind, releasing releaser: SimThread) -> Int {
        if let w = handingTo, let i = waiters.firstIndex(where: { $0 === w }) {
            handingTo = nil
            return i
        }
        guard let chooser, waiters.count > 1 else { return 0 }
        let what = kind == .gil ? "the GIL" : "the lock"
        return chooser.choose(kind, options: waiters.count, threads: waiters.map(\.number),
                              thread: releaser.number) { k in
            forced(releaser, "\(releaser.name) frees \(what): \(waiters[k].name) gets it before \(waiters[0].name)")
        }
    }

    /// A blocking call of `seconds` (a sleep, I/O, start-up, pickling) as long as this run makes it.
    func jittered(_ seconds: Double, _ t: SimThread, doing what: String) -> Double {
        guard let chooser, chooser.jitter > 0, seconds > 0 else { return seconds }
        let levels = ScheduleChooser.delayLevels
        let level = chooser.choose(.delay, options: levels, threads: [], thread: t.number) { k in
            let late = seconds * chooser.jitter * Double(k) / Double(levels - 1)
            return forced(t, "\(t.name)'s \(what) ends \(Self.seconds(late)) late")
        }
        return seconds * (1 + chooser.jitter * Double(level) / Double(levels - 1))
    }

    /// The next happening on the agenda; of several at one instant for different threads, the chooser may
    /// pick which the machine sees first.
    func nextHappening() -> (time: Double, happening: Agenda.Happening)? {
        guard let first = agenda.next() else { return nil }
        guard let chooser else { return first }
        var tied = [first]
        while agenda.nextTime == first.time, let h = agenda.next() { tied.append(h) }
        let live = tied.indices.filter { owner(of: tied[$0].happening) != nil }
        var chosen = 0
        if live.count > 1 {
            let owners = live.map { owner(of: tied[$0].happening)! }
            let k = chooser.choose(.order, options: live.count, threads: owners.map(\.number),
                                   thread: current.number) { k in
                forced(owners[k], "at \(Self.seconds(first.time)) \(owners[k].name)'s wait ends before "
                       + "\(owners[0].name)'s")
            }
            chosen = live[k]
        }
        for (i, entry) in tied.enumerated() where i != chosen { agenda.schedule(entry.happening, at: entry.time) }
        return tied[chosen]
    }

    /// The thread a live happening ends a wait or computation of (nil: stale, or a GIL drop request).
    private func owner(of h: Agenda.Happening) -> SimThread? {
        switch h {
        case .wake(let t, let token): return t.token == token && t.phase == .blocked ? t : nil
        case .computed(let t, let token): return t.token == token && t.phase == .computing ? t : nil
        case .dropRequest: return nil
        }
    }

    /// At a point where CPython 3.11 checks its eval breaker, the running thread `t` may stop and let another
    /// thread run: one holding its own core and GIL, or one waiting for `t`'s GIL (handed over at once).
    /// `flat`: `t` runs at the top of its own fiber and can suspend. Returns the thread to run first when
    /// `t` stops (nil: `t` goes on); `t` is then queued as CPython's preempted thread is.
    func preemption(of t: SimThread, flat: Bool) -> SimThread? {
        guard let chooser, t.phase == .running else { return nil }
        let innermost = flat ? stackWaiters.last : nil
        let canRun = { (w: SimThread) in w !== t && (!w.inStack || w === innermost) }
        let ready = runnable.filter(canRun)
        let waiting = model.gil && t.process.gilHolder === t ? t.process.gilWaiters.filter(canRun) : []
        let candidates = ready + waiting
        guard !candidates.isEmpty else { return nil }
        let k = chooser.choose(.preempt, options: candidates.count + 1, threads: [t.number] + candidates.map(\.number),
                               thread: t.number) { k in
            forced(t, "\(t.name) is preempted: \(candidates[k - 1].name) runs")
        }
        guard k > 0 else { return nil }
        let next = candidates[k - 1]
        if k > ready.count {
            handingTo = next
            yieldState(t)
            releaseCPU(t, reason: "preempted")
            handingTo = nil
            requestGIL(t)
        } else {
            runnable.append(t)
        }
        if let i = runnable.firstIndex(where: { $0 === next }) { runnable.insert(runnable.remove(at: i), at: 0) }
        return next
    }

    /// A forced choice's record: its words, the thread, the scenario line it is at, the time; an event too.
    private func forced(_ t: SimThread, _ detail: String) -> ForcedChoice {
        let where_ = line(of: t)
        let text = where_ > 0 ? detail : detail + libraryPlace(of: t)
        vm.emit(.scheduleChoice, t.eventId, index: where_, text: text)
        return ForcedChoice(index: 0, kind: "", choice: 0, detail: text, thread: t.name, line: where_, time: vm.clock)
    }

    /// ` (in threading: Thread._bootstrap_inner)`: where in asyncviz's library `t` is, when no scenario frame is
    /// on its stack.
    private func libraryPlace(of t: SimThread) -> String {
        let fiber = t === current ? vm.fiber : t.fiber
        guard let code = fiber.frames.last?.code else { return "" }
        let module = code.sourcePath.dropFirst(LibraryCode.pathPrefix.count).split(separator: ".").first ?? ""
        return " (in \(module): \(code.qualifiedName))"
    }

    /// Seconds to the microsecond, as a learner reads them (`0.025 s`).
    static func seconds(_ s: Double) -> String { "\((s * 1e6).rounded() / 1e6) s" }
}
