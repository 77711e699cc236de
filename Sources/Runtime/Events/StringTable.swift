/// Interned strings: each distinct text is stored once and named by a small number.
public struct StringTable: Sendable {
    public private(set) var strings: [String] = [""]
    private var ids: [String: UInt32] = ["": 0]

    public init() {}

    public mutating func intern(_ s: String) -> UInt32 {
        if let id = ids[s] { return id }
        let id = UInt32(strings.count)
        strings.append(s)
        ids[s] = id
        return id
    }

    public subscript(id: UInt32) -> String { strings[Int(id)] }

    /// Bytes of text held (for memory accounting).
    public var byteCount: Int { strings.reduce(0) { $0 + $1.utf8.count } }
}
