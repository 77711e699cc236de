import BigInt
import Foundation

/// The rest of `random` on CPython's Mersenne Twister, draw for draw: `getrandbits` of any width, bounds
/// past 64 bits, `choices`, and the distributions real programs use (`expovariate`, `triangular`, `gauss`,
/// `normalvariate`), each consuming the same draws as CPython 3.11's.
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
        return BigInt(words: words)
    }

    /// `_randbelow(n)` for a bound of any size: `n.bit_length()` bits, drawn again while too large.
    mutating func randomBelow(_ n: BigInt) -> BigInt {
        let k = n.magnitude.bitWidth
        var r = randomBits(k)
        while r >= n { r = randomBits(k) }
        return r
    }

    /// `expovariate(lambd)`.
    mutating func exponential(_ lambd: Double) -> Double {
        -log(1.0 - random()) / lambd
    }

    /// `triangular(low, high, mode)` (`mode` nil: the midpoint).
    mutating func triangular(_ low: Double, _ high: Double, mode: Double?) -> Double {
        var u = random()
        guard high != low else { return low }
        var c = mode.map { ($0 - low) / (high - low) } ?? 0.5
        var (a, b) = (low, high)
        if u > c {
            u = 1.0 - u
            c = 1.0 - c
            (a, b) = (b, a)
        }
        return a + (b - a) * (u * c).squareRoot()
    }

    /// `gauss(mu, sigma)`: Box–Muller, keeping the second value of each pair for the next call.
    mutating func gaussian(_ mu: Double, _ sigma: Double) -> Double {
        let z: Double
        if let kept = gaussNext {
            z = kept
            gaussNext = nil
        } else {
            let angle = random() * 2.0 * Double.pi
            let radius = (-2.0 * log(1.0 - random())).squareRoot()
            z = cos(angle) * radius
            gaussNext = sin(angle) * radius
        }
        return mu + z * sigma
    }

    /// `normalvariate(mu, sigma)`: Kinderman and Monahan's ratio method.
    mutating func normal(_ mu: Double, _ sigma: Double) -> Double {
        let magic = 4.0 * exp(-0.5) / 2.0.squareRoot()
        while true {
            let u1 = random(), u2 = 1.0 - random()
            let z = magic * (u1 - 0.5) / u2
            if z * z / 4.0 <= -log(u2) { return mu + z * sigma }
        }
    }
}
