import Foundation
import Testing
@testable import Runtime

/// The viewer driven in a real terminal (tmux), and its update function on its own.
@Suite(.serialized) struct ViewerTests {
    @Test func stepForwardBackEndResizeAndQuit() throws {
        let session = try TmuxSession(["watch", "Scenarios/08_coroutine_state_machine.py", "--paused"], width: 100, height: 32)
        let first = try session.waitFor { $0.contains("event 0/") && TmuxSession.runHasEnded($0) }
        #expect(first.contains("┌ Workers"))
        try session.send("n")
        let second = try session.waitFor { $0.contains("event 1/") }
        #expect(second != first)
        try session.send("b")
        let back = try session.waitFor { $0.contains("event 0/") }
        #expect(back == first, "stepping back shows the identical screen")
        try session.send("End")
        let total = try #require(Self.eventCount(first))
        let end = try session.waitFor { $0.contains("event \(total)/\(total)") }
        #expect(end.contains("main: pipeline returned 2"))
        try session.resize(width: 40, height: 10)
        let small = try session.waitFor { $0.contains("asyncviz needs 80x24") }
        #expect(small.contains("this is 40x10"))
        try session.resize(width: 100, height: 32)
        let restored = try session.waitFor { $0.contains("event \(total)/\(total)") && $0.contains("┌ Workers") }
        #expect(restored == end)
        try session.send("q")
        #expect(try session.exitStatus() == 0)
        let after = try session.waitFor { !$0.contains("┌ Workers") }
        #expect(!after.contains("┌ Workers"), "the terminal is restored")
    }

    /// N in the status bar's `event i/N`.
    static func eventCount(_ screen: String) -> String? {
        guard let range = screen.range(of: #"event \d+/\d+"#, options: .regularExpression) else { return nil }
        return screen[range].split(separator: "/").last.map(String.init)
    }

    @Test func playingRunsToTheEnd() throws {
        let session = try TmuxSession(["watch", "Scenarios/07_event_loop.py", "--speed", "1000"], width: 90, height: 28)
        let end = try session.waitFor {
            $0.range(of: #"event (\d+)/\1 "#, options: .regularExpression) != nil && TmuxSession.runHasEnded($0)
        }
        #expect(end.contains("❚❚ paused"), "playback pauses at the last event")
        try session.send("q")
        #expect(try session.exitStatus() == 0)
    }

    @Test func aSignalRestoresTheTerminal() throws {
        let session = try TmuxSession(["watch", "Scenarios/08_coroutine_state_machine.py", "--paused"], width: 100, height: 32)
        try session.waitFor { $0.contains("event 0/") }
        try session.send("C-c")
        #expect(try session.exitStatus() == 128 + 2)
        let after = try session.waitFor { !$0.contains("┌ Workers") }
        #expect(!after.contains("┌ Workers"))
    }

    @Test func thePickerOpensAScenarioAndComesBack() throws {
        let session = try TmuxSession([], width: 100, height: 30)
        let picker = try session.waitFor { $0.contains("pick a scenario") }
        #expect(picker.contains("▶ 01_thread_pool"))
        #expect(picker.contains("five workers evaluate ten items"))
        try session.send("Down", "Down", "Enter")
        let viewer = try session.waitFor { $0.contains("03_gil_cpu_threads.py") && $0.contains("event 0/") }
        #expect(viewer.contains("Workers  0.000"))
        try session.send("q")
        try session.waitFor { $0.contains("pick a scenario") }
        try session.send("q")
        #expect(try session.exitStatus() == 0)
    }

    @Test func goToTakesAnEventNumberTypedAtThePrompt() throws {
        let session = try TmuxSession(["watch", "Scenarios/07_event_loop.py", "--paused"], width: 100, height: 30)
        try session.waitFor { $0.contains("event 0/") && TmuxSession.runHasEnded($0) }
        try session.send("g", "4", "0")
        try session.waitFor { $0.contains("go to (an event number") && $0.contains(": 40") }
        try session.send("Enter")
        let screen = try session.waitFor { $0.contains("event 40/") }
        #expect(!screen.contains("go to (an event number"))
        try session.send("q")
        #expect(try session.exitStatus() == 0)
    }

    /// SGR mouse reports, as xterm sends them: a press and release focuses the panel under it, the wheel steps.
    @Test func aClickFocusesAPanelAndTheWheelSteps() throws {
        let session = try TmuxSession(["watch", "Scenarios/07_event_loop.py", "--paused"], width: 100, height: 30, environment: ["TERM=xterm-256color"])
        try session.waitFor { $0.contains("event 0/") && $0.contains("▸Coroutines") && TmuxSession.runHasEnded($0) }
        try session.type("\u{1b}[<0;60;20M")
        try session.type("\u{1b}[<0;60;20m")
        try session.waitFor { $0.contains("▸Events") }
        try session.type("\u{1b}[<65;60;20M")
        try session.type("\u{1b}[<65;60;20M")
        try session.waitFor { $0.contains("event 2/") }
        try session.type("\u{1b}[<64;60;20M")
        try session.waitFor { $0.contains("event 1/") }
        try session.send("q")
        #expect(try session.exitStatus() == 0)
    }

    /// ctrl-z gives the terminal back to the shell; `fg` brings the viewer back, redrawn, where it was.
    @Test func ctrlZSuspendsAndFgRedraws() throws {
        let session = try TmuxSession(interactiveShellWidth: 100, height: 30)
        try session.waitFor { $0.contains("$") }
        try session.type("env TERM=xterm-256color '\(Repository.binary.path)' watch Scenarios/07_event_loop.py --paused")
        try session.send("Enter")
        try session.waitFor { $0.contains("event 0/") }
        try session.send("n")
        try session.waitFor { $0.contains("event 1/") }
        try session.send("C-z")
        let suspended = try session.waitFor { $0.contains("Stopped") }
        #expect(!suspended.contains("┌ Workers"))
        try session.type("fg")
        try session.send("Enter")
        let back = try session.waitFor { $0.contains("event 1/") && $0.contains("┌ Workers") }
        #expect(back.contains("┌ Events"))
        try session.send("q")
        try session.waitFor { !$0.contains("┌ Workers") && $0.hasSuffix("$") || $0.contains("\n$") }
    }

    /// A crash (here SIGABRT, what a Swift runtime failure raises) still gives the terminal back.
    @Test func aCrashRestoresTheTerminal() throws {
        let session = try TmuxSession(["watch", "Scenarios/07_event_loop.py", "--paused"], width: 100, height: 30)
        try session.waitFor { $0.contains("event 0/") }
        try session.kill("ABRT")
        #expect(try session.exitStatus() == 128 + 6)
        let after = try session.waitFor { !$0.contains("Workers  0.000") }
        #expect(!after.contains("event 0/"))
    }

    /// SIGTERM while recording: the terminal is restored and the recording keeps every action taken.
    @Test func aSignalWhileRecordingKeepsTheRecording() throws {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("asyncviz-term-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: log) }
        let session = try TmuxSession(["watch", "Scenarios/07_event_loop.py", "--paused", "--record", log], width: 100, height: 30)
        try session.waitFor { $0.contains("event 0/") && TmuxSession.runHasEnded($0) }
        try session.send("n")
        try session.send("n")
        try session.waitFor { $0.contains("event 2/") }
        try session.kill("TERM")
        #expect(try session.exitStatus() == 128 + 15)
        try session.waitFor { !$0.contains("Workers  0.000") }
        let contents = try LogReader.read(path: log)
        #expect(contents.error == nil)
        #expect(contents.actions.filter { $0.text == "nextEvent" }.count == 2)
        #expect(contents.store[contents.store.count - 1].kind == .runEnd)
    }

    /// Escape sequences in output and task names are drawn as visible text: the screen is not cleared, the title
    /// not changed, the clipboard not written.
    @Test func hostileOutputIsShownNotObeyed() throws {
        let session = try TmuxSession(["watch", "Tests/Programs/hostile/escape_sequences.py", "--paused"], width: 120, height: 40)
        try session.waitFor { $0.contains("event 0/") && TmuxSession.runHasEnded($0) }
        try session.send("End")
        let screen = try session.waitFor { $0.contains("bidi") }
        #expect(screen.contains("clear\\x1b[2J screen"))
        #expect(screen.contains("clipboard \\x1b]52;c;cHduZWQ=\\x07 write"))
        #expect(screen.contains("Workers"), "the screen was not cleared")
        #expect(!screen.contains("\u{202e}evil"))
        let title = try session.tmux(["display", "-p", "-t", "main", "#{pane_title}"])
        #expect(!title.contains("owned") && !title.contains("pwned"))
        let buffers = try session.tmux(["list-buffers"])
        #expect(!buffers.contains("pwned"))
        try session.send("q")
        #expect(try session.exitStatus() == 0)
    }

    @Test func aFileAloneIsShortForWatch() throws {
        let session = try TmuxSession(["Scenarios/10_future_and_callbacks.py", "--paused"], width: 100, height: 30)
        let screen = try session.waitFor { $0.contains("10_future_and_callbacks.py") && $0.contains("event 0/") }
        #expect(screen.contains("❚❚ paused"))
        try session.send("q")
        #expect(try session.exitStatus() == 0)
    }

    @Test func aRecordedSessionReplaysWithFollow() throws {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("asyncviz-\(UUID().uuidString)-session.jsonl").path
        defer { try? FileManager.default.removeItem(atPath: log) }
        let recording = try TmuxSession(["watch", "Scenarios/08_coroutine_state_machine.py", "--paused", "--record", log], width: 100, height: 32)
        try recording.waitFor { $0.contains("event 0/") && $0.contains("● rec") && TmuxSession.runHasEnded($0) }
        try recording.send("n")
        try recording.waitFor { $0.contains("event 1/") }
        try recording.send("y")
        let yielded = try recording.waitFor { !$0.contains("event 1/") }
        try recording.send("m")
        try recording.waitFor { $0.contains("bookmark") }
        try recording.send("q")
        #expect(try recording.exitStatus() == 0)
        let contents = try LogReader.read(path: log)
        #expect(contents.error == nil)
        #expect(contents.actions.map(\.text) == ["seek", "nextEvent", "nextYield", "bookmark"])
        #expect(contents.actions.map(\.kind) == ["ui.seek", "ui.key", "ui.key", "ui.bookmark"])
        let position = try #require(yielded.range(of: #"event \d+/\d+"#, options: .regularExpression).map { String(yielded[$0]) })
        let replay = try TmuxSession(["watch", log, "--follow"], width: 100, height: 32)
        let followed = try replay.waitFor { $0.contains("bookmark") }
        #expect(followed.contains(position), "the replay reaches the recorded position")
        try replay.send("q")
        #expect(try replay.exitStatus() == 0)
    }

    /// A recording started while playing replays as it was done: the replay plays, and the recorded pause
    /// stops it where the session stopped (not starts it).
    @Test func aRecordingMadeWhilePlayingReplaysPlaying() throws {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("asyncviz-\(UUID().uuidString)-play.jsonl").path
        defer { try? FileManager.default.removeItem(atPath: log) }
        let recording = try TmuxSession(["watch", "Scenarios/07_event_loop.py", "--speed", "20", "--record", log],
                                        width: 100, height: 30)
        try recording.waitFor { $0.contains("● rec") && $0.range(of: #"event [1-9]\d/"#, options: .regularExpression) != nil }
        try recording.send("Space")
        let paused = try recording.waitFor { $0.contains("❚❚ paused") }
        try recording.send("q")
        #expect(try recording.exitStatus() == 0)
        let contents = try LogReader.read(path: log)
        #expect(contents.actions.map(\.text).prefix(3) == ["seek", "togglePlay", "togglePlay"])
        let position = try #require(paused.range(of: #"event \d+/\d+"#, options: .regularExpression).map { String(paused[$0]) })
        let replay = try TmuxSession(["watch", log, "--follow", "--speed", "20"], width: 100, height: 30)
        let playing = try replay.waitFor { $0.contains("▶ 20/s") }
        #expect(playing.contains("▶ 20/s"), "the replay plays, as the session did")
        let stopped = try replay.waitFor { $0.contains("❚❚ paused") }
        #expect(stopped.contains(position) || stopped.range(of: #"event (\d+)/\1 "#, options: .regularExpression) != nil,
                "the recorded pause stops the replay")
        try replay.send("q")
        #expect(try replay.exitStatus() == 0)
    }

    /// A run that dies of an uncaught exception says so in the viewer's header from the first event on.
    @Test func theHeaderOfACrashedRunSaysHowItEnded() throws {
        let (folder, path) = try Repository.temporaryScenario("crash.py", """
        import asyncio

        async def main():
            await asyncio.sleep(0.1)
            raise ValueError("boom")

        asyncio.run(main())
        """)
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try TmuxSession(["watch", path, "--paused"], width: 100, height: 30)
        let screen = try session.waitFor { $0.contains("event 0/") && TmuxSession.runHasEnded($0) }
        #expect(screen.contains("✗ ValueError: boom in Task-1 (exit 1)") && screen.contains("q quit"))
        try session.send("?")
        try session.waitFor { $0.contains("this help") }
        try session.send("q")
        let closed = try session.waitFor { !$0.contains("this help") }
        #expect(closed.contains("┌ Workers"), "q over the help closes the help, the viewer stays")
        try session.send("q")
        #expect(try session.exitStatus() == 0)
    }

    @Test(arguments: ["xterm-256color", "xterm", "vt100", "linux"])
    func everyTerminalAndLocale(_ term: String) throws {
        let ascii = try TmuxSession(["watch", "Scenarios/10_future_and_callbacks.py", "--paused"], width: 90, height: 26,
                                    environment: ["LC_ALL=C", "LANG=C", "TERM=\(term)", "NO_COLOR=1"])
        let plain = try ascii.waitFor { $0.contains("event 0/") && TmuxSession.runHasEnded($0) }
        #expect(plain.contains("+ Workers"), "a non-UTF-8 locale gets ASCII boxes")
        #expect(!plain.contains("┌"))
        try ascii.send("n")
        try ascii.waitFor { $0.contains("event 1/") }
        try ascii.send("q")
        #expect(try ascii.exitStatus() == 0)
        let unicode = try TmuxSession(["watch", "Scenarios/10_future_and_callbacks.py", "--paused"], width: 90, height: 26,
                                      environment: ["LC_ALL=C.UTF-8", "TERM=\(term)"])
        let fancy = try unicode.waitFor { $0.contains("event 0/") && TmuxSession.runHasEnded($0) }
        #expect(fancy.contains("┌ Workers"))
        try unicode.send("q")
        #expect(try unicode.exitStatus() == 0)
    }

    @Test func watchRefusesWithoutATerminal() throws {
        let r = try Runner.run(Repository.binary.path, ["watch", "Scenarios/08_coroutine_state_machine.py"])
        #expect(r.status == 2)
        #expect(r.stderr == "asyncviz: watch needs a terminal; use `asyncviz exec`, `asyncviz trace` or `asyncviz frame` instead\n")
    }
}
