/// `sys.getsizeof`: asyncviz's own sizes, in bytes, modelled on CPython 3.11 on 64-bit Linux for the
/// values whose size does not depend on allocation history (None, bool, int, float, complex, str,
/// tuple, small dicts and sets); a list counts 8 bytes per item, as if built to its exact length.
enum ObjectSizes {
    static func size(of v: Value) -> Int {
        switch v {
        case .none, .unbound: return 16
        case .bool: return 28
        case .int(let n): return intSize(bits: n.magnitude.bitWidth - n.magnitude.leadingZeroBitCount)
        case .float: return 24
        case .object(let o): return size(of: o, value: v)
        }
    }

    /// CPython's ints are 30-bit digits after a 24-byte header (zero takes one digit).
    static func intSize(bits: Int) -> Int { 24 + 4 * max(1, (bits + 29) / 30) }

    private static func size(of o: PyObject, value: Value) -> Int {
        switch o.kind {
        case .str: return strSize(o as! PyStr)
        case .tuple: return 40 + 8 * (o as! PyTuple).items.count
        case .list: return 56 + 8 * (o as! PyList).items.count
        case .dict: return (o as! PyDict).count == 0 ? 64 : 224 + 24 * max(0, (o as! PyDict).count - 5)
        case .set, .frozenset: return 216 + 16 * max(0, (o as! PySet).count - 4)
        case .function: return 152
        case .type: return 1072
        case .module: return 72
        default:
            if let big = value.bigInt { return intSize(bits: big.magnitude.bitWidth) }
            if o is PyComplex { return 32 }
            return 56
        }
    }

    /// A compact str: 40 bytes of header, then one, two or four bytes per character by its widest one.
    private static func strSize(_ s: PyStr) -> Int {
        let widest = s.scalars.reduce(UInt32(0)) { max($0, $1.value) }
        let count = s.count
        if widest < 0x80 { return 49 + count }
        if widest < 0x100 { return 73 + count }
        if widest < 0x10000 { return 74 + 2 * count }
        return 76 + 4 * count
    }
}
