import Foundation
import Testing
@testable import Runtime

/// `exec --log` and `trace`, driven through the built binary.
@Suite struct SessionLogCommandTests {
    func asyncviz(_ args: String...) throws -> ProcessResult {
        try Runner.run(Repository.binary.path, args)
    }

    func temporary(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("asyncviz-\(UUID().uuidString)-\(name)").path
    }

    @Test func aLogTracesLikeTheLiveRun() throws {
        let log = temporary("run.jsonl")
        defer { try? FileManager.default.removeItem(atPath: log) }
        let scenario = "Tests/Programs/events/03_lock_and_queue.py"
        let run = try asyncviz("exec", scenario, "--log", log)
        #expect(run.status == 0)
        #expect(run.stdout == "a b\n")
        for format in ["jsonl", "text", "chrome"] {
            let fromLog = try asyncviz("trace", log, "--format", format)
            let live = try asyncviz("trace", scenario, "--format", format)
            #expect(fromLog.status == 0)
            #expect(fromLog.stdout == live.stdout, "\(format)")
        }
        let text = try asyncviz("trace", log).stdout
        #expect(text.contains("coro.suspend"))
        #expect(text.contains("site 0: line 6 'async with lock:'"))
    }

    @Test func theChromeTraceHasWhatPerfettoNeeds() throws {
        let r = try asyncviz("trace", "Tests/Programs/events/02_two_tasks_future.py", "--format", "chrome")
        #expect(r.status == 0)
        let json = try JSON.parse(r.stdout)
        guard case .array(let events)? = json["traceEvents"] else {
            Issue.record("no traceEvents array")
            return
        }
        var phases: Set<String> = []
        for e in events {
            let ph = try #require(e["ph"]?.string)
            phases.insert(ph)
            #expect(e["pid"]?.int == 1)
            if ph != "M" { #expect(e["ts"]?.double != nil) }
            if ph == "X" { #expect(e["dur"]?.double != nil) }
            if ph == "s" || ph == "f" { #expect(e["id"]?.int != nil) }
        }
        #expect(phases.isSuperset(of: ["M", "X", "i", "s", "f", "C"]))
        let names = events.filter { $0["ph"]?.string == "M" }.compactMap { $0["args"]?["name"]?.string }
        #expect(names.contains("MainProcess") && names.contains("MainThread") && names.contains("Task-2"))
        let slices = events.filter { $0["ph"]?.string == "X" && $0["name"]?.string == "Future.set_result(21)" }
        #expect(slices.first?["ts"]?.double == 100_000)
    }

    @Test func badLogsGetOneClearLine() throws {
        let garbage = temporary("garbage.log")
        defer { try? FileManager.default.removeItem(atPath: garbage) }
        try "this is not a log\n".write(toFile: garbage, atomically: true, encoding: .utf8)
        let r = try asyncviz("trace", garbage)
        #expect(r.status == 1)
        #expect(r.stderr == "asyncviz: \(garbage): not an asyncviz session log (its first line is not an asyncviz-log header)\n")
    }

    @Test func aScenarioThatDoesNotLoadIsReportedNotTraced() throws {
        let r = try asyncviz("trace", "Tests/Programs/errors/unsupported/import_network.py")
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("'import socket' is not available in asyncviz scenarios: a scenario has no network"))
    }

    @Test func aCutOffLogIsTracedWithAWarning() throws {
        let log = temporary("cut.jsonl")
        defer { try? FileManager.default.removeItem(atPath: log) }
        _ = try asyncviz("exec", "Tests/Programs/events/01_one_sleep.py", "--log", log)
        let data = try Data(contentsOf: URL(fileURLWithPath: log))
        try data.prefix(data.count - 10).write(to: URL(fileURLWithPath: log))
        let r = try asyncviz("trace", log, "--format", "jsonl")
        #expect(r.status == 0)
        #expect(r.stderr.contains("is cut off; kept the"))
        #expect(!r.stdout.isEmpty)
    }

    @Test func aSignalStopsTheRunAndTheLogKeepsEveryEvent() throws {
        let (dir, scenario) = try Repository.temporaryScenario("spin.py", "print('spinning', flush=True)\nn = 0\nwhile True:\n    n += 1\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        let log = dir.appendingPathComponent("spin.jsonl").path
        let process = Process()
        process.executableURL = Repository.binary
        process.arguments = ["exec", scenario, "--log", log, "--max-steps", "2000000000000"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var info = stat()
        while stat(log, &info) != 0 || info.st_size == 0 {
            usleep(10_000)
        }
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationStatus == 128 + 15)
        let contents = try LogReader.read(path: log)
        #expect(contents.error == nil)
        #expect(contents.warnings.isEmpty)
        let last = contents.store[contents.store.count - 1]
        #expect(last.kind == .runEnd)
        #expect(last.text == "stopped: interrupted by signal 15")
    }

    /// `trace --format text` shows control characters as escapes, whatever the scenario printed or named.
    @Test func traceTextEscapesControlCharacters() throws {
        let r = try asyncviz("trace", "Tests/Programs/hostile/escape_sequences.py", "--format", "text")
        #expect(r.status == 0)
        #expect(!r.stdout.unicodeScalars.contains { $0.value == 0x1b || $0.value == 0x07 || $0.value == 0x08 || $0.value == 0x202e || $0.value == 0x0d })
        #expect(r.stdout.contains("\\x1b[2J"))
        #expect(r.stdout.contains("\\x1b]52;c;cHduZWQ=\\x07"))
    }
}
