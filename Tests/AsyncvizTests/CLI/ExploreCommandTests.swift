import Foundation
import Testing
@testable import Runtime

/// `explore` as a user drives it: the account of a failing schedule, `--save`, replay with `--schedule` in
/// `exec` and `trace`, a clean exploration, and one clear line for each bad input.
@Suite struct ExploreCommandTests {
    func asyncviz(_ args: String...) throws -> ProcessResult {
        try Runner.run(Repository.binary.path, args)
    }

    @Test func aFailureIsReportedSavedAndReplayedTheSameWay() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("asyncviz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let saved = folder.appendingPathComponent("late.json").path
        let found = try asyncviz("explore", "Scenarios/21_late_worker.py", "--save", saved)
        #expect(found.status == 1)
        let lines = found.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0].hasPrefix("explore: Scenarios/21_late_worker.py fails under 1 forced choice (schedule "))
        #expect(lines[1] == "  AssertionError: config was fetched 2 times")
        // The lines run before the worker's sleep (20 ns per line event) put the choice just after 0.
        #expect(lines.contains(
            "  1. at 2.4e-07 s, Scenarios/21_late_worker.py:19: ThreadPoolExecutor-0_0's sleep ends 0.05 s late"))
        #expect(lines.contains("Saved to \(saved). Replay it: asyncviz exec Scenarios/21_late_worker.py --schedule \(saved)"))
        let replay = try asyncviz("exec", "Scenarios/21_late_worker.py", "--schedule", saved)
        #expect(replay.status == 1)
        #expect(replay.stdout == "<config from the server>\nfetches: 2\n")
        #expect(Runner.lastLine(replay.stderr) == "AssertionError: config was fetched 2 times")
        let trace = try asyncviz("trace", "Scenarios/21_late_worker.py", "--schedule", saved)
        #expect(trace.stdout.contains("schedule.choice"))
        #expect(trace.stdout.contains("ThreadPoolExecutor-0_0's sleep ends 0.05 s late"))
    }

    @Test func aCleanExplorationExitsZeroAndSaysHowMuchItTried() throws {
        let r = try asyncviz("explore", "Tests/Programs/explore/locked_counter.py", "--max-preemptions", "1")
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("explore: Tests/Programs/explore/locked_counter.py: no failure found. "
                                   + "Every schedule with at most 1 forced choices; explored "))
        #expect(r.stdout.contains("schedules/s"))
    }

    @Test func aScheduleForAnotherTextOfTheScenarioIsRefused() throws {
        let (folder, path) = try Repository.temporaryScenario("late.py", try String(contentsOf: Repository.url("Scenarios/21_late_worker.py"), encoding: .utf8))
        defer { try? FileManager.default.removeItem(at: folder) }
        let saved = folder.appendingPathComponent("s.json").path
        #expect(try asyncviz("explore", path, "--save", saved).status == 1)
        try (try String(contentsOfFile: path, encoding: .utf8) + "# changed\n").write(toFile: path, atomically: true, encoding: .utf8)
        let r = try asyncviz("exec", path, "--schedule", saved)
        #expect(r.status == 2)
        #expect(r.stderr == "asyncviz: \(saved): this schedule was found for another text of \(path) (its SHA-256 differs); "
                + "run `asyncviz explore` on \(path) again\n")
    }

    @Test func badInputsGetOneLine() throws {
        let missing = try asyncviz("exec", "Scenarios/19_lost_update.py", "--schedule", "/nonexistent/s.json")
        #expect(missing.status == 2 && missing.stderr == "asyncviz: /nonexistent/s.json: no such schedule file (or it cannot be read)\n")
        let both = try asyncviz("explore", "Scenarios/19_lost_update.py", "--schedule", "x.json")
        #expect(both.status == 2 && both.stderr.contains("--schedule replays one schedule; explore searches them"))
        let runs = try asyncviz("explore", "Scenarios/19_lost_update.py", "--runs", "0")
        #expect(runs.status == 2 && runs.stderr.contains("--runs must be from 1 to 1000000"))
        let watch = try asyncviz("explore", "Scenarios/19_lost_update.py", "--watch")
        #expect(watch.status == 2 && watch.stderr.hasPrefix("asyncviz: explore --watch needs a terminal"))
    }
}
