/// The length of a vector as CPython 3.11's `math.hypot` and `math.dist` compute it: the components scaled by a
/// power of two, their squares summed with error-free transformations (each product and sum split into a
/// rounded part and its exact error), the square root taken, then corrected once by the residual, so the
/// result is the correctly rounded length in nearly every case and the same bits as CPython's.
enum EuclideanNorm {
    static func of(_ components: [Double]) -> Double {
        let magnitudes = components.map { Swift.abs($0) }
        let largest = magnitudes.max() ?? 0
        if largest.isInfinite { return largest }
        if magnitudes.contains(where: \.isNaN) { return .nan }
        return scaled(magnitudes, largest)
    }

    private static func scaled(_ values: [Double], _ largest: Double) -> Double {
        if largest == 0 || values.count <= 1 { return largest }
        let exponent = Int(largest.exponent) + 1
        if exponent < -1023 {
            let lifted = values.map { $0 / Double.leastNormalMagnitude }
            return Double.leastNormalMagnitude * scaled(lifted, largest / Double.leastNormalMagnitude)
        }
        let scale = Double(sign: .plus, exponent: -exponent, significand: 1.0)
        var total = 1.0, productErrors = 0.0, sumErrors = 0.0
        func add(square: Double, error: Double) {
            let sum = total + square
            sumErrors += (total - sum) + square
            total = sum
            productErrors += error
        }
        for value in values {
            let x = value * scale
            let square = x * x
            add(square: square, error: fusedError(x, x, square))
        }
        var root = (total - 1.0 + (productErrors + sumErrors)).squareRoot()
        let square = -root * root
        add(square: square, error: fusedError(-root, root, square))
        let residual = total - 1.0 + (productErrors + sumErrors)
        root += residual / (2.0 * root)
        return root / scale
    }

    /// The exact error of the rounded product `a * b = product`.
    private static func fusedError(_ a: Double, _ b: Double, _ product: Double) -> Double {
        (-product).addingProduct(a, b)
    }
}
