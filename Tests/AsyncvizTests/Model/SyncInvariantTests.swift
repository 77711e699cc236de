import Testing
@testable import Runtime

/// The Futures & sync panel shows states the machine was in: after every event of every tour scenario and
/// sync program, each primitive's holders and waiters are live tasks or threads, an asyncio waiter's future
/// is pending, a bounded queue holds at most `maxsize` items, a semaphore's value is never negative and a
/// filling barrier counts exactly the parties waiting at it.
@Suite struct SyncInvariantTests {
    static func violations(_ s: Snapshot) -> [String] {
        var found: [String] = []
        func live(_ actor: Int) -> Bool {
            if let task = s.tasks[actor] { return !task.isDone }
            return s.lanes.contains { $0.id == actor && $0.state != .done }
        }
        for (id, info) in s.sync {
            let what = "\(info.type) #\(id)"
            for w in info.waiters {
                if !live(w.actor) { found.append("\(what): waiter #\(w.actor) is not a live task or thread") }
                if let f = w.future, let future = s.futures[f], future.state != "pending" {
                    found.append("\(what): waiter #\(w.actor) waits on future #\(f), which is \(future.state)")
                }
            }
            for h in info.holders where !live(h) { found.append("\(what): holder #\(h) is not live") }
            if info.type.hasSuffix("Queue"), info.size > 0, info.items.count > info.size {
                found.append("\(what): \(info.items.count) items, maxsize \(info.size)")
            }
            if info.type.hasSuffix("Semaphore"), let v = info.value, v < 0 { found.append("\(what): value \(v)") }
            if info.type.hasSuffix("Barrier"), info.phase == "filling", (info.value ?? 0) != info.waiters.count {
                found.append("\(what): \(info.value ?? 0) waiting but \(info.waiters.count) waiters")
            }
        }
        return found
    }

    @Test(arguments: Repository.programs(in: "Scenarios") + Repository.programs(in: "Tests/Programs/sync_panel"))
    func everyEventLeavesTruePrimitives(_ program: String) throws {
        try InvariantFold.check(program, violations: Self.violations)
    }
}
