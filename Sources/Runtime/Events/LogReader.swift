import Foundation

/// Reads session logs, refusing clearly what is not one and keeping all that is readable.
/// The file is read line by line in chunks (memory follows the events kept, not the file),
/// and a line longer than `maxLineBytes` stops the reading with its line number.
public enum LogReader {
    /// The longest line a log may hold: the header with a large scenario's source fits, a runaway line does not.
    public static let maxLineBytes = 64 << 20

    public static func read(path: String) throws(LogProblem) -> LogContents {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw LogProblem("asyncviz: \(path): cannot be read (\(String(cString: strerror(errno))))") }
        defer { close(fd) }
        var lines = LogLines(fd: fd, maxLineBytes: maxLineBytes)
        return try read(&lines, name: path)
    }

    public static func read(bytes: [UInt8], name: String) throws(LogProblem) -> LogContents {
        var lines = LogLines(bytes: bytes, maxLineBytes: maxLineBytes)
        return try read(&lines, name: name)
    }

    static func read(_ lines: inout LogLines, name: String) throws(LogProblem) -> LogContents {
        let firstLine = lines.next()
        if case .tooLong? = firstLine {
            throw LogProblem("asyncviz: \(name): the header line is longer than \(maxLineBytes >> 20) MiB; not a log asyncviz reads")
        }
        if case .failed(let reason)? = firstLine { throw LogProblem("asyncviz: \(name): cannot be read (\(reason))") }
        guard case .line(let first, _)? = firstLine, !first.isEmpty else {
            throw LogProblem("asyncviz: \(name): empty file, not an asyncviz session log")
        }
        let header = try readHeader(first[...], name: name)
        var contents = LogContents(header: header, store: EventStore(), actions: [], warnings: [], error: nil)
        var unknown: [String] = []
        var previousTime = 0.0
        var nextSeq = 0
        var lineNumber = 1
        while let next = lines.next() {
            lineNumber += 1
            let raw: [UInt8], terminated: Bool
            switch next {
            case .tooLong:
                contents.error = "asyncviz: \(name):\(lineNumber): the line is longer than \(maxLineBytes >> 20) MiB; " +
                    "kept the \(contents.store.count) events before it"
                return finish(contents, unknown: unknown, header: header, name: name)
            case .failed(let reason):
                contents.error = "asyncviz: \(name): reading stopped at line \(lineNumber) (\(reason)); kept the \(contents.store.count) events before it"
                return finish(contents, unknown: unknown, header: header, name: name)
            case .line(let bytes, let ended):
                raw = bytes
                terminated = ended
            }
            do throws(LogProblem) {
                guard let text = String(validating: raw, as: UTF8.self) else { throw LogProblem("not UTF-8 text") }
                let json: JSON
                do { json = try JSON.parse(text) } catch { throw LogProblem("\(error.message) at byte \(error.offset)") }
                switch try EventLine.decode(json) {
                case .action(let a):
                    contents.actions.append(a)
                case .unknown(let kind):
                    guard minorVersion(header) > LogHeader.minor else { throw LogProblem("unknown event kind '\(kind)'") }
                    guard json["seq"]?.int == nextSeq else { throw LogProblem("expected seq \(nextSeq)") }
                    nextSeq += 1
                    if !unknown.contains(kind) { unknown.append(kind) }
                case .event(let e, let seq):
                    guard seq == nextSeq else { throw LogProblem("expected seq \(nextSeq), found \(seq)") }
                    nextSeq += 1
                    guard e.time >= previousTime else { throw LogProblem("time goes back (\(FloatRepr.repr(e.time)) after \(FloatRepr.repr(previousTime)))") }
                    previousTime = e.time
                    contents.store.append(e)
                }
            } catch {
                if !terminated {
                    contents.warnings.append("asyncviz: \(name): the last line (line \(lineNumber)) is cut off; kept the \(contents.store.count) events before it")
                } else {
                    contents.error = "asyncviz: \(name):\(lineNumber): \(error.message); kept the \(contents.store.count) events before it"
                }
                break
            }
        }
        return finish(contents, unknown: unknown, header: header, name: name)
    }

    private static func finish(_ contents: LogContents, unknown: [String], header: LogHeader, name: String) -> LogContents {
        var contents = contents
        if !unknown.isEmpty {
            contents.warnings.append("asyncviz: \(name): skipped events of kinds this asyncviz does not know (log format \(header.version)): \(unknown.joined(separator: ", "))")
        }
        return contents
    }

    private static func minorVersion(_ header: LogHeader) -> Int {
        Int(header.version.split(separator: ".").dropFirst().first ?? "0") ?? 0
    }

    private static func readHeader(_ raw: ArraySlice<UInt8>, name: String) throws(LogProblem) -> LogHeader {
        let notALog = LogProblem("asyncviz: \(name): not an asyncviz session log (its first line is not an asyncviz-log header)")
        guard let text = String(validating: raw, as: UTF8.self), let json = try? JSON.parse(text), json["format"]?.string == LogHeader.format else {
            throw notALog
        }
        guard let version = json["version"]?.string, let major = Int(version.split(separator: ".").first ?? "") else {
            throw LogProblem("asyncviz: \(name): the log header has no valid \"version\"")
        }
        if major > LogHeader.major {
            throw LogProblem("asyncviz: \(name): written by a newer asyncviz (log format \(version)); this asyncviz reads format \(LogHeader.major).x")
        }
        guard let scenario = json["scenario"]?.string, let source = json["source"]?.string else {
            throw LogProblem("asyncviz: \(name): the log header has no scenario source")
        }
        var header = LogHeader(scenario: scenario, source: source, options: json["options"] ?? .object([]), machine: json["machine"] ?? .object([]))
        header.version = version
        header.asyncviz = json["asyncviz"]?.string ?? "?"
        if let digest = json["sha256"]?.string, digest != header.sha256 {
            throw LogProblem("asyncviz: \(name): the scenario source in the header does not match its sha256")
        }
        return header
    }
}


/// The lines of a log, read from a file descriptor in 1 MiB chunks (or from bytes in memory):
/// each line without its newline and whether it had one; a line past the limit is skipped, not kept.
struct LogLines {
    enum Line {
        case line([UInt8], terminated: Bool)
        case tooLong
        case failed(String)
    }

    private let fd: Int32
    private let maxLineBytes: Int
    private var buffer: [UInt8]
    private var start = 0
    private var atEnd: Bool

    init(fd: Int32, maxLineBytes: Int) {
        self.fd = fd
        self.maxLineBytes = maxLineBytes
        buffer = []
        atEnd = false
    }

    init(bytes: [UInt8], maxLineBytes: Int) {
        fd = -1
        self.maxLineBytes = maxLineBytes
        buffer = bytes
        atEnd = true
    }

    mutating func next() -> Line? {
        var searchFrom = start
        while true {
            if let newline = buffer[searchFrom...].firstIndex(of: UInt8(ascii: "\n")) {
                if newline - start > maxLineBytes { return skipLongLine(from: newline) }
                let line = Array(buffer[start..<newline])
                start = newline + 1
                return .line(line, terminated: true)
            }
            if buffer.count - start > maxLineBytes { return skipLongLine(from: nil) }
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                return .line(line, terminated: false)
            }
            let scanned = buffer.count - start
            compactIfNeeded()
            searchFrom = start + scanned
            if let problem = fill() { return .failed(problem) }
        }
    }

    /// Drops the rest of an overlong line (up to its newline, reading on as needed).
    private mutating func skipLongLine(from newline: Int?) -> Line {
        if let newline {
            start = newline + 1
            return .tooLong
        }
        while true {
            buffer.removeAll(keepingCapacity: true)
            start = 0
            if atEnd { return .tooLong }
            if fill() != nil { return .tooLong }
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                start = newline + 1
                return .tooLong
            }
        }
    }

    /// Reads the next chunk onto the buffer; the system's reason when it fails.
    private mutating func fill() -> String? {
        let chunk = 1 << 20
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunk))
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress! + old, chunk) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 {
                buffer.removeLast(chunk)
                atEnd = true
                return String(cString: strerror(errno))
            }
            buffer.removeLast(chunk - n)
            if n == 0 { atEnd = true }
            return nil
        }
    }

    /// Forgets the lines already handed out once they take most of the buffer.
    private mutating func compactIfNeeded() {
        guard start > 0, start * 2 > buffer.count else { return }
        buffer.removeFirst(start)
        start = 0
    }
}
