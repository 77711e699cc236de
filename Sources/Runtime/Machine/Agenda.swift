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

    var isEmpty: Bool { heap.isEmpty }

    mutating func schedule(_ h: Happening, at time: Double) {
        sequence += 1
        heap.append(Entry(time: time, sequence: sequence, happening: h))
        var i = heap.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard heap[i].earlier(than: heap[parent]) else { break }
            heap.swapAt(i, parent)
            i = parent
        }
    }

    mutating func next() -> (time: Double, happening: Happening)? {
        guard !heap.isEmpty else { return nil }
        let top = heap[0]
        let last = heap.removeLast()
        if !heap.isEmpty {
            heap[0] = last
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < heap.count && heap[l].earlier(than: heap[m]) { m = l }
                if r < heap.count && heap[r].earlier(than: heap[m]) { m = r }
                if m == i { break }
                heap.swapAt(i, m)
                i = m
            }
        }
        return (top.time, top.happening)
    }
}
