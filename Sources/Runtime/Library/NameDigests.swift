import Foundation

/// MD5 (RFC 1321) and SHA-1 (FIPS 180-4), for `uuid.uuid3` and `uuid.uuid5`, which make a UUID from the
/// digest of a namespace and a name.
enum NameDigests {
    private static let md5Shifts: [UInt32] = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21]
    private static let md5Sines: [UInt32] = (1...64).map { UInt32(abs(sin(Double($0))) * 4_294_967_296.0) }

    /// The message padded to whole 64-byte blocks with its bit length, little- or big-endian.
    private static func padded(_ bytes: [UInt8], bigEndian: Bool) -> [UInt8] {
        var message = bytes + [0x80]
        while message.count % 64 != 56 { message.append(0) }
        let bits = UInt64(bytes.count) * 8
        let order = bigEndian ? Array(stride(from: 56, through: 0, by: -8))
            : Array(stride(from: 0, through: 56, by: 8))
        return message + order.map { UInt8(truncatingIfNeeded: bits >> UInt64($0)) }
    }

    static func md5(_ bytes: [UInt8]) -> [UInt8] {
        var h: [UInt32] = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476]
        let message = padded(bytes, bigEndian: false)
        for block in stride(from: 0, to: message.count, by: 64) {
            let m = (0..<16).map { i in
                (0..<4).reduce(UInt32(0)) { $0 | UInt32(message[block + i * 4 + $1]) << (8 * UInt32($1)) }
            }
            var (a, b, c, d) = (h[0], h[1], h[2], h[3])
            for i in 0..<64 {
                let (f, g): (UInt32, Int)
                switch i / 16 {
                case 0: (f, g) = ((b & c) | (~b & d), i)
                case 1: (f, g) = ((d & b) | (~d & c), (5 * i + 1) % 16)
                case 2: (f, g) = (b ^ c ^ d, (3 * i + 5) % 16)
                default: (f, g) = (c ^ (b | ~d), (7 * i) % 16)
                }
                let sum = a &+ f &+ md5Sines[i] &+ m[g]
                let shift = md5Shifts[(i / 16) * 4 + i % 4]
                (a, d, c) = (d, c, b)
                b = b &+ ((sum << shift) | (sum >> (32 - shift)))
            }
            h = [h[0] &+ a, h[1] &+ b, h[2] &+ c, h[3] &+ d]
        }
        return h.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> (8 * UInt32($0))) } }
    }

    static func sha1(_ bytes: [UInt8]) -> [UInt8] {
        var h: [UInt32] = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0]
        let message = padded(bytes, bigEndian: true)
        func rotl(_ x: UInt32, _ n: UInt32) -> UInt32 { (x << n) | (x >> (32 - n)) }
        for block in stride(from: 0, to: message.count, by: 64) {
            var w = (0..<16).map { i in (0..<4).reduce(UInt32(0)) { $0 << 8 | UInt32(message[block + i * 4 + $1]) } }
            for t in 16..<80 { w.append(rotl(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1)) }
            var (a, b, c, d, e) = (h[0], h[1], h[2], h[3], h[4])
            for t in 0..<80 {
                let (f, k): (UInt32, UInt32)
                switch t / 20 {
                case 0: (f, k) = ((b & c) | (~b & d), 0x5A827999)
                case 1: (f, k) = (b ^ c ^ d, 0x6ED9EBA1)
                case 2: (f, k) = ((b & c) | (b & d) | (c & d), 0x8F1BBCDC)
                default: (f, k) = (b ^ c ^ d, 0xCA62C1D6)
                }
                let next = rotl(a, 5) &+ f &+ e &+ k &+ w[t]
                (e, d, c, b, a) = (d, c, rotl(b, 30), a, next)
            }
            h = [h[0] &+ a, h[1] &+ b, h[2] &+ c, h[3] &+ d, h[4] &+ e]
        }
        return h.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> (24 - 8 * UInt32($0))) } }
    }
}
