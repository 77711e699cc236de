// Concrete `==` for the small enums the VM and the model compare on every instruction or event. Without them
// the comparisons went through the generic `Equatable` witness (a call per comparison: a few per cent of a
// compute-bound run). Each enum has no payloads and fewer than 256 cases, so its value is its one-byte tag.

extension ObjectKind {
    @inline(__always) static func == (a: ObjectKind, b: ObjectKind) -> Bool { tag(a) == tag(b) }
    @inline(__always) static func != (a: ObjectKind, b: ObjectKind) -> Bool { tag(a) != tag(b) }
    // The tag, not `rawValue`: reading `rawValue` from another file is a call to its getter.
    @inline(__always) private static func tag(_ kind: ObjectKind) -> UInt8 { unsafeBitCast(kind, to: UInt8.self) }
}

extension OpCode {
    @inline(__always) static func == (a: OpCode, b: OpCode) -> Bool { tag(a) == tag(b) }
    @inline(__always) static func != (a: OpCode, b: OpCode) -> Bool { tag(a) != tag(b) }
    @inline(__always) private static func tag(_ op: OpCode) -> UInt8 { unsafeBitCast(op, to: UInt8.self) }
}

extension BinaryOp {
    /// Every operator, in `allCases` order (the instruction argument), built once.
    static let cases = BinaryOp.allCases
    @inline(__always) static func == (a: BinaryOp, b: BinaryOp) -> Bool { tag(a) == tag(b) }
    @inline(__always) static func != (a: BinaryOp, b: BinaryOp) -> Bool { tag(a) != tag(b) }
    @inline(__always) private static func tag(_ op: BinaryOp) -> UInt8 { unsafeBitCast(op, to: UInt8.self) }
}

extension CompareOp {
    /// Every comparison, in `allCases` order (the instruction argument), built once.
    static let cases = CompareOp.allCases
    @inline(__always) static func == (a: CompareOp, b: CompareOp) -> Bool { tag(a) == tag(b) }
    @inline(__always) static func != (a: CompareOp, b: CompareOp) -> Bool { tag(a) != tag(b) }
    @inline(__always) private static func tag(_ op: CompareOp) -> UInt8 { unsafeBitCast(op, to: UInt8.self) }
}

extension RuntimeEvent.Kind {
    @inline(__always) public static func == (a: Self, b: Self) -> Bool { tag(a) == tag(b) }
    @inline(__always) public static func != (a: Self, b: Self) -> Bool { tag(a) != tag(b) }
    @inline(__always) private static func tag(_ kind: Self) -> UInt8 { unsafeBitCast(kind, to: UInt8.self) }
}
