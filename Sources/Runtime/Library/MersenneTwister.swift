/// CPython's `random.Random`, bit for bit: the MT19937 generator of `Modules/_randommodule.c`
/// seeded from an int the way `random.seed(n)` does, with `random()`, `getrandbits` and the rejection
/// sampling below a bound that `random`'s methods are built on.
struct MersenneTwister {
    private static let n = 624, m = 397
    private var state = [UInt32](repeating: 0, count: MersenneTwister.n)
    private var index = MersenneTwister.n

    /// `random.seed(seed)`: the words of `abs(seed)`, least significant first, through `init_by_array`.
    init(seed: Int) {
        var magnitude = seed.magnitude
        var key: [UInt32] = []
        repeat {
            key.append(UInt32(truncatingIfNeeded: magnitude))
            magnitude >>= 32
        } while magnitude != 0
        initialize(by: key)
    }

    /// Seeded from the 32-bit words of a seed's magnitude, least significant first (at least one word).
    init(key: [UInt32]) {
        initialize(by: key.isEmpty ? [0] : key)
    }

    /// The 624 words of the state and the position of the next one, as `getstate()` shows them.
    var snapshot: (words: [UInt32], index: Int) { (state, index) }

    /// `setstate`: 624 words and a position in 0...624 (checked by the caller).
    mutating func restore(words: [UInt32], index: Int) {
        precondition(words.count == Self.n && (0...Self.n).contains(index), "a state is 624 words and a position")
        (state, self.index) = (words, index)
    }

    /// The number of words in a state.
    static var stateWords: Int { n }

    private mutating func initialize(seed: UInt32) {
        state[0] = seed
        for i in 1..<Self.n {
            state[i] = 1812433253 &* (state[i - 1] ^ (state[i - 1] >> 30)) &+ UInt32(i)
        }
        index = Self.n
    }

    private mutating func initialize(by key: [UInt32]) {
        initialize(seed: 19650218)
        var i = 1, j = 0
        for _ in 0..<max(Self.n, key.count) {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) &* 1664525)) &+ key[j] &+ UInt32(j)
            i += 1
            j += 1
            if i >= Self.n { state[0] = state[Self.n - 1]; i = 1 }
            if j >= key.count { j = 0 }
        }
        for _ in 0..<(Self.n - 1) {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) &* 1566083941)) &- UInt32(i)
            i += 1
            if i >= Self.n { state[0] = state[Self.n - 1]; i = 1 }
        }
        state[0] = 0x8000_0000
    }

    /// `genrand_uint32`: the next 32 random bits.
    private mutating func next32() -> UInt32 {
        if index >= Self.n {
            for k in 0..<Self.n {
                let y = (state[k] & 0x8000_0000) | (state[(k + 1) % Self.n] & 0x7FFF_FFFF)
                state[k] = state[(k + Self.m) % Self.n] ^ (y >> 1) ^ (y & 1 == 0 ? 0 : 0x9908_B0DF)
            }
            index = 0
        }
        var y = state[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        y ^= y >> 18
        return y
    }

    /// `random.random()`: 53 random bits as a double in [0, 1).
    mutating func random() -> Double {
        let a = next32() >> 5, b = next32() >> 6
        return (Double(a) * 67108864.0 + Double(b)) * (1.0 / 9007199254740992.0)
    }

    /// `random.getrandbits(k)` for 0 <= k <= 64: whole 32-bit words, the last one shifted down.
    mutating func getrandbits(_ k: Int) -> UInt64 {
        precondition(k >= 0 && k <= 64, "getrandbits supports 0...64 bits")
        var result: UInt64 = 0
        var remaining = k, shift: UInt64 = 0
        while remaining > 0 {
            var word = next32()
            if remaining < 32 { word >>= UInt32(32 - remaining) }
            result |= UInt64(word) << shift
            shift += 32
            remaining -= 32
        }
        return result
    }

    /// `_randbelow_with_getrandbits(n)`: uniform in [0, n) for n > 0, by rejection on n.bit_length() bits.
    mutating func randbelow(_ n: Int) -> Int {
        precondition(n > 0, "randbelow needs a positive bound")
        let bound = UInt64(n), k = 64 - bound.leadingZeroBitCount
        var r = getrandbits(k)
        while r >= bound { r = getrandbits(k) }
        return Int(r)
    }
}
