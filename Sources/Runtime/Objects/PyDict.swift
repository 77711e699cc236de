/// A key in a dict's index: the value with its Python hash, compared with Python's `==`.
struct HashKey: Hashable {
    let value: Value
    let hash: Int

    static func == (a: HashKey, b: HashKey) -> Bool {
        a.hash == b.hash && Equality.equal(a.value, b.value)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(hash)
    }

    /// The Python hash, mixed with the table's seed by a multiply-xorshift (MurmurHash3's finalizer): patterned
    /// hashes (ints are their own hash) still spread over the buckets, and no key is run through SipHash each
    /// time the index grows.
    func _rawHashValue(seed: Int) -> Int {
        var x = UInt64(bitPattern: Int64(hash)) ^ UInt64(bitPattern: Int64(seed))
        x = (x ^ (x >> 33)) &* 0xff51_afd7_ed55_8ccd
        x = (x ^ (x >> 33)) &* 0xc4ce_b9fe_1a85_ec53
        return Int(bitPattern: UInt(x ^ (x >> 33)))
    }
}

/// A Python `dict`: insertion-ordered entries and a hash index into them.
final class PyDict: PyObject {
    private(set) var keys: [Value] = []
    private(set) var values: [Value] = []
    private var index: [HashKey: Int] = [:]
    private(set) var count = 0

    init() {
        super.init(kind: .dict)
    }

    deinit {
        Teardown.adopt(&values)
        Teardown.adopt(&keys)
    }

    /// The live entries in insertion order.
    var entries: [(key: Value, value: Value)] {
        var out: [(key: Value, value: Value)] = []
        out.reserveCapacity(count)
        for i in keys.indices where !keys[i].isUnbound { out.append((keys[i], values[i])) }
        return out
    }

    var liveKeys: [Value] { keys.filter { !$0.isUnbound } }

    func get(_ key: Value) throws -> Value? {
        let k = HashKey(value: key, hash: try Hashing.hash(key))
        // A key's `__eq__` that raised made its comparison false: the miss it caused raises that instead.
        guard let i = index[k] else { try NativeStack.raiseTripped(); return nil }
        return values[i]
    }

    func get(_ key: HashKey) -> Value? {
        guard let i = index[key] else { return nil }
        return values[i]
    }

    func set(_ key: Value, _ value: Value) throws {
        // A large dict about to grow doubles its index and entries in one allocation: the memory budget is
        // asked first, so `--max-memory` stops a growing dict before it, not one resize too late.
        if count >= 1 << 16 && index.count == index.capacity { try Cost.allocate(bytes: index.capacity * 96) }
        let before = count, k = HashKey(value: key, hash: try Hashing.hash(key))
        set(k, value)
        // A key whose `__eq__` raised was taken for a new one: it goes again and the error is raised.
        if count != before, ThreadState.current.tripped != nil {
            index.removeValue(forKey: k)
            keys.removeLast()
            values.removeLast()
            count -= 1
            try NativeStack.raiseTripped()
        }
    }

    func set(_ key: HashKey, _ value: Value) {
        if let i = index[key] {
            values[i] = value
            return
        }
        index[key] = keys.count
        keys.append(key.value)
        values.append(value)
        count += 1
    }

    @discardableResult
    func remove(_ key: Value) throws -> Value? {
        let k = HashKey(value: key, hash: try Hashing.hash(key))
        guard let i = index.removeValue(forKey: k) else { try NativeStack.raiseTripped(); return nil }
        let old = values[i]
        keys[i] = .unbound
        values[i] = .unbound
        count -= 1
        if keys.count > 16 && count * 2 < keys.count { compact() }
        return old
    }

    func removeAll() {
        keys = []
        values = []
        index = [:]
        count = 0
    }

    /// The last inserted entry, removed (`popitem`).
    func popLast() -> (Value, Value)? {
        guard let i = keys.lastIndex(where: { !$0.isUnbound }) else { return nil }
        let entry = (keys[i], values[i])
        _ = try? remove(entry.0)
        return entry
    }

    private func compact() {
        let live = entries
        keys = live.map(\.key)
        values = live.map(\.value)
        index = [:]
        for (i, k) in keys.enumerated() {
            index[HashKey(value: k, hash: (try? Hashing.hash(k)) ?? 0)] = i
        }
    }

    func copy() -> PyDict {
        let d = PyDict()
        d.keys = keys
        d.values = values
        d.index = index
        d.count = count
        return d
    }
}

/// A Python `set` or `frozenset`, iterating in CPython's hash-table order.
final class PySet: PyObject {
    var table = CPythonSetTable<Value>()

    init(frozen: Bool = false) {
        super.init(kind: frozen ? .frozenset : .set)
    }

    var count: Int { table.count }
    var elements: [Value] { table.elements }

    @discardableResult
    func add(_ v: Value) throws -> Bool {
        let added = table.insert(v, hash: try Hashing.hash(v)) { Equality.equal($0, v) }
        if added { try NativeStack.raiseTripped() }
        return added
    }

    func contains(_ v: Value) throws -> Bool {
        let found = table.contains(hash: try Hashing.hash(v)) { Equality.equal($0, v) }
        if !found { try NativeStack.raiseTripped() }
        return found
    }

    @discardableResult
    func remove(_ v: Value) throws -> Bool {
        let removed = table.remove(hash: try Hashing.hash(v)) { Equality.equal($0, v) } != nil
        if !removed { try NativeStack.raiseTripped() }
        return removed
    }

    /// Adds every element of `other` as CPython's `set_merge` does (the table layout matters for iteration order).
    func merge(_ other: PySet) {
        guard other !== self else { return }
        table.merge(other.table) { Equality.equal($0, $1) }
    }

    /// Adds each value in the order given (CPython's path for a non-set iterable).
    func add(contentsOf values: [Value]) throws {
        for (i, v) in values.enumerated() {
            try add(v)
            if i & 0xFFF == 0xFFF { try Cost.charge(0x1000) }
        }
    }

    func copy(frozen: Bool? = nil) -> PySet {
        let s = PySet(frozen: frozen ?? (kind == .frozenset))
        s.table.merge(table) { Equality.equal($0, $1) }
        return s
    }
}
