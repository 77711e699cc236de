/// Python's `heapq` push and pop, sift for sift: equal keys come out in
/// exactly the order CPython's timer heap yields them (which is not FIFO).
enum Heapq {
    static func push<T>(_ heap: inout [T], _ item: T, less: (T, T) -> Bool) {
        heap.append(item)
        siftDown(&heap, 0, heap.count - 1, less: less)
    }

    static func pop<T>(_ heap: inout [T], less: (T, T) -> Bool) -> T {
        let last = heap.removeLast()
        guard !heap.isEmpty else { return last }
        let top = heap[0]
        heap[0] = last
        siftUp(&heap, 0, less: less)
        return top
    }

    static func heapify<T>(_ heap: inout [T], less: (T, T) -> Bool) {
        for i in stride(from: heap.count / 2 - 1, through: 0, by: -1) { siftUp(&heap, i, less: less) }
    }

    /// `heapq._siftdown`: move the item at `pos` up towards `start` while it is smaller than its parent.
    private static func siftDown<T>(_ heap: inout [T], _ start: Int, _ pos: Int, less: (T, T) -> Bool) {
        let item = heap[pos]
        var pos = pos
        while pos > start {
            let parentPos = (pos - 1) >> 1
            let parent = heap[parentPos]
            if less(item, parent) {
                heap[pos] = parent
                pos = parentPos
                continue
            }
            break
        }
        heap[pos] = item
    }

    /// `heapq._siftup`: bubble the smaller child up to the leaf, then sift the item down into place.
    private static func siftUp<T>(_ heap: inout [T], _ pos: Int, less: (T, T) -> Bool) {
        let end = heap.count
        let start = pos
        let item = heap[pos]
        var pos = pos
        var child = 2 * pos + 1
        while child < end {
            let right = child + 1
            if right < end && !less(heap[child], heap[right]) { child = right }
            heap[pos] = heap[child]
            pos = child
            child = 2 * pos + 1
        }
        heap[pos] = item
        siftDown(&heap, start, pos, less: less)
    }
}
