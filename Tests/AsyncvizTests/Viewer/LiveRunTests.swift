import Foundation
import Testing
@testable import Runtime
@testable import Viz

/// A run shown while it goes: its thread hands events over in batches, and the run's data grows equal to that
/// of a run loaded whole; the viewer plays up to the latest event and waits there.
@Suite struct LiveRunTests {
    static func source(_ path: String) throws -> SourceFile {
        // As `exec` loads it from the repository's root: tracebacks print the absolute path.
        SourceFile(path: path, tracebackPath: Repository.url(path).path,
                   text: try String(contentsOf: Repository.url(path), encoding: .utf8))
    }

    /// Takes in a live run's events, as the viewer's loop does between frames, until the run has ended.
    static func load(_ source: SourceFile, options: RunOptions = RunOptions()) -> RunData {
        let run = RunData(live: source)
        let live = LiveRun(source, options: options)
        while run.running { live.ingest(into: run, budget: 0.002) { _ in } }
        live.join()
        return run
    }

    /// The same seed gives the same events: a live-loaded run's event log is `exec --log`'s, line for line
    /// (recursion through native code too: the run's thread has the main thread's stack).
    @Test(arguments: ["Scenarios/03_gil_cpu_threads.py", "Scenarios/04_process_pool.py",
                      "Scenarios/13_producer_consumer.py", "Tests/Programs/hostile/recursion_through_natives.py",
                      "Tests/Programs/hostile/deep_structures.py"])
    func aLiveRunHasTheEventLogOfExec(_ scenario: String) throws {
        let log = FileManager.default.temporaryDirectory
            .appendingPathComponent("asyncviz-live-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: log) }
        let exec = try Runner.run(Repository.binary.path, ["exec", scenario, "--log", log, "--seed", "3"])
        #expect(exec.status == 0)
        let run = Self.load(try Self.source(scenario), options: RunOptions(seed: 3))
        let written = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").dropFirst()
            .map(String.init)
        let live = (0..<run.count).map { EventLine.encode(run.store[$0], seq: $0) }
        #expect(live.count == written.count)
        #expect(live == written)
        #expect(run.store[run.count - 1].kind == .runEnd)
    }

    /// While the run goes its ending is not known and the header says it runs; once it has ended, the ending,
    /// the findings and the lanes are those of the run loaded whole.
    @Test func whatIsReadFromTheWholeRunIsFinalWhenItEnds() throws {
        let source = try Self.source("Scenarios/17_deadlock.py")
        let store = EventStore()
        _ = Interpreter.run(source, sink: store) { _, _ in }
        let whole = RunData(store: store, source: source)
        let run = RunData(live: source)
        for i in 0..<(store.count / 2) { run.append(store[i]) }
        #expect(run.running)
        #expect(run.ending.kind == .unfinished)
        #expect(!run.findings.contains { $0.id == "deadlock" })
        let header = StatusBarView.problem(run, glyphs: .unicode)
        #expect(header == "running… \(DigitGrouping.grouped(run.count)) events")
        for i in (store.count / 2)..<store.count { run.append(store[i]) }
        run.finish()
        #expect(run.ending == whole.ending)
        #expect(run.ending.kind == .deadlock)
        #expect(run.findings == whole.findings)
        #expect(run.laneCount == whole.laneCount && run.endTime == whole.endTime)
        #expect(StatusBarView.problem(run, glyphs: .unicode) == StatusBarView.problem(whole, glyphs: .unicode))
    }

    /// The first frame comes before the first event: the screen of a run with no event yet.
    @Test func aRunWithNoEventYetIsDrawn() throws {
        let run = RunData(live: try Self.source("Scenarios/07_event_loop.py"))
        let canvas = Screen.render(state: ViewerState(), run: run, width: 100, height: 30, glyphs: .unicode)
        let text = (0..<canvas.height).map { y in String((0..<canvas.width).map { canvas[$0, y].character }) }
        #expect(text[0].contains("running… 0 events") && text[0].contains("event -/-"))
        #expect(text.contains { $0.contains("┌ Workers") })
    }

    /// Playing reaches the latest event of a run that still goes and waits there; once the run has ended it stops.
    @Test func playingWaitsAtTheLatestEventWhileTheRunGoes() throws {
        let source = try Self.source("Scenarios/07_event_loop.py")
        let store = EventStore()
        _ = Interpreter.run(source, sink: store) { _, _ in }
        let run = RunData(live: source)
        for i in 0..<10 { run.append(store[i]) }
        var state = ViewerState(position: 8)
        state.playing = true
        state = ViewerUpdate.apply(.tick, to: state, run: run)
        state = ViewerUpdate.apply(.tick, to: state, run: run)
        #expect(state.position == 9 && state.playing, "waits at the latest event")
        state = ViewerUpdate.apply(.togglePlay, to: ViewerUpdate.apply(.togglePlay, to: state, run: run), run: run)
        #expect(state.position == 9 && state.playing, "play at the latest event does not start again from the first")
        for i in 10..<store.count { run.append(store[i]) }
        state = ViewerUpdate.apply(.tick, to: state, run: run)
        #expect(state.position == 10 && state.playing)
        state = ViewerUpdate.apply(.last, to: state, run: run)
        #expect(state.position == store.count - 1)
        run.finish()
        state = ViewerUpdate.apply(.tick, to: state, run: run)
        #expect(!state.playing, "the run has ended: playing stops at its last event")
    }

    /// Quitting while an endless run goes stops its thread: `cancel` returns once the run has stopped.
    @Test(.timeLimit(.minutes(2))) func cancellingStopsAnEndlessRun() throws {
        let source = SourceFile(path: "endless.py", text: LiveViewerTests.endless)
        let run = RunData(live: source)
        let live = LiveRun(source, options: RunOptions(limits: Limits(maxInstructions: Int.max, maxVirtualTime: 1e9)))
        while run.count < 5000 { live.ingest(into: run, budget: 0.002) { _ in } }
        #expect(run.running)
        live.cancel()
        #expect(live.feed.isFull, "the feed takes nothing more")
        var rest: [RuntimeEvent] = []
        #expect(live.feed.take(into: &rest), "the run's thread has ended")
        #expect(rest.isEmpty)
    }

    /// The feed hands events over in order, whatever the pace of either side, and keeps at most its capacity.
    @Test func theFeedKeepsOrderAndItsBound() {
        let feed = EventFeed()
        let total = EventFeed.capacity * 3 + 17
        let producer = Thread {
            for i in 0..<total { feed.record(RuntimeEvent(kind: .note, time: Double(i), subject: i)) }
            feed.end()
        }
        producer.start()
        var batch: [RuntimeEvent] = [], seen: [Int] = []
        var ended = false
        while !ended {
            ended = feed.take(into: &batch, wait: true)
            #expect(batch.count <= EventFeed.capacity)
            seen += batch.map(\.subject)
        }
        #expect(seen == Array(0..<total))
    }
}
