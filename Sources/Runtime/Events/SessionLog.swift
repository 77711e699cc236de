import Foundation

/// The first line of a session log: what ran, with which options, on which machine model.
public struct LogHeader: Equatable, Sendable {
    public static let format = "asyncviz-log"
    /// The log format version this asyncviz writes: readers accept any 1.x, refuse 2.0 and later.
    public static let major = 1
    public static let minor = 1
    public static let asyncvizVersion = "0.3.0"

    public var version = "\(LogHeader.major).\(LogHeader.minor)"
    public var asyncviz = LogHeader.asyncvizVersion
    public var scenario: String
    public var sha256: String
    public var source: String
    /// The run options (`seed`, limits) as a JSON object.
    public var options: JSON
    /// The machine model (cores, GIL, switch interval) as a JSON object.
    public var machine: JSON

    public init(scenario: String, source: String, options: JSON, machine: JSON) {
        self.scenario = scenario
        self.source = source
        self.sha256 = SHA256.hex(Array(source.utf8))
        self.options = options
        self.machine = machine
    }

    public var line: String {
        JSON.object([
            ("format", .string(LogHeader.format)), ("version", .string(version)), ("asyncviz", .string(asyncviz)),
            ("scenario", .string(scenario)), ("sha256", .string(sha256)), ("source", .string(source)),
            ("options", options), ("machine", machine),
        ]).text
    }
}

/// A viewer action a recording keeps beside the events: a key, a seek, a speed change or a bookmark,
/// at the event position it happened at and its wall-clock offset from the start of the session.
public struct RecordedAction: Equatable, Sendable {
    public static let kinds = ["ui.key", "ui.seek", "ui.speed", "ui.bookmark"]
    public var kind: String
    public var position: Int
    public var wallOffset: Double
    public var text: String

    public init(kind: String, position: Int, wallOffset: Double, text: String) {
        self.kind = kind
        self.position = position
        self.wallOffset = wallOffset
        self.text = text
    }

    public var line: String {
        JSON.object([("kind", .string(kind)), ("at", .number(Double(position), text: String(position))),
                     ("wall", .number(wallOffset, text: FloatRepr.repr(wallOffset))), ("text", .string(text))]).text
    }
}

/// One event as one line of JSON, and back.
public enum EventLine {
    /// The latest virtual time a log may hold (about 31 years): far beyond any run, and small enough that
    /// every reader can turn it into microseconds or screen columns without overflowing.
    public static let maxTime = 1e9

    public static func encode(_ e: RuntimeEvent, seq: Int) -> String {
        var encoder = EventLineEncoder()
        encoder.append(e, seq: seq)
        return String(decoding: encoder.bytes.dropLast(), as: UTF8.self)
    }

    /// What a line holds: an event, a viewer action, or a kind this asyncviz does not know.
    public enum Decoded: Equatable {
        case event(RuntimeEvent, seq: Int)
        case action(RecordedAction)
        case unknown(kind: String)
    }

    public static func decode(_ json: JSON) throws(LogProblem) -> Decoded {
        guard case .object = json else { throw LogProblem("not a JSON object") }
        guard let kindName = json["kind"]?.string else { throw LogProblem("no \"kind\"") }
        if RecordedAction.kinds.contains(kindName) {
            guard let at = json["at"]?.int, let wall = json["wall"]?.double, wall >= 0, wall <= maxTime else {
                throw LogProblem("\(kindName) needs \"at\" and \"wall\" (seconds)")
            }
            return .action(RecordedAction(kind: kindName, position: at, wallOffset: wall, text: json["text"]?.string ?? ""))
        }
        guard let kind = RuntimeEvent.Kind(rawValue: kindName) else { return .unknown(kind: kindName) }
        guard let seq = json["seq"]?.int else { throw LogProblem("no \"seq\"") }
        guard let t = json["t"]?.double, t >= 0 else { throw LogProblem("no valid \"t\"") }
        guard t <= maxTime else { throw LogProblem("\"t\" \(FloatRepr.repr(t)) is beyond the \(FloatRepr.repr(maxTime)) s a run may last") }
        func int(_ key: String) throws(LogProblem) -> Int {
            guard let v = json[key] else { return -1 }
            guard let i = v.int, i >= 0, i <= Int(Int32.max) else { throw LogProblem("\"\(key)\" is not a small non-negative integer") }
            return i
        }
        var e = RuntimeEvent(kind: kind, time: t, subject: try int("id"), other: try int("other"), index: try int("index"), column: try int("column"))
        if let w = json["when"] {
            guard let when = w.double, abs(when) <= maxTime else { throw LogProblem("\"when\" is not a number of seconds a run may reach") }
            e.when = when
        }
        if let text = json["text"] {
            guard let s = text.string else { throw LogProblem("\"text\" is not a string") }
            e.text = s
        }
        return .event(e, seq: seq)
    }
}

/// Why a log line could not be read.
public struct LogProblem: Error, Equatable {
    public let message: String
    public init(_ message: String) { self.message = message }
}

/// Writes a session log while the run goes: the header first, then one line per event,
/// flushed at every loop iteration, at the end of the run and whenever 64 KiB are waiting.
/// A write the system refuses (a full disk, `ulimit -f`) stops the writing: `failure` says why,
/// and a regular file is cut back to its last complete line.
public final class LogWriter: EventSink {
    private let fd: Int32
    private let isRegular: Bool
    private var encoder = EventLineEncoder()
    private var seq = 0
    private var actions: [RecordedAction] = []
    /// Another sink to pass every event on to (the in-memory store of a viewer).
    private let next: EventSink?
    /// Bytes written so far, and the most the log may take.
    private var written = 0
    private let maxBytes: Int
    private var closed = false
    /// Why writing stopped (the system's reason), or nil while every line reached the file.
    public private(set) var failure: String?
    public var isFull: Bool { written > maxBytes }

    public init(path: String, header: LogHeader, forwardingTo next: EventSink? = nil, maxBytes: Int = Int.max) throws {
        self.maxBytes = maxBytes
        fd = try OutputFile.open(path)
        isRegular = OutputFile.isRegular(fd)
        self.next = next
        encoder.bytes.append(contentsOf: (header.line + "\n").utf8)
        flush()
    }

    public func record(_ event: RuntimeEvent) {
        encoder.append(event, seq: seq)
        seq += 1
        next?.record(event)
        if event.kind == .loopIteration || event.kind == .runEnd || encoder.bytes.count >= 1 << 17 { flush() }
    }

    /// A viewer action, written at once.
    public func record(_ action: RecordedAction) {
        encoder.bytes.append(contentsOf: (action.line + "\n").utf8)
        flush()
    }

    /// Writes the waiting lines (always whole lines); after a failure nothing more is written.
    public func flush() {
        guard !encoder.bytes.isEmpty else { return }
        defer { encoder.bytes.removeAll(keepingCapacity: true) }
        guard failure == nil, !closed else { return }
        var offset = 0
        while offset < encoder.bytes.count {
            let n = encoder.bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 {
                failure = n < 0 ? String(cString: strerror(errno)) : "nothing written"
                // A regular file keeps every complete line that reached it, and no part of the next.
                let complete = encoder.bytes[..<offset].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
                if isRegular { _ = ftruncate(fd, off_t(written + complete)) }
                return
            }
            offset += n
        }
        written += encoder.bytes.count
    }

    public func close() {
        flush()
        guard !closed else { return }
        closed = true
        _ = Foundation.close(fd)
    }
}

/// A session log read back: its header, its events in a store, the viewer actions,
/// and what went wrong part-way (every complete line before it is kept).
public struct LogContents {
    public var header: LogHeader
    public var store: EventStore
    public var actions: [RecordedAction]
    /// Things the reader skipped or repaired, one line each (a cut-off last line, unknown kinds).
    public var warnings: [String]
    /// A problem that stopped the reading before the end; the events before it are in `store`.
    public var error: String?
}

/// Encodes events as log lines straight into bytes (the hot path of `exec --log`):
/// kind names and the last time's digits are reused, plain text is copied as is.
struct EventLineEncoder {
    var bytes: [UInt8] = []
    private var lastTime = -1.0
    private var lastTimeBytes: [UInt8] = []
    private static let kindNames: [RuntimeEvent.Kind: [UInt8]] = Dictionary(uniqueKeysWithValues: RuntimeEvent.Kind.allCases.map { ($0, Array($0.rawValue.utf8)) })

    init() {
        bytes.reserveCapacity(1 << 17)
    }

    mutating func append(_ e: RuntimeEvent, seq: Int) {
        literal("{\"seq\":")
        integer(seq)
        literal(",\"t\":")
        if e.time != lastTime {
            lastTime = e.time
            lastTimeBytes = Array(FloatRepr.repr(e.time).utf8)
        }
        bytes.append(contentsOf: lastTimeBytes)
        literal(",\"kind\":\"")
        bytes.append(contentsOf: EventLineEncoder.kindNames[e.kind]!)
        bytes.append(UInt8(ascii: "\""))
        if e.subject >= 0 { literal(",\"id\":"); integer(e.subject) }
        if e.other >= 0 { literal(",\"other\":"); integer(e.other) }
        if e.index >= 0 { literal(",\"index\":"); integer(e.index) }
        if e.column >= 0 { literal(",\"column\":"); integer(e.column) }
        if let when = e.when { literal(",\"when\":"); bytes.append(contentsOf: FloatRepr.repr(when).utf8) }
        if !e.text.isEmpty { literal(",\"text\":"); JSON.appendQuoted(e.text, to: &bytes) }
        literal("}\n")
    }

    private mutating func literal(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private mutating func integer(_ n: Int) {
        bytes.append(contentsOf: String(n).utf8)
    }
}
