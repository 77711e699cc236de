import BigInt

/// CPython's Mersenne Twister past 64 bits, draw for draw: `getrandbits` of any width and bounds of any size.
extension MersenneTwister {
    /// `getrandbits(k)` for any `k >= 0`: 32-bit words, least significant first, the last one shifted down.
    mutating func randomBits(_ k: Int) -> BigInt {
        if k <= 64 { return BigInt(getrandbits(k)) }
        var words: [UInt] = []
        var remaining = k
        var pending: UInt64 = 0, filled = 0
        while remaining > 0 {
            let word = getrandbits(min(32, remaining))
            pending |= word << UInt64(filled)
            filled += 32
            remaining -= 32
            if filled == 64 {
                words.append(UInt(pending))
                pending = 0
                filled = 0
            }
        }
        if filled > 0 { words.append(UInt(pending)) }
        return BigInt(sign: .plus, magnitude: BigUInt(words: words))
    }

    /// `_randbelow(n)` for a bound of any size: `n.bit_length()` bits, drawn again while too large.
    mutating func randomBelow(_ n: BigInt) -> BigInt {
        let k = n.magnitude.bitWidth
        var r = randomBits(k)
        while r >= n { r = randomBits(k) }
        return r
    }
}
