import ArgumentParser
import Foundation
import Runtime

/// What asyncviz itself writes to stdout and stderr (every command but `exec`'s program output):
/// escaped so no scenario, log or file name can act on the terminal, and checked, so a failed write
/// (a full disk, a closed pipe) ends the command with one line and exit status 1.
enum Console {
    /// One message on stderr, escaped, with a newline.
    static func error(_ message: String) {
        var text = TerminalText.escaped(message, keepingNewlines: true)
        if !text.hasSuffix("\n") { text += "\n" }
        _ = writeAll(STDERR_FILENO, Array(text.utf8))
    }

    /// `text` on stdout, escaped (newlines kept); a failed write is reported and exits 1.
    static func out(_ text: String) throws {
        try write(TerminalText.escaped(text, keepingNewlines: true), to: STDOUT_FILENO, name: "standard output")
    }

    /// `text` as it is (already escaped, e.g. JSON) to `fd`; a failed write is reported and exits 1.
    static func write(_ text: String, to fd: Int32, name: String) throws {
        if let problem = writeAll(fd, Array(text.utf8)) {
            error("asyncviz: \(name): write failed (\(problem))")
            throw ExitCode(1)
        }
    }

    /// Writes every byte; the reason when the system refuses.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBytes { OutputFile.writeAll(fd, $0) }
    }
}
