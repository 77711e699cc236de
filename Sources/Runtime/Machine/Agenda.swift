/// The machine's future: timed happenings ordered by virtual time, ties in
/// the order they were scheduled (the documented tie rule).
struct Agenda {
    enum Happening {
        /// A sleep, an I/O wait or a wait's timeout ends.
        case wake(SimThread, token: Int)
        /// A `sim.cpu` computation finishes.
        case computed(SimThread, token: Int)
        /// A thread has waited a switch interval for the GIL: the holder must drop it.
        case dropRequest(SimProcess, token: Int)
    }

    private struct Entry {
        let time: Double
        let sequence: Int
        let happening: Happening
        func earlier(than o: Entry) -> Bool { time < o.time || (time == o.time && sequence < o.sequence) }
    }

    private var heap: [Entry] = []
    private var sequence = 0

    mutating func schedule(_ h: Happening, at time: Double) {
        sequence += 1
        Heapq.push(&heap, Entry(time: time, sequence: sequence, happening: h)) { $0.earlier(than: $1) }
    }

    /// When the earliest happening is due (nil: nothing is).
    var nextTime: Double? { heap.first?.time }

    /// The earliest happening (sequence numbers make the order total, so equal times keep their scheduling order).
    mutating func next() -> (time: Double, happening: Happening)? {
        guard !heap.isEmpty else { return nil }
        let top = Heapq.pop(&heap) { $0.earlier(than: $1) }
        return (top.time, top.happening)
    }
}
