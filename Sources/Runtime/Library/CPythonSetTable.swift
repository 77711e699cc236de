/// The hash table behind CPython 3.11's `set`, reproduced slot for slot (Objects/setobject.c) so that
/// iteration order, `pop()` order and growth match CPython: 8 slots to start, 9 linear probes before
/// perturbed probing, dummies left by deletions, growth when fill*5 >= mask*3, and `set_merge`'s
/// copy shortcuts. Callers supply each element's hash (never -1) and the equality test, which may
/// throw (a Python `__eq__` raising) and then leaves the table as CPython would.
/// Its methods are pre-specialized for `Value` (what sets and dicts hold), so the hot paths need no generic
/// metadata at run time.
struct CPythonSetTable<Element> {
    private static var minSize: Int { 8 }
    private static var linearProbes: Int { 9 }
    private static var perturbShift: UInt { 5 }

    /// Slot contents: an element, or nil for an unused slot (hash 0) or a dummy (hash -1).
    private var keys: [Element?]
    private var hashes: [Int]
    /// Active plus dummy slots.
    private var fill = 0
    /// Active slots, i.e. `len(set)`.
    private(set) var count = 0
    private var mask: Int
    /// Where `pop()` resumes its scan.
    private var finger = 0

    init() {
        keys = Array(repeating: nil, count: Self.minSize)
        hashes = Array(repeating: 0, count: Self.minSize)
        mask = Self.minSize - 1
    }

    /// The elements in CPython's iteration order.
    var elements: [Element] {
        @_specialize(where Element == Value) get { keys.compactMap { $0 } }
    }

    /// The next start slot of the probe sequence (`i = (i * 5 + 1 + perturb) & mask`).
    private func nextProbe(_ i: Int, _ perturb: inout UInt) -> Int {
        perturb >>= Self.perturbShift
        return Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
    }

    /// The slots examined from probe start `i`: a run of ten when it fits before the table's end.
    private func window(_ i: Int) -> ClosedRange<Int> {
        i...(i + Self.linearProbes <= mask ? i + Self.linearProbes : i)
    }

    /// `set_lookkey`: the slot holding an equal element, or nil.
    @_specialize(where Element == Value)
    private func lookup(hash: Int, isEqual: (Element) throws -> Bool) rethrows -> Int? {
        var perturb = UInt(bitPattern: hash)
        var i = Int(perturb & UInt(mask))
        while true {
            for slot in window(i) {
                if let key = keys[slot] {
                    if hashes[slot] == hash, try isEqual(key) { return slot }
                } else if hashes[slot] == 0 {
                    return nil
                }
            }
            i = nextProbe(i, &perturb)
        }
    }

    @_specialize(where Element == Value)
    func contains(hash: Int, isEqual: (Element) throws -> Bool) rethrows -> Bool {
        try lookup(hash: hash, isEqual: isEqual) != nil
    }

    /// `set_add_entry`: adds `element` unless an equal one is present; true when added. A new element
    /// takes the last dummy passed on the way to the first unused slot, if any.
    @discardableResult
    @_specialize(where Element == Value)
    mutating func insert(_ element: Element, hash: Int, isEqual: (Element) throws -> Bool) rethrows -> Bool {
        var perturb = UInt(bitPattern: hash)
        var i = Int(perturb & UInt(mask))
        var freeSlot: Int?
        while true {
            for slot in window(i) {
                if let key = keys[slot] {
                    if hashes[slot] == hash, try isEqual(key) { return false }
                } else if hashes[slot] == 0 {
                    count += 1
                    if let freeSlot {
                        keys[freeSlot] = element
                        hashes[freeSlot] = hash
                        return true
                    }
                    fill += 1
                    keys[slot] = element
                    hashes[slot] = hash
                    if fill * 5 >= mask * 3 {
                        resize(minUsed: count > 50000 ? count * 2 : count * 4)
                    }
                    return true
                } else {
                    freeSlot = slot
                }
            }
            i = nextProbe(i, &perturb)
        }
    }

    /// `set_discard_entry`: removes and returns the equal element, leaving a dummy in its slot.
    @discardableResult
    @_specialize(where Element == Value)
    mutating func remove(hash: Int, isEqual: (Element) throws -> Bool) rethrows -> Element? {
        guard let slot = try lookup(hash: hash, isEqual: isEqual) else { return nil }
        return takeElement(at: slot)
    }

    /// `set.pop()`: the first element at or after the finger, wrapping around; nil when empty.
    @_specialize(where Element == Value)
    mutating func popFirst() -> Element? {
        guard count > 0 else { return nil }
        var slot = finger & mask
        while keys[slot] == nil {
            slot = slot == mask ? 0 : slot + 1
        }
        finger = slot + 1
        return takeElement(at: slot)
    }

    @_specialize(where Element == Value)
    private mutating func takeElement(at slot: Int) -> Element {
        let element = keys[slot]!
        keys[slot] = nil
        hashes[slot] = -1
        count -= 1
        return element
    }

    /// `set.clear()`: back to an empty 8-slot table (the pop finger is kept, as in CPython).
    @_specialize(where Element == Value)
    mutating func clear() {
        keys = Array(repeating: nil, count: Self.minSize)
        hashes = Array(repeating: 0, count: Self.minSize)
        mask = Self.minSize - 1
        fill = 0
        count = 0
    }

    /// `set_merge`, behind `set(s)`, `s.copy()`, `s | t` and `s.update(t)` when the source is a set.
    /// CPython returns at once for `s.update(s)`; callers merging a set into itself must skip the call.
    @_specialize(where Element == Value)
    mutating func merge(_ other: CPythonSetTable<Element>, isEqual: (Element, Element) throws -> Bool) rethrows {
        guard other.count > 0 else { return }
        if (fill + other.count) * 5 >= mask * 3 {
            resize(minUsed: (count + other.count) * 2)
        }
        if fill == 0 && mask == other.mask && other.fill == other.count {
            keys = other.keys
            hashes = other.hashes
            fill = other.fill
            count = other.count
        } else if fill == 0 {
            fill = other.count
            count = other.count
            for slot in 0...other.mask {
                if let key = other.keys[slot] { insertClean(key, hash: other.hashes[slot]) }
            }
        } else {
            for slot in 0...other.mask {
                if let key = other.keys[slot] {
                    try insert(key, hash: other.hashes[slot]) { try isEqual($0, key) }
                }
            }
        }
    }

    /// `set_table_resize`: rebuilds into the smallest power-of-two table (at least 8) above `minUsed`,
    /// dropping dummies; a small table without dummies is left alone.
    @_specialize(where Element == Value)
    private mutating func resize(minUsed: Int) {
        var newSize = Self.minSize
        while newSize <= minUsed { newSize <<= 1 }
        if newSize == Self.minSize && mask == Self.minSize - 1 && fill == count { return }
        let oldKeys = keys, oldHashes = hashes
        keys = Array(repeating: nil, count: newSize)
        hashes = Array(repeating: 0, count: newSize)
        mask = newSize - 1
        fill = count
        for (slot, key) in oldKeys.enumerated() {
            if let key { insertClean(key, hash: oldHashes[slot]) }
        }
    }

    /// `set_insert_clean`: places an element known to be absent into a table without dummies
    /// (the caller keeps `fill` and `count` right).
    @_specialize(where Element == Value)
    private mutating func insertClean(_ element: Element, hash: Int) {
        var perturb = UInt(bitPattern: hash)
        var i = Int(perturb & UInt(mask))
        while true {
            for slot in window(i) where keys[slot] == nil {
                keys[slot] = element
                hashes[slot] = hash
                return
            }
            i = nextProbe(i, &perturb)
        }
    }
}
