import Foundation

/// The `math` functions about the spacing of floats and IEEE remainders: `nextafter`, `ulp`, `remainder`,
/// with CPython's domain errors.
enum MathSteps {
    static let functions: [String: Value] = Dictionary(uniqueKeysWithValues: [
        VM.function("math", "nextafter") { _, args, kw in
            try Arguments.check("nextafter", args, kw, min: 2, max: 2)
            return .float(Foundation.nextafter(try MathModule.number(args[0]), try MathModule.number(args[1])))
        },
        VM.function("math", "ulp") { _, args, kw in
            try Arguments.check("ulp", args, kw, min: 1, max: 1)
            let x = Swift.abs(try MathModule.number(args[0]))
            return .float(x.isFinite ? x.ulp : x)
        },
        VM.function("math", "remainder") { _, args, kw in
            try Arguments.check("remainder", args, kw, min: 2, max: 2)
            let x = try MathModule.number(args[0]), y = try MathModule.number(args[1])
            if x.isNaN || y.isNaN { return .float(.nan) }
            if x.isInfinite || y == 0 { throw MathModule.domain }
            return .float(Foundation.remainder(x, y))
        },
    ])
}
