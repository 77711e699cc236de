import BigInt

/// Multiplication and powers of large ints that count their work: the product is built a block of rows at a
/// time, each block charged to the run's budget, so a signal, the memory budget or a limit stops
/// `10 ** 10 ** 9` between blocks instead of after minutes inside one multiplication, and every
/// `productsPerStep` word products count as an instruction against `--max-steps`. The word loop is ours,
/// compiled with the runtime's optimisation, because the BigInt package is not optimised in debug builds.
enum CountedMultiplication {
    /// Below this many words in the smaller operand, the BigInt package multiplies directly.
    static let directLimit = 32
    /// Word products per charged block: about a millisecond.
    static let blockProducts = 1 << 20
    /// Word products that cost what one bytecode instruction costs, roughly.
    static let productsPerStep = 64

    /// `x * y`, counting its work when both operands are large.
    static func product(_ x: BigInt, _ y: BigInt) throws -> BigInt {
        let a = x.magnitude, b = y.magnitude
        guard min(a.words.count, b.words.count) > directLimit else { return x * y }
        let magnitude = try product(a, b)
        return BigInt(sign: x.sign == y.sign ? .plus : .minus, magnitude: magnitude)
    }

    /// `x ** e` for `e >= 0` by squaring, each multiplication counted; no squaring past the last bit.
    static func power(_ x: BigInt, _ e: Int) throws -> BigInt {
        var result = BigInt(1), base = x, e = e
        while e > 0 {
            if e & 1 == 1 { result = try product(result, base) }
            e >>= 1
            if e > 0 { base = try product(base, base) }
        }
        return result
    }

    private static func product(_ a: BigUInt, _ b: BigUInt) throws -> BigUInt {
        let (long, short) = a.words.count >= b.words.count ? (Array(a.words), Array(b.words)) : (Array(b.words), Array(a.words))
        try Cost.allocate(bytes: (long.count + short.count) * MemoryLayout<UInt>.size)
        var result = [UInt](repeating: 0, count: long.count + short.count)
        let rowsPerBlock = max(1, blockProducts / long.count)
        var row = 0
        while row < short.count {
            let end = min(short.count, row + rowsPerBlock)
            let products = (end - row) * long.count
            try Cost.charge(products)
            try SpecialMethods.currentVM?.chargeSteps(products / productsPerStep)
            result.withUnsafeMutableBufferPointer { r in
                long.withUnsafeBufferPointer { l in
                    for i in row..<end { addRow(short[i], times: l, into: r, at: i) }
                }
            }
            row = end
        }
        return BigUInt(words: result)
    }

    /// `r[at...] += w * l`, the schoolbook method's inner loop.
    @inline(__always)
    private static func addRow(_ w: UInt, times l: UnsafeBufferPointer<UInt>, into r: UnsafeMutableBufferPointer<UInt>,
                               at offset: Int) {
        guard w != 0 else { return }
        var carry: UInt = 0
        for j in 0..<l.count {
            let (high, low) = w.multipliedFullWidth(by: l[j])
            let (s1, o1) = low.addingReportingOverflow(r[offset + j])
            let (s2, o2) = s1.addingReportingOverflow(carry)
            r[offset + j] = s2
            carry = high &+ (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
        }
        r[offset + l.count] = carry
    }
}
