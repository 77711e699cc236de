import Foundation
import Testing

/// The built binary running inside a detached tmux session of a given size:
/// keys go in with `send-keys`, the screen comes out with `capture-pane`.
/// Waits poll the pane, so nothing depends on how fast the machine is.
final class TmuxSession {
    let socket = "asyncviz-test-\(UUID().uuidString.prefix(8))"
    let statusFile = FileManager.default.temporaryDirectory.appendingPathComponent("asyncviz-tmux-\(UUID().uuidString)").path

    /// `environment` settings (`LC_ALL=C`, `TERM=vt100`) go in front of the command.
    init(_ arguments: [String], width: Int, height: Int, environment: [String] = []) throws {
        let command = (["env"] + environment + [Repository.binary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        // The shell ignores SIGINT so that it survives a ctrl-c to the viewer and records its status.
        try start("trap '' INT; cd '\(Repository.root.path)' && \(command); echo $? > '\(statusFile)'; sleep 60", width: width, height: height)
    }

    /// An interactive bash with job control (prompt `$ `) in the project folder, for typing command lines.
    init(interactiveShellWidth width: Int, height: Int) throws {
        try start("cd '\(Repository.root.path)' && env PS1='$ ' bash --norc --noprofile -i", width: width, height: height)
    }

    private func start(_ shell: String, width: Int, height: Int) throws {
        // The tmux server outlives this call and keeps every descriptor it inherits, so it is started
        // with system(3) (no pipes of ours open) and its standard streams on /dev/null.
        let quoted = shell.replacingOccurrences(of: "'", with: "'\\''")
        let status = system("tmux -L \(socket) new-session -d -s main -x \(width) -y \(height) '\(quoted)' </dev/null >/dev/null 2>&1")
        if status != 0 { throw TmuxUnavailable(status: status) }
    }

    struct TmuxUnavailable: Error {
        let status: Int32
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(atPath: statusFile)
    }

    @discardableResult
    func tmux(_ args: [String]) throws -> String {
        let r = try Runner.run("tmux", ["-L", socket] + args)
        return r.stdout
    }

    /// Waits until the command has started its work: asyncviz, after it started itself again with the
    /// backtracer set (its environment says so), catches `signal` (its bit of SigCgt in /proc/PID/status).
    func waitUntilCatching(_ signal: Int32) throws -> Bool {
        let shell = try tmux(["display", "-p", "-t", "main", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        for _ in 0..<3000 {
            let child = try Runner.run("pgrep", ["-P", shell]).stdout.split(separator: "\n").first.map(String.init) ?? ""
            let status = (try? String(contentsOfFile: "/proc/\(child)/status", encoding: .utf8)) ?? ""
            let mask = status.split(separator: "\n").first { $0.hasPrefix("SigCgt:") }
                .flatMap { UInt64($0.dropFirst(7).trimmingCharacters(in: .whitespaces), radix: 16) }
            let environment = (try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(child)/environ"))) ?? Data()
            let restarted = String(decoding: environment, as: UTF8.self).contains("SWIFT_BACKTRACE=interactive=no")
            if restarted && (mask ?? 0) & (1 << (UInt64(signal) - 1)) != 0 { return true }
            usleep(10_000)
        }
        return false
    }

    func capture() throws -> String { try tmux(["capture-pane", "-p", "-t", "main"]) }

    /// Sends `signal` to the program the pane's shell runs (the viewer).
    func kill(_ signal: String) throws {
        let shell = try tmux(["display", "-p", "-t", "main", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let child = try Runner.run("pgrep", ["-P", shell]).stdout.split(separator: "\n").first.map(String.init) ?? ""
        _ = try Runner.run("kill", ["-s", signal, child])
    }

    func send(_ keys: String...) throws { try tmux(["send-keys", "-t", "main"] + keys) }

    /// Bytes as the terminal would deliver them (an escape sequence such as a mouse report), not key names.
    func type(_ text: String) throws { try tmux(["send-keys", "-t", "main", "-l", text]) }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "main", "-x", String(width), "-y", String(height)])
    }

    /// Polls the pane until `condition` holds on a settled screen (two captures in a row agree, so a
    /// half-drawn frame is never compared); after a generous limit it records a failure and returns the last screen.
    @discardableResult
    func waitFor(_ condition: (String) -> Bool, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        var screen = ""
        for _ in 0..<3000 {
            screen = try capture()
            if condition(screen) {
                usleep(20_000)
                let again = try capture()
                if again == screen { return screen }
            }
            usleep(10_000)
        }
        Issue.record("the screen never reached the expected state; last screen:\n\(screen)", sourceLocation: sourceLocation)
        return screen
    }

    /// The viewer's exit status, once it has exited.
    func exitStatus() throws -> Int? {
        for _ in 0..<3000 {
            if let text = try? String(contentsOfFile: statusFile, encoding: .utf8), let n = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) { return n }
            usleep(10_000)
        }
        return nil
    }
}
