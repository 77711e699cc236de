/// A `bytes` (immutable) or `bytearray` (mutable) value: a sequence of octets whose items are ints 0–255.
/// One class serves both; `isMutable` tells them apart, and their Python types are `bytesType` and
/// `bytearrayType`.
final class PyBytes: PyNativeObject, CustomReprObject {
    var data: [UInt8]
    let isMutable: Bool
    private var cachedHash: Int?

    static let bytesType = PyType("bytes", base: BuiltinTypes.object)
    static let bytearrayType = PyType("bytearray", base: BuiltinTypes.object)

    init(_ data: [UInt8], mutable: Bool = false) {
        self.data = data
        self.isMutable = mutable
        super.init(type: mutable ? PyBytes.bytearrayType : PyBytes.bytesType)
    }

    /// A new value of the same kind (`bytes` or `bytearray`) as `self`.
    func sameKind(_ data: [UInt8]) -> PyBytes { PyBytes(data, mutable: isMutable) }

    /// `b'a\n'`, `bytearray(b'\x00')`.
    var pythonRepr: String {
        isMutable ? "bytearray(" + PyBytes.literal(data, escapingApostrophe: true) + ")" : PyBytes.literal(data)
    }

    /// The hash of a `bytes` (the same as that of a str of the same ASCII text, as in CPython).
    var hash: Int {
        if let h = cachedHash { return h }
        let h = CPythonHash.octets(data)
        cachedHash = h
        return h
    }

    /// The literal for `data`: single quotes unless the data holds `'` and no `"`; printable ASCII as itself,
    /// `\t`, `\n`, `\r`, `\\` and the quote escaped, everything else as `\xNN`. A bytearray's repr escapes `'`
    /// even inside double quotes, as CPython's does.
    static func literal(_ data: [UInt8], escapingApostrophe: Bool = false) -> String {
        let quote: UInt8 = data.contains(0x27) && !data.contains(0x22) ? 0x22 : 0x27
        var out = "b"
        out.unicodeScalars.append(Unicode.Scalar(quote))
        for byte in data {
            switch byte {
            case 0x09: out += "\\t"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x5C: out += "\\\\"
            case quote, 0x27 where escapingApostrophe: out += "\\" + String(Unicode.Scalar(byte))
            case 0x20..<0x7F: out.unicodeScalars.append(Unicode.Scalar(byte))
            default: out += "\\x" + hexByte(byte)
            }
        }
        out.unicodeScalars.append(Unicode.Scalar(quote))
        return out
    }

    /// Two lowercase hex digits.
    static func hexByte(_ byte: UInt8) -> String {
        let digits = Array("0123456789abcdef".unicodeScalars)
        return String(String.UnicodeScalarView([digits[Int(byte >> 4)], digits[Int(byte & 15)]]))
    }
}

extension Value {
    /// The octets of a `bytes` or `bytearray`, else nil.
    var bytesData: [UInt8]? { (object as? PyBytes)?.data }
}
