import Foundation
import Testing
@testable import Runtime

/// `explore` finds the bugs the ordinary schedule hides (a lost update, a lock-order deadlock, a late worker,
/// an assert in a thread, output that depends on the schedule), makes them small, and a replay of the schedule
/// it reports fails the same way with the same events; a correct program explores clean; the same seed explores
/// the same schedules.
@Suite struct ExploreTests {
    static func source(_ path: String) throws -> SourceFile {
        SourceFile(path: path, tracebackPath: Repository.url(path).path,
                   text: try String(contentsOf: Repository.url(path), encoding: .utf8))
    }

    static func explore(_ path: String, _ change: (inout ExploreOptions) -> Void = { _ in }) throws -> Explorer.Result {
        var settings = ExploreOptions()
        change(&settings)
        return try Explorer.explore(try source(path), options: RunOptions(), explore: settings)
    }

    /// The events and output of one replay of `schedule`.
    static func replay(_ path: String, _ schedule: Schedule) throws -> (events: [RuntimeEvent], output: String, errors: String) {
        let store = EventStore()
        var output = "", errors = ""
        _ = Interpreter.run(try source(path), options: schedule.replayOptions(RunOptions()), sink: store) {
            if $0 == .stdout { output += $1 } else { errors += $1 }
        }
        return ((0..<store.count).map { store[$0] }, output, errors)
    }

    static let hidden: [(path: String, failure: String)] = [
        ("Scenarios/19_lost_update.py", "AssertionError: lost update: counter is"),
        ("Scenarios/20_lock_order.py", "DeadlockError"),
        ("Scenarios/21_late_worker.py", "AssertionError: config was fetched 2 times"),
        ("Tests/Programs/explore/worker_exception.py", "AssertionError: worker read the config before it was filled (in thread"),
        ("Tests/Programs/explore/last_widget.py", "AssertionError: sold 2 widgets, had 1"),
    ]

    @Test(arguments: hidden.map(\.path))
    func findsMinimisesAndReplaysWhatTheOrdinaryScheduleHides(_ path: String) throws {
        let ordinary = try Runner.asyncviz(path)
        #expect(ordinary.status == 0, "\(path) should pass in the ordinary schedule: \(ordinary.stderr)")
        let result = try Self.explore(path)
        let failure = try #require(result.failure, "\(path): no failure in \(result.runs) schedules")
        let expected = Self.hidden.first { $0.path == path }!.failure
        #expect(failure.text.hasPrefix(expected), "\(path): \(failure.text)")
        #expect(!result.ordinaryFails)
        let schedule = try #require(result.schedule)
        #expect((1...2).contains(schedule.choices.count), "\(path): \(schedule.choices.map(\.detail))")
        #expect(schedule.choices.allSatisfy { !$0.detail.isEmpty && !$0.thread.isEmpty })
        let first = try Self.replay(path, schedule), second = try Self.replay(path, schedule)
        #expect(first.errors.contains(String(expected.prefix { $0 != "(" }).trimmingCharacters(in: .whitespaces)))
        #expect(first.events == second.events && first.output == second.output && first.errors == second.errors)
        let marks = first.events.filter { $0.kind == .scheduleChoice }.map(\.text)
        #expect(marks == schedule.choices.map(\.detail))
    }

    @Test func aCorrectlyLockedProgramExploresClean() throws {
        let result = try Self.explore("Tests/Programs/explore/locked_counter.py") { $0.runs = 300 }
        #expect(result.failure == nil)
        #expect(result.runs == 300 && result.distinct == 299)
    }

    @Test func everyScheduleUnderTheBoundIsTriedThenItStops() throws {
        let result = try Self.explore("Tests/Programs/explore/locked_counter.py") { $0.maxPreemptions = 1 }
        #expect(result.failure == nil && result.exhausted)
        #expect(result.runs > 1 && result.runs < ExploreOptions().runs)
    }

    @Test func outputUnlikeTheOrdinaryRunsIsAFailureWhenExpected() throws {
        let path = "Tests/Programs/explore/print_order.py"
        #expect(try Self.explore(path) { $0.runs = 200 }.failure == nil)
        let result = try Self.explore(path) { $0.expectOutput = true }
        #expect(result.failure?.kind == "output")
        #expect(result.failure?.text.hasPrefix("output differs at line 1: expected 'ann 0', got 'bob 0'") == true)
    }

    @Test(arguments: [ExploreOptions.Strategy.random, .pct])
    func theSameSeedExploresTheSameSchedules(_ strategy: ExploreOptions.Strategy) throws {
        let path = "Scenarios/19_lost_update.py"
        let runs = { (seed: Int) in try Self.explore(path) { ($0.strategy, $0.seed, $0.runs) = (strategy, seed, 400) } }
        let a = try runs(1), b = try runs(1)
        #expect(a.runs == b.runs && a.distinct == b.distinct && a.schedule == b.schedule)
        #expect(a.failure != nil, "\(strategy) found nothing in \(a.runs) schedules")
    }

    @Test func theOrdinaryScheduleFailingIsSaidSo() throws {
        let (folder, path) = try Repository.temporaryScenario("fails.py", "assert 1 == 2, 'always'\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = SourceFile(path: path, text: try String(contentsOfFile: path, encoding: .utf8))
        let result = try Explorer.explore(source, options: RunOptions(), explore: ExploreOptions())
        #expect(result.ordinaryFails && result.runs == 1 && result.schedule?.choices == [])
        #expect(result.failure?.text == "AssertionError: always")
    }
}
