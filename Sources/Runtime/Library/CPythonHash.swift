#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// CPython 3.11's `hash()` for the value kinds that end up in sets and dicts: ints, floats and tuples
/// exactly, strings deterministically (CPython randomizes those per process). Never returns -1.
enum CPythonHash {
    /// `_PyHASH_MODULUS`, the Mersenne prime 2**61 - 1.
    static let modulus: UInt64 = (1 << 61) - 1
    private static let bits: UInt64 = 61

    /// `hash(int)`: the magnitude reduced modulo 2**61 - 1, with the int's sign; -1 becomes -2.
    static func int(_ v: Int) -> Int {
        let reduced = Int(UInt64(v.magnitude) % modulus)
        return avoidingMinusOne(v < 0 ? -reduced : reduced)
    }

    /// `_Py_HashDouble`: integral floats hash like the equal int, infinities to ±314159, and a NaN
    /// by the identity of its float object (`identity`, hashed like a pointer; unused for other values).
    static func float(_ d: Double, identity: Int) -> Int {
        if d.isNaN {
            let p = UInt(bitPattern: identity)
            return avoidingMinusOne(Int(bitPattern: (p >> 4) | (p << (UInt(UInt.bitWidth) - 4))))
        }
        if d.isInfinite { return d > 0 ? 314159 : -314159 }
        var exponent: Int32 = 0
        var m = frexp(d, &exponent)
        var e = Int(exponent)
        let negative = m < 0
        m = m.magnitude
        var x: UInt64 = 0
        while m != 0 {
            x = ((x << 28) & modulus) | x >> (bits - 28)
            m *= 268435456.0
            e -= 28
            let y = UInt64(m)
            m -= Double(y)
            x += y
            if x >= modulus { x -= modulus }
        }
        let shift = UInt64(e >= 0 ? e % Int(bits) : Int(bits) - 1 - ((-1 - e) % Int(bits)))
        x = ((x << shift) & modulus) | x >> (bits - shift)
        let signed = negative ? 0 &- x : x
        return avoidingMinusOne(Int(bitPattern: UInt(signed)))
    }

    /// `tuplehash` (xxHash-style) over the hashes of the tuple's items.
    static func tuple(_ hashes: [Int]) -> Int {
        let prime1: UInt64 = 11400714785074694791
        let prime2: UInt64 = 14029467366897019727
        let prime5: UInt64 = 2870177450012600261
        var acc = prime5
        for hash in hashes {
            acc = acc &+ UInt64(bitPattern: Int64(hash)) &* prime2
            acc = (acc << 31) | (acc >> 33)
            acc = acc &* prime1
        }
        acc = acc &+ (UInt64(hashes.count) ^ (prime5 ^ 3527539))
        return acc == .max ? 1546275796 : Int(Int64(bitPattern: acc))
    }

    /// A deterministic 64-bit FNV-1a hash of the UTF-8 bytes, standing in for CPython's randomized
    /// SipHash; the empty string hashes to 0 as in CPython.
    static func string(_ s: String) -> Int { octets(s.utf8) }

    /// The same hash over any octets: a `bytes` hashes as the str of the same ASCII text, as in CPython.
    static func octets<C: Collection>(_ data: C) -> Int where C.Element == UInt8 {
        if data.isEmpty { return 0 }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return avoidingMinusOne(Int(Int64(bitPattern: h)))
    }

    private static func avoidingMinusOne(_ h: Int) -> Int {
        h == -1 ? -2 : h
    }
}
