import Testing
@testable import Runtime

/// Folds a program's events one at a time and records what `violations` finds wrong with the snapshot after
/// each (the first five), then expects the run to have ended.
enum InvariantFold {
    static func check(_ program: String, violations: (Snapshot) -> [String],
                      sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let store = try TimelineTests.store(program)
        var s = Snapshot()
        var reported = 0
        for i in 0..<store.count {
            Reducer.apply(store[i], to: &s)
            let broken = violations(s)
            if !broken.isEmpty && reported < 5 {
                reported += 1
                Issue.record("\(program) after event \(i) (\(store[i].line)): \(broken.joined(separator: "; "))",
                             sourceLocation: sourceLocation)
            }
        }
        #expect(s.finished != nil, sourceLocation: sourceLocation)
    }
}
