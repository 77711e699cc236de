#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// CPython's `random.Random`, bit for bit: the MT19937 generator of `Modules/_randommodule.c`
/// seeded from an int the way `random.seed(n)` does, plus the pure-Python methods of
/// `Lib/random.py` (3.11) built on `getrandbits`.
struct MersenneTwister {
    private static let n = 624, m = 397
    private var state = [UInt32](repeating: 0, count: MersenneTwister.n)
    private var index = MersenneTwister.n
    /// The second value of `gauss`'s last Box–Muller pair, kept for its next call.
    var gaussNext: Double?

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
        return Int(randbelow(UInt64(n)))
    }

    private mutating func randbelow(_ n: UInt64) -> UInt64 {
        let k = 64 - n.leadingZeroBitCount
        var r = getrandbits(k)
        while r >= n { r = getrandbits(k) }
        return r
    }

    /// `random.randrange(stop)`.
    mutating func randrange(_ stop: Int) throws -> Int {
        guard stop > 0 else { throw RandomError(message: "empty range for randrange()") }
        return randbelow(stop)
    }

    /// `random.randrange(start, stop, step)`, with CPython 3.11's error messages.
    mutating func randrange(_ start: Int, _ stop: Int, _ step: Int = 1) throws -> Int {
        // Python's widths are unbounded; the distance between two Ints always fits in a UInt64,
        // so each branch works with the distance once its sign is known.
        if step == 1 {
            guard stop > start else {
                let width = UInt64(truncatingIfNeeded: start &- stop)
                throw RandomError(message: "empty range for randrange() (\(start), \(stop), \(width == 0 ? "" : "-")\(width))")
            }
            return start &+ Int(truncatingIfNeeded: randbelow(UInt64(truncatingIfNeeded: stop &- start)))
        }
        guard step != 0 else { throw RandomError(message: "zero step for randrange()") }
        guard step > 0 ? stop > start : stop < start else {
            throw RandomError(message: "empty range for randrange()")
        }
        // How many of start, start + step, ... lie strictly before stop.
        let distance = UInt64(truncatingIfNeeded: step > 0 ? stop &- start : start &- stop)
        let count = (distance - 1) / UInt64(step.magnitude) + 1
        return start &+ step &* Int(truncatingIfNeeded: randbelow(count))
    }

    /// `random.randint(a, b)`: `randrange(a, b + 1)`.
    mutating func randint(_ a: Int, _ b: Int) throws -> Int {
        guard b >= a else {
            let width = UInt64(truncatingIfNeeded: a &- b) - 1
            throw RandomError(message: "empty range for randrange() (\(a), \(b + 1), \(width == 0 ? "" : "-")\(width))")
        }
        let distance = UInt64(truncatingIfNeeded: b &- a)
        let offset = distance == .max ? randbelowTwoToThe64() : randbelow(distance + 1)
        return a &+ Int(truncatingIfNeeded: offset)
    }

    /// `_randbelow(2**64)`: 65-bit draws, retried until the top bit is clear.
    private mutating func randbelowTwoToThe64() -> UInt64 {
        while true {
            let low = getrandbits(64)
            if getrandbits(1) == 0 { return low }
        }
    }

    /// `random.uniform(a, b)`.
    mutating func uniform(_ a: Double, _ b: Double) -> Double {
        a + (b - a) * random()
    }

    /// The index `random.choice(seq)` picks from a sequence of `count` items.
    mutating func choiceIndex(count: Int) throws -> Int {
        guard count > 0 else {
            throw RandomError(message: "Cannot choose from an empty sequence", exceptionType: "IndexError")
        }
        return randbelow(count)
    }

    /// `random.shuffle(x)`.
    mutating func shuffle<T>(_ items: inout [T]) {
        for i in stride(from: items.count - 1, through: 1, by: -1) {
            items.swapAt(i, randbelow(i + 1))
        }
    }

    /// `random.sample(population, k)` for a population of `count` items: the chosen indices, in order,
    /// using CPython's pool branch for small populations and its set-of-selected branch otherwise.
    mutating func sample(count n: Int, k: Int) throws -> [Int] {
        guard k >= 0 && k <= n else {
            throw RandomError(message: "Sample larger than population or is negative")
        }
        var setSize = 21
        if k > 5 {
            setSize += 1 << (2 * Int(ceil(log(Double(k * 3)) / log(4.0))))
        }
        var result: [Int] = []
        result.reserveCapacity(k)
        if n <= setSize {
            var pool = Array(0..<n)
            for i in 0..<k {
                let j = randbelow(n - i)
                result.append(pool[j])
                pool[j] = pool[n - i - 1]
            }
        } else {
            var selected = Set<Int>()
            for _ in 0..<k {
                var j = randbelow(n)
                while selected.contains(j) { j = randbelow(n) }
                selected.insert(j)
                result.append(j)
            }
        }
        return result
    }
}
