import Foundation
import Testing
@testable import Runtime

extension TmuxSession {
    /// The header no longer says the run is going (`running… N events`): every event is in.
    static func runHasEnded(_ screen: String) -> Bool { runningCount(screen) == nil }

    /// N in the header's `running… N events`, while the run goes.
    static func runningCount(_ screen: String) -> Int? {
        let header = #"running(…|\.\.\.) [0-9,]+ event"#
        guard let range = screen.range(of: header, options: .regularExpression) else { return nil }
        return Int(screen[range].filter(\.isNumber))
    }
}

/// The viewer opens on a run that is still going and plays it as it comes: driven in tmux on a run that never
/// ends by itself, so every check is made while it runs, whatever the machine's speed.
@Suite(.serialized) struct LiveViewerTests {
    static let endless = """
    import asyncio

    async def main():
        n = 0
        while True:
            await asyncio.sleep(0.001)
            n += 1

    asyncio.run(main())
    """
    /// Limits far beyond what a test waits for: the run goes on until it is stopped.
    static let unlimited = ["--max-steps", "1000000000000", "--max-time", "1000000000", "--max-events", "1000000000"]

    @Test func aLongRunOpensAtOnceAndQuittingStopsIt() throws {
        let (folder, path) = try Repository.temporaryScenario("endless.py", Self.endless)
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try TmuxSession(["watch", path, "--paused"] + Self.unlimited, width: 100, height: 30)
        let first = try session.waitFor { TmuxSession.runningCount($0) != nil && $0.contains("event 0/") }
        #expect(first.contains("Workers  0.") && first.contains("❚❚ paused"))
        let seen = try #require(TmuxSession.runningCount(first))
        let later = try session.waitFor { (TmuxSession.runningCount($0) ?? 0) > seen + 1000 }
        #expect(later.contains("event 0/"), "paused, the viewer stays where it is while events come")
        try session.send("End")
        let end = try session.waitFor { (Self.position($0) ?? 0) >= seen + 1000 }
        #expect(TmuxSession.runningCount(end) != nil, "End went to the latest event of a run that still goes")
        try session.send("q")
        #expect(try session.exitStatus() == 0)
        let after = try session.waitFor { !$0.contains("Workers  ") }
        #expect(!after.contains("running"), "the terminal is restored")
    }

    /// i in the header's `event i/N`.
    static func position(_ screen: String) -> Int? {
        guard let range = screen.range(of: #"event \d+/"#, options: .regularExpression) else { return nil }
        return Int(screen[range].filter(\.isNumber))
    }

    /// Playing follows the run: the play head moves on while the run goes.
    @Test func playingGoesOnWhileTheRunGoes() throws {
        let (folder, path) = try Repository.temporaryScenario("endless.py", Self.endless)
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try TmuxSession(["watch", path, "--speed", "1000"] + Self.unlimited, width: 100, height: 30)
        try session.waitFor { TmuxSession.runningCount($0) != nil && (Self.position($0) ?? 0) > 50 }
        try session.send("q")
        #expect(try session.exitStatus() == 0)
    }

    /// SIGTERM, SIGHUP and SIGINT while the run goes stop it: the terminal is restored, the command says why and
    /// exits 128+N, and the recording ends with the run's own `run.end` saying it was interrupted.
    @Test(arguments: [("TERM", 15), ("HUP", 1), ("INT", 2)])
    func aSignalWhileTheRunGoesStopsIt(_ name: String, _ number: Int) throws {
        let (folder, path) = try Repository.temporaryScenario("endless.py", Self.endless)
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = folder.appendingPathComponent("session.jsonl").path
        let session = try TmuxSession(["watch", path, "--paused", "--record", log] + Self.unlimited,
                                      width: 100, height: 30)
        try session.waitFor { TmuxSession.runningCount($0) ?? 0 > 100 && $0.contains("● rec") }
        try session.send("n")
        try session.waitFor { $0.contains("event 1/") }
        try session.kill(name)
        #expect(try session.exitStatus() == 128 + number)
        let after = try session.waitFor { !$0.contains("Workers  ") }
        #expect(after.contains("asyncviz: stopped: interrupted by signal \(number)"))
        let contents = try LogReader.read(path: log)
        #expect(contents.error == nil)
        #expect(contents.actions.map(\.text) == ["seek", "nextEvent"])
        let last = contents.store[contents.store.count - 1]
        #expect(last.kind == .runEnd && last.text == "stopped: interrupted by signal \(number)")
    }

    @Test func ctrlCWhileTheRunGoesQuits() throws {
        let (folder, path) = try Repository.temporaryScenario("endless.py", Self.endless)
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try TmuxSession(["watch", path] + Self.unlimited, width: 100, height: 30)
        try session.waitFor { TmuxSession.runningCount($0) != nil }
        try session.send("C-c")
        #expect(try session.exitStatus() == 128 + 2)
        let after = try session.waitFor { !$0.contains("Workers  ") }
        #expect(!after.contains("running"))
    }

    /// A limit stops the run while it is shown: the header says so once the run has stopped.
    @Test func aLimitStopShowsInTheHeader() throws {
        let (folder, path) = try Repository.temporaryScenario("endless.py", Self.endless)
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try TmuxSession(["watch", path, "--paused", "--max-steps", "200000"], width: 120, height: 30)
        let screen = try session.waitFor { $0.contains("stopped by --max-steps (exit 1)") }
        #expect(TmuxSession.runHasEnded(screen))
        try session.send("q")
        #expect(try session.exitStatus() == 0)
    }

    /// A session recorded while the run was shown live holds the events `exec --log` writes, line for line.
    @Test func aLiveRecordingHoldsTheEventsOfExec() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("asyncviz-live-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let recorded = folder.appendingPathComponent("session.jsonl").path
        let logged = folder.appendingPathComponent("exec.jsonl").path
        let scenario = "Scenarios/13_producer_consumer.py"
        let session = try TmuxSession(["watch", scenario, "--record", recorded, "--speed", "1000"],
                                      width: 100, height: 30)
        try session.waitFor {
            TmuxSession.runHasEnded($0) && $0.range(of: #"event (\d+)/\1 "#, options: .regularExpression) != nil
        }
        try session.send("q")
        #expect(try session.exitStatus() == 0)
        #expect(try Runner.run(Repository.binary.path, ["exec", scenario, "--log", logged]).status == 0)
        let events = { (path: String) throws -> [String] in
            try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
                .filter { $0.hasPrefix("{\"seq\":") }.map(String.init)
        }
        let live = try events(recorded), exec = try events(logged)
        #expect(!live.isEmpty && live == exec)
    }
}
