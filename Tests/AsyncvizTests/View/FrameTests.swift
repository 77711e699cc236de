import Foundation
import Testing
@testable import Runtime

/// `asyncviz frame`: the viewer's screen as text, pinned by golden files, the same from a scenario and from its log.
@Suite struct FrameTests {
    func asyncviz(_ args: [String]) throws -> ProcessResult {
        try Runner.run(Repository.binary.path, args)
    }

    static let cases: [(scenario: String, at: String, size: String, ascii: Bool)] = [
        ("Scenarios/08_coroutine_state_machine.py", "0.3s", "100x32", false),
        ("Scenarios/13_producer_consumer.py", "0.3s", "110x32", false),
        ("Scenarios/07_event_loop.py", "40", "80x24", true),
        ("Scenarios/16_taskgroup.py", "0.2s", "120x40", false),
    ]

    @Test(arguments: 0..<cases.count)
    func framesMatchTheirGoldens(_ k: Int) throws {
        let c = Self.cases[k]
        let args = ["frame", c.scenario, "--at", c.at, "--size", c.size] + (c.ascii ? ["--ascii"] : [])
        let r = try asyncviz(args)
        #expect(r.status == 0, "\(r.stderr)")
        let name = c.scenario.split(separator: "/").last!.dropLast(3) + "-at-\(c.at)-\(c.size)\(c.ascii ? "-ascii" : "").txt"
        let golden = try Repository.golden("Tests/Golden/frames/\(name)", r.stdout)
        #expect(golden.actual == golden.expected)
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let dims = c.size.split(separator: "x").map { Int($0)! }
        #expect(lines.count == dims[1])
        #expect(lines.allSatisfy { $0.count == dims[0] })
    }

    static let panelCases: [(scenario: String, at: String, panel: String, size: String)] = [
        ("Scenarios/08_coroutine_state_machine.py", "0.3s", "coroutines", "100x8"),
        ("Scenarios/07_event_loop.py", "20", "loop", "80x10"),
        ("Scenarios/10_future_and_callbacks.py", "0.3s", "futures", "80x8"),
    ]

    /// `--panel`: the await chain of 08, the ready queue of 07, the futures of 10, each panel alone.
    @Test(arguments: 0..<panelCases.count)
    func panelsMatchTheirGoldens(_ k: Int) throws {
        let c = Self.panelCases[k]
        let r = try asyncviz(["frame", c.scenario, "--at", c.at, "--panel", c.panel, "--size", c.size])
        #expect(r.status == 0, "\(r.stderr)")
        let name = c.scenario.split(separator: "/").last!.dropLast(3) + "-at-\(c.at)-\(c.panel)-\(c.size).txt"
        let golden = try Repository.golden("Tests/Golden/frames/\(name)", r.stdout)
        #expect(golden.actual == golden.expected)
        #expect(!r.stdout.contains("/work/") && !r.stdout.contains(Repository.root.path), "no absolute paths")
        let bad = try asyncviz(["frame", c.scenario, "--panel", "nope"])
        #expect(bad.status == 2 && bad.stderr.contains("--panel takes one of workers, loop, coroutines, futures"))
    }

    /// A run that dies of an uncaught exception says so in the header, beside its findings and `q quit`.
    @Test func theHeaderShowsHowARunEnded() throws {
        let (folder, path) = try Repository.temporaryScenario("crash.py", """
        import asyncio

        async def worker():
            await asyncio.sleep(0.1)
            raise ValueError("boom")

        async def main():
            await asyncio.gather(worker())

        asyncio.run(main())
        """)
        defer { try? FileManager.default.removeItem(at: folder) }
        let crashed = try asyncviz(["frame", path, "--at", "0", "--size", "100x30"])
        let header = crashed.stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(header.contains("✗ ValueError: boom in Task-2 (exit 1)") && header.hasSuffix("q quit "), "\(header)")
        let end = try asyncviz(["frame", path, "--size", "100x30"])
        #expect(end.stdout.contains("▶  5 │     raise ValueError(\"boom\")"), "the Source panel opens at the failing line")
        let fine = try asyncviz(["frame", "Scenarios/07_event_loop.py", "--size", "100x30"])
        #expect(!fine.stdout.contains("✗"))
        let deadlock = try asyncviz(["frame", "Scenarios/17_deadlock.py", "--size", "100x30"])
        let line = deadlock.stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(line.contains("✗ deadlock") && line.contains("1 finding — !  q quit"), "\(line)")
    }

    /// A thread blocked inside a loop callback stalls the whole loop: its lane says so (`▚`), unlike a worker
    /// thread's sleep or I/O (`┈`).
    @Test func aBlockedLoopIsDrawnUnlikeThreadIO() throws {
        let r = try asyncviz(["frame", "Scenarios/14_blocking_the_loop.py", "--size", "120x30"])
        let lanes = r.stdout.split(separator: "\n").map(String.init)
        let main = try #require(lanes.first { $0.hasPrefix("│MainThread") })
        let worker = try #require(lanes.first { $0.hasPrefix("│asyncio_0") })
        #expect(main.contains("▚") && !main.contains("┈"))
        #expect(worker.contains("┈") && !worker.contains("▚"))
    }

    /// `--compare`: a second run's lanes below the first's, on one time axis, at the same virtual time.
    @Test func aComparisonDrawsBothRunsLanes() throws {
        let r = try asyncviz(["frame", "Scenarios/03_gil_cpu_threads.py", "--at", "0.55s", "--size", "110x40", "--compare", "--pool process"])
        #expect(r.status == 0, "\(r.stderr)")
        let golden = try Repository.golden("Tests/Golden/frames/03_gil_cpu_threads-at-0.55s-110x40-compare-pool-process.txt", r.stdout)
        #expect(golden.actual == golden.expected)
        #expect(r.stdout.contains("── with --pool process ──") && r.stdout.contains("ForkProcess-4"))
        let bad = try asyncviz(["frame", "Scenarios/03_gil_cpu_threads.py", "--compare", "--cpu 2"])
        #expect(bad.status == 2 && bad.stderr.hasPrefix("asyncviz: --compare --cpu 2: Unknown option '--cpu'"))
    }

    @Test func aFrameFromALogIsTheFrameFromTheRun() throws {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("asyncviz-\(UUID().uuidString)-frame.jsonl").path
        defer { try? FileManager.default.removeItem(atPath: log) }
        let scenario = "Scenarios/11_gather_and_errors.py"
        _ = try asyncviz(["exec", scenario, "--log", log])
        for at in ["0", "25", "0.15s", "0.4s"] {
            let live = try asyncviz(["frame", scenario, "--at", at, "--size", "100x30"])
            let replay = try asyncviz(["frame", log, "--at", at, "--size", "100x30"])
            #expect(live.status == 0)
            #expect(live.stdout == replay.stdout, "--at \(at)")
        }
    }

    @Test func aSmallScreenGetsOneCentredMessage() throws {
        let r = try asyncviz(["frame", "Scenarios/07_event_loop.py", "--size", "40x10"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[4].trimmingCharacters(in: .whitespaces) == "asyncviz needs 80x24")
        #expect(lines[5].trimmingCharacters(in: .whitespaces) == "this is 40x10")
        #expect(lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count == 2)
    }

    @Test func badArgumentsGetOneClearLine() throws {
        let late = try asyncviz(["frame", "Scenarios/07_event_loop.py", "--at", "99999"])
        #expect(late.status == 2)
        #expect(late.stderr.hasPrefix("asyncviz: --at 99999: the run has "))
        let size = try asyncviz(["frame", "Scenarios/07_event_loop.py", "--size", "big"])
        #expect(size.status == 2)
        #expect(size.stderr == "asyncviz: --size must look like 100x32, not 'big'\n")
    }

    @Test func textFromTheScenarioCannotReachTheTerminalRaw() throws {
        let (dir, scenario) = try Repository.temporaryScenario("esc.py", "print('\\x1b[31mred\\x1b[0m and a bell\\x07')\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try asyncviz(["frame", scenario, "--size", "80x24"])
        #expect(r.status == 0)
        #expect(!r.stdout.contains("\u{1B}"))
        #expect(!r.stdout.contains("\u{07}"))
        #expect(r.stdout.contains("\\x1b[31mred\\x1b[0m and a bell\\x07"))
    }
}
