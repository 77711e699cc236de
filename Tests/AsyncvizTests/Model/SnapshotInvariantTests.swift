import Foundation
import Testing
@testable import Runtime

/// Every state the model can show is one the machine was in: after each event of each tour scenario, the
/// snapshot agrees with itself (the GIL, the threads, the ready queue and what coroutines await).
@Suite struct SnapshotInvariantTests {
    /// What is wrong with a snapshot: one line per broken invariant (empty when it is consistent).
    static func violations(_ s: Snapshot) -> [String] {
        var found: [String] = []
        for process in Set(s.lanes.map(\.process)) {
            let lanes = s.lanes.filter { $0.process == process }
            let holders = lanes.filter(\.holdsGIL)
            if holders.count > 1 { found.append("\(process): \(holders.count) threads hold the GIL") }
            for h in holders where !h.state.computes && h.state != .wantsCPU {
                found.append("\(h.name) holds the GIL but is \(h.state.rawValue)")
            }
            // Once the GIL is reported (a second thread exists), a running thread is its holder.
            if s.lanes.count > 1 && s.lanes.contains(where: \.holdsGIL) || !holders.isEmpty {
                for r in lanes where r.state == .running && !r.holdsGIL && r.id != 0 {
                    found.append("\(r.name) runs without the GIL")
                }
            }
        }
        for id in s.loop?.ready ?? [] {
            guard let task = s.handles[id]?.task else { continue }
            if s.tasks[task]?.isDone == true { found.append("ready handle #\(id) steps finished task #\(task)") }
            for c in s.coroutines.values where c.task == task {
                if let a = c.awaiting, pending(a, in: s) {
                    found.append("ready handle #\(id) steps task #\(task) whose \(c.name) awaits pending #\(a)")
                }
            }
        }
        for c in s.coroutines.values {
            guard let a = c.awaiting, s.coroutines[a] == nil else { continue }
            if !pending(a, in: s) { found.append("\(c.name) awaits #\(a), which is done") }
        }
        // The index a completion wakes awaiters by lists exactly the coroutines that await something.
        let awaiting = s.coroutines.filter { $0.value.awaiting != nil }
        for (id, c) in awaiting where !s.awaitedBy.coroutines(awaiting: c.awaiting!).contains(id) {
            found.append("\(c.name) awaits #\(c.awaiting!) but is not among its awaiters")
        }
        if s.awaitedBy.count != awaiting.count {
            found.append("\(s.awaitedBy.count) coroutines indexed as awaiting, \(awaiting.count) awaiting")
        }
        return found
    }

    static func pending(_ id: Int, in s: Snapshot) -> Bool {
        if let t = s.tasks[id] { return !t.isDone }
        if let f = s.futures[id] { return f.state == "pending" }
        return false
    }

    @Test(arguments: Repository.programs(in: "Scenarios"))
    func everyEventOfATourScenarioLeavesAConsistentState(_ program: String) throws {
        try InvariantFold.check(program, violations: Self.violations)
    }
}
