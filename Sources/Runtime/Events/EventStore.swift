/// The events of one run, in order, stored compactly: a 16-byte record per
/// event, texts interned, times kept as runs (one entry each time the clock
/// moves), and the rare extra fields (a due time, an index beside a text, a
/// column) in a side table. No event allocates on the heap.
public final class EventStore: EventSink {
    /// One event: its ids, a payload (text id or index) and its kind.
    struct Record {
        var subject: Int32
        var other: Int32
        var payload: UInt32
        var kind: UInt8
        var flags: UInt8
        var reserved: UInt16 = 0

        static let hasText: UInt8 = 1
        static let hasExtra: UInt8 = 2
    }

    /// Fields few events carry.
    struct Extra {
        var seq: Int32
        var index: Int32
        var column: Int32
        var when: Double
    }

    static let kinds = RuntimeEvent.Kind.allCases
    static let kindCodes: [RuntimeEvent.Kind: UInt8] = Dictionary(uniqueKeysWithValues: kinds.enumerated().map { ($1, UInt8($0)) })

    private var records: [Record] = []
    private var runStarts: [Int32] = []
    private var runTimes: [Double] = []
    private var extras: [Extra] = []
    public private(set) var strings = StringTable()

    public init() {}

    public var count: Int { records.count }

    public func record(_ event: RuntimeEvent) {
        append(event)
    }

    public func append(_ e: RuntimeEvent) {
        let seq = Int32(records.count)
        if runTimes.last != e.time {
            runStarts.append(seq)
            runTimes.append(e.time)
        }
        var record = Record(subject: Int32(e.subject), other: Int32(e.other), payload: 0, kind: EventStore.kindCodes[e.kind]!, flags: 0)
        var needsExtra = e.when != nil || e.column >= 0
        if !e.text.isEmpty {
            record.payload = strings.intern(e.text)
            record.flags |= Record.hasText
            if e.index >= 0 { needsExtra = true }
        } else {
            record.payload = UInt32(bitPattern: Int32(e.index))
        }
        if needsExtra {
            record.flags |= Record.hasExtra
            extras.append(Extra(seq: seq, index: Int32(e.index), column: Int32(e.column), when: e.when ?? .nan))
        }
        records.append(record)
    }

    public subscript(i: Int) -> RuntimeEvent {
        let r = records[i]
        var e = RuntimeEvent(kind: EventStore.kinds[Int(r.kind)], time: time(at: i), subject: Int(r.subject), other: Int(r.other))
        if r.flags & Record.hasText != 0 {
            e.text = strings[r.payload]
        } else {
            e.index = Int(Int32(bitPattern: r.payload))
        }
        if r.flags & Record.hasExtra != 0, let x = extra(for: Int32(i)) {
            e.index = Int(x.index)
            e.column = Int(x.column)
            e.when = x.when.isNaN ? nil : x.when
        }
        return e
    }

    /// The kind alone, without decoding the rest.
    /// Events `range` in order, each built as the subscript builds it, with the time run and the side table
    /// followed along instead of searched for each event (what folding a stretch of the run reads).
    public func forEach(in range: Range<Int>, _ body: (RuntimeEvent) -> Void) {
        guard !range.isEmpty else { return }
        var run = runIndex(at: range.lowerBound)
        var x = extraIndex(atOrAfter: Int32(range.lowerBound))
        for i in range {
            while run + 1 < runStarts.count, Int(runStarts[run + 1]) <= i { run += 1 }
            let r = records[i]
            var e = RuntimeEvent(kind: EventStore.kinds[Int(r.kind)], time: runTimes.isEmpty ? 0 : runTimes[run],
                                 subject: Int(r.subject), other: Int(r.other))
            if r.flags & Record.hasText != 0 {
                e.text = strings[r.payload]
            } else {
                e.index = Int(Int32(bitPattern: r.payload))
            }
            if r.flags & Record.hasExtra != 0 {
                while x < extras.count, extras[x].seq < Int32(i) { x += 1 }
                if x < extras.count, extras[x].seq == Int32(i) {
                    e.index = Int(extras[x].index)
                    e.column = Int(extras[x].column)
                    e.when = extras[x].when.isNaN ? nil : extras[x].when
                }
            }
            body(e)
        }
    }

    public func kind(at i: Int) -> RuntimeEvent.Kind { EventStore.kinds[Int(records[i].kind)] }
    public func subject(at i: Int) -> Int { Int(records[i].subject) }
    public func other(at i: Int) -> Int { Int(records[i].other) }

    public func time(at i: Int) -> Double {
        runTimes.isEmpty ? 0 : runTimes[runIndex(at: i)]
    }

    /// The time run event `i` is in.
    private func runIndex(at i: Int) -> Int {
        var low = 0, high = runStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if Int(runStarts[mid]) <= i { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The first event at or after virtual time `t` (or `count` when none).
    public func firstIndex(atOrAfter t: Double) -> Int {
        var low = 0, high = runTimes.count
        while low < high {
            let mid = (low + high) / 2
            if runTimes[mid] < t { low = mid + 1 } else { high = mid }
        }
        return low < runStarts.count ? Int(runStarts[low]) : count
    }

    private func extra(for seq: Int32) -> Extra? {
        let low = extraIndex(atOrAfter: seq)
        return low < extras.count && extras[low].seq == seq ? extras[low] : nil
    }

    /// The first slot of the side table for event `seq` or a later one.
    private func extraIndex(atOrAfter seq: Int32) -> Int {
        var low = 0, high = extras.count
        while low < high {
            let mid = (low + high) / 2
            if extras[mid].seq < seq { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Bytes held by the records, time runs and side table (the interned texts not included).
    public var storageBytes: Int {
        records.count * MemoryLayout<Record>.stride + runStarts.count * 4 + runTimes.count * 8 + extras.count * MemoryLayout<Extra>.stride
    }

    public var allEvents: [RuntimeEvent] { (0..<count).map { self[$0] } }
}
