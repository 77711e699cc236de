/// The coroutines awaiting each future, task or coroutine (by id), so the one that completes wakes them
/// without a scan of every coroutine. Nearly everything has one awaiter: that one is kept in a table of plain
/// integers (a checkpoint's copy of it is a copy of memory), the rare others apart.
public struct AwaiterIndex: Equatable, Sendable {
    /// The first coroutine awaiting each id.
    private var first: [Int: Int] = [:]
    /// The coroutines that began awaiting an id after its first one, in order.
    private var others: [Int: [Int]] = [:]

    public init() {}

    /// The coroutines awaiting `id`, in the order they began.
    public func coroutines(awaiting id: Int) -> [Int] {
        guard let head = first[id] else { return [] }
        return [head] + (others[id] ?? [])
    }

    /// How many (coroutine, awaited) pairs it holds.
    public var count: Int { first.count + others.values.reduce(0) { $0 + $1.count } }

    mutating func add(_ coroutine: Int, awaiting id: Int) {
        if first[id] == nil {
            first[id] = coroutine
        } else {
            others[id, default: []].append(coroutine)
        }
    }

    mutating func remove(_ coroutine: Int, awaiting id: Int) {
        if first[id] == coroutine {
            if var rest = others.removeValue(forKey: id), !rest.isEmpty {
                first[id] = rest.removeFirst()
                if !rest.isEmpty { others[id] = rest }
            } else {
                first[id] = nil
            }
        } else if var rest = others.removeValue(forKey: id) {
            rest.removeAll { $0 == coroutine }
            if !rest.isEmpty { others[id] = rest }
        }
    }

    /// The coroutines that awaited `id`, which no longer await it.
    mutating func takeAll(awaiting id: Int) -> [Int] {
        guard let head = first.removeValue(forKey: id) else { return [] }
        return [head] + (others.removeValue(forKey: id) ?? [])
    }
}
