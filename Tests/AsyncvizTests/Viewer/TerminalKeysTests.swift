import Foundation
import Testing
@testable import Viz

/// Home, End, PgUp and PgDn in every form terminals send them, whatever `TERM` says; signals during the run.
@Suite struct TerminalKeysTests {
    @Test func everyFormOfHomeAndEndIsRead() {
        for form in ["[H", "OH", "[1~", "[7~"] { #expect(KeySequences.key(after: Array(form)) == .home, "\(form)") }
        for form in ["[F", "OF", "[4~", "[8~"] { #expect(KeySequences.key(after: Array(form)) == .end, "\(form)") }
        #expect(KeySequences.key(after: Array("[5~")) == .pageUp)
        #expect(KeySequences.key(after: Array("[6~")) == .pageDown)
        #expect(KeySequences.key(after: Array("x")) == nil)
        #expect(KeySequences.isPrefix(Array("[")))
        #expect(KeySequences.isPrefix(Array("[4")))
        #expect(!KeySequences.isPrefix(Array("[4~")))
    }

    /// Inside tmux with TERM=xterm-256color, End in each form reaches the last event and Home the first.
    @Test func endInEachFormReachesTheLastEvent() throws {
        let session = try TmuxSession(["watch", "Scenarios/07_event_loop.py", "--paused"], width: 100, height: 30,
                                      environment: ["TERM=xterm-256color"])
        try session.waitFor { $0.contains("event 0/") && TmuxSession.runHasEnded($0) }
        for (end, home) in [("\u{1b}[F", "\u{1b}[H"), ("\u{1b}[4~", "\u{1b}[1~"), ("\u{1b}[8~", "\u{1b}[7~"), ("\u{1b}OF", "\u{1b}OH")] {
            try session.type(end)
            try session.waitFor { $0.range(of: #"event (\d+)/\1 "#, options: .regularExpression) != nil }
            try session.type(home)
            try session.waitFor { $0.contains("event 0/") }
        }
        try session.send("q")
        #expect(try session.exitStatus() == 0)
    }

    /// SIGQUIT (which Swift's backtracer catches) restores the terminal first; the backtracer then prints its
    /// backtrace without waiting for a key, and the process ends with 128+3.
    @Test func sigquitRestoresTheTerminalAndNeverWaitsForAKey() throws {
        let session = try TmuxSession(["watch", "Scenarios/07_event_loop.py", "--paused"], width: 100, height: 30)
        try session.waitFor { $0.contains("event 0/") }
        try session.kill("QUIT")
        #expect(try session.exitStatus() == 128 + 3)
        let after = try session.capture()
        #expect(!after.contains("Press space to interact"))
        #expect(!after.contains("event 0/"), "the viewer's screen is gone")
    }

    /// SIGTERM while watch is still running a long scenario, from the moment it catches signals: it quits with
    /// 128+15 and says why, whether the viewer has drawn its first frame or not.
    @Test func sigtermDuringTheRunQuits() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("asyncviz-long-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("long.py")
        // A run that cannot end before the signal, however fast the machine: no step limit stops it early.
        try "total = 0\nwhile True:\n    total += 1\n".write(to: file, atomically: true, encoding: .utf8)
        let session = try TmuxSession(["watch", "--max-steps", "1000000000000", file.path], width: 100, height: 30)
        #expect(try session.waitUntilCatching(SIGTERM))
        try session.kill("TERM")
        #expect(try session.exitStatus() == 128 + 15)
        let after = try session.waitFor { $0.contains("interrupted by signal 15") }
        #expect(!after.contains("┌ Workers"))
    }
}
