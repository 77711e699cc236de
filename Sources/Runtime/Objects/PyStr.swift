/// A Python `str`: immutable text, indexed by Unicode code point.
final class PyStr: PyObject {
    let value: String
    private var cachedScalars: [Unicode.Scalar]?
    private var cachedHash: Int?

    init(_ value: String) {
        self.value = value
        super.init(kind: .str)
    }

    /// The code points, computed once on first use.
    var scalars: [Unicode.Scalar] {
        if let s = cachedScalars { return s }
        let s = Array(value.unicodeScalars)
        cachedScalars = s
        return s
    }

    var count: Int { cachedScalars?.count ?? (value.utf8.count == value.unicodeScalars.count ? value.utf8.count : scalars.count) }

    /// A deterministic hash (CPython's is randomised per process, so no program can depend on its value).
    var hash: Int {
        if let h = cachedHash { return h }
        let h = CPythonHash.string(value)
        cachedHash = h
        return h
    }
}
