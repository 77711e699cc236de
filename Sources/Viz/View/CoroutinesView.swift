import Runtime

/// Each task with its name and coroutine; the selected one expanded into its await chain
/// (`main → pipeline → sleep`), each coroutine drawn as its state machine: start, one state per await site
/// (its line), done; the current state lit and the await it is suspended at. Then the scenario's live
/// generators, each a state machine with one state per `yield`.
enum CoroutinesView {
    static func draw(_ canvas: inout Canvas, _ rect: Rect, state: ViewerState, snapshot: Snapshot, glyphs: Glyphs) {
        canvas.box(rect, title: "Coroutines", glyphs: glyphs)
        let inner = rect.inner
        let limit = inner.x + inner.width
        var y = inner.y
        if snapshot.taskOrder.isEmpty {
            canvas.put("no tasks yet", x: inner.x, y: y, role: .dim, limit: limit)
            return
        }
        let selected = selectedTask(state: state, snapshot: snapshot)
        // Only the rows that fit are labelled: a run of thousands of tasks costs no more than a short one.
        for id in snapshot.taskOrder {
            guard y < inner.y + inner.height else { break }
            guard let task = snapshot.tasks[id], let coroutine = snapshot.coroutines[task.coroutine] else { continue }
            let name = label(task, coroutine)
            let role: Canvas.Role = task.isDone ? .done : (coroutine.state == .running ? .running : .plain)
            let x = canvas.put(name, x: inner.x, y: y, role: id == state.selectedTask && state.focus == .tasks ? .current : role, limit: limit)
            if id != selected || y + 1 >= inner.y + inner.height {
                let waits = SyncRows.waitedOn(by: id, snapshot).map { "  on " + $0 } ?? ""
                canvas.put("  " + summary(coroutine, snapshot: snapshot, task: task) + waits, x: x, y: y, role: .dim,
                           limit: limit)
                y += 1
                continue
            }
            let names = chain(id, snapshot: snapshot).compactMap { snapshot.coroutines[$0]?.name }
            if names.count > 1 {
                canvas.put("  " + names.joined(separator: " \(glyphs.arrow) "), x: x, y: y, role: .dim, limit: limit)
            }
            y += 1
            let links = chain(id, snapshot: snapshot).compactMap { snapshot.coroutines[$0] }
            let width = min(20, links.map(\.name.count).max() ?? 0)
            for info in links where y < inner.y + inner.height {
                let inLibrary = snapshot.code[info.code]?.isLibrary == true
                let waits = info.awaiting.flatMap { SyncRows.waitedOn(future: $0, snapshot) }.map { "  on " + $0 } ?? ""
                let states = inLibrary ? "asyncio's own code: " + summary(info, snapshot: snapshot, task: task) + waits
                    : machine(info, snapshot: snapshot, glyphs: glyphs)
                let text = "  " + TextFormat.padded(TextFormat.fitted(info.name, width), width) + " " + states
                canvas.put(text, x: inner.x, y: y, role: info.state == .running ? .running : .plain, limit: limit)
                y += 1
            }
        }
        drawGenerators(&canvas, inner, from: y, snapshot: snapshot, glyphs: glyphs)
    }

    /// The scenario's live generators under the tasks, each as its state machine (one state per `yield`);
    /// those that do not fit end with `+N more`.
    static func drawGenerators(_ canvas: inout Canvas, _ inner: Rect, from top: Int, snapshot: Snapshot,
                               glyphs: Glyphs) {
        let limit = inner.x + inner.width
        let ids = snapshot.generators.keys.sorted()
        let room = inner.y + inner.height - top
        guard !ids.isEmpty, room > 0 else { return }
        let shown = ids.count <= room ? ids.count : room - 1
        for (k, id) in ids.prefix(shown).enumerated() {
            guard let g = snapshot.generators[id] else { continue }
            let call = g.call.isEmpty ? g.name + "()" : g.call
            let text = "gen " + call + "  " + machine(g, snapshot: snapshot, glyphs: glyphs)
            canvas.put(text, x: inner.x, y: top + k, role: g.state == .running ? .running : .plain, limit: limit)
        }
        if shown < ids.count {
            canvas.put("+\(ids.count - shown) more generators", x: inner.x, y: top + shown, role: .dim, limit: limit)
        }
    }

    /// `Task-1  main()`, `Task alice  party('alice', <Future pending>)`: the task's name (`name=`) and the
    /// call that made its coroutine, with its arguments' reprs.
    static func label(_ task: Snapshot.TaskInfo, _ coroutine: Snapshot.CoroutineInfo) -> String {
        let name = task.name.hasPrefix("Task") ? task.name : "Task " + task.name
        return name + "  " + (coroutine.call.isEmpty ? coroutine.name + "()" : coroutine.call)
    }

    /// A task's await chain, outermost first: its coroutine, the coroutine that one awaits, and so on.
    static func chain(_ task: Int, snapshot: Snapshot) -> [Int] {
        guard var c = snapshot.tasks[task]?.coroutine else { return [] }
        var found = [c]
        while let next = snapshot.coroutines[c]?.awaiting, snapshot.coroutines[next] != nil, !found.contains(next) {
            found.append(next)
            c = next
        }
        return found
    }

    /// The expanded task: the one selected, else the first unfinished one.
    static func selectedTask(state: ViewerState, snapshot: Snapshot) -> Int? {
        state.selectedTask ?? snapshot.taskOrder.first { !(snapshot.tasks[$0]?.isDone ?? true) }
    }

    /// The task drawn at `row` of the panel (the expanded one takes two rows).
    static func task(atRow row: Int, state: ViewerState, snapshot: Snapshot) -> Int? {
        let selected = selectedTask(state: state, snapshot: snapshot)
        var y = 0
        for id in snapshot.taskOrder where snapshot.tasks[id] != nil {
            let rows = id == selected ? 1 + chain(id, snapshot: snapshot).count : 1
            if row < y + rows { return id }
            y += rows
        }
        return nil
    }

    /// `○ start → ◉ L8 → ○ L12 → ○ done`.
    static func machine(_ c: Snapshot.CoroutineInfo, snapshot: Snapshot, glyphs: Glyphs) -> String {
        let sites = snapshot.code[c.code]?.sites ?? []
        var nodes = ["start"] + sites.map { "L\($0.line)" } + ["done"]
        var lit: Int?
        switch c.state {
        case .created: lit = 0
        case .suspended(let k): lit = k + 1
        case .returned, .raised, .cancelled: lit = nodes.count - 1
        case .running: lit = nil
        }
        nodes = nodes.enumerated().map { i, n in "\(i == lit ? glyphs.activeState : glyphs.state) \(n)" }
        var text = nodes.joined(separator: " \(glyphs.arrow) ")
        if c.state == .running { text += "  \(glyphs.activeState) running" }
        if case .suspended(let k) = c.state, k < sites.count { text += "  \(sites[k].text)" }
        return text
    }

    static func summary(_ c: Snapshot.CoroutineInfo, snapshot: Snapshot, task: Snapshot.TaskInfo) -> String {
        switch c.state {
        case .created: return "created"
        case .running: return "running"
        case .suspended(let k):
            let site = snapshot.code[c.code]?.sites
            guard let site, k < site.count else { return "suspended" }
            return snapshot.code[c.code]?.isLibrary == true ? "at '\(site[k].text)'" : "at L\(site[k].line) '\(site[k].text)'"
        case .returned: return task.state
        case .raised: return task.state
        case .cancelled: return "cancelled"
        }
    }
}
