/// Python's `repr(float)` and `str(float)`: the shortest round-trip digits, in fixed notation with at
/// least `.0` when the decimal exponent is in -4..<16 and in exponent notation (`1e+16`, `1e-05`) otherwise.
enum FloatRepr {
    static func repr(_ x: Double) -> String {
        PyDoubleFormat.string(x, code: "r", precision: 0, addDotZero: true)
    }
}
