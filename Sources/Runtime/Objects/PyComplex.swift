import Glibc

/// A `complex` number: two doubles, immutable, with CPython's repr, hash and attributes.
final class PyComplex: PyNativeObject, CustomReprObject, NativeAttributes {
    let real: Double
    let imag: Double

    static let type: PyType = {
        let t = PyType("complex", base: BuiltinTypes.object)
        t.constructor = ComplexArithmetic.construct
        t.define("conjugate") { _, args, kw in
            try Arguments.check("conjugate", Array(args.dropFirst()), kw, min: 0, max: 0)
            guard let c = args.first?.object as? PyComplex else { throw PyError.type("descriptor 'conjugate' requires a 'complex' object") }
            return .object(PyComplex(c.real, -c.imag))
        }
        return t
    }()

    init(_ real: Double, _ imag: Double) {
        self.real = real
        self.imag = imag
        super.init(type: PyComplex.type)
    }

    /// `(1+2j)`, `2j`, `(-0-1j)`: each part as the shortest repr without a trailing `.0`.
    var pythonRepr: String {
        func part(_ d: Double) -> String { PyDoubleFormat.string(d, code: "r", precision: 0) }
        if real == 0 && copysign(1.0, real) == 1.0 { return part(imag) + "j" }
        let sign = imag.sign == .minus || (imag.isNaN && imag.sign == .minus) ? "" : "+"
        return "(" + part(real) + sign + part(imag) + "j)"
    }

    func attribute(_ name: String, vm: VM) throws -> Value? {
        switch name {
        case "real": return .float(real)
        case "imag": return .float(imag)
        default: return nil
        }
    }

    func setAttribute(_ name: String, _ value: Value) throws -> Bool {
        throw PyError.attribute("readonly attribute")
    }

    /// `hash(z)` as CPython: the real part's hash plus 1000003 times the imaginary part's.
    var hash: Int {
        let h = CPythonHash.float(real, identity: 0) &+ 1_000_003 &* CPythonHash.float(imag, identity: 0)
        return h == -1 ? -2 : h
    }
}
