/// The `slice` builtin: `slice(stop)`, `slice(start, stop[, step])`, its `start`/`stop`/`step`
/// attributes and `indices(length)`.
enum SliceType {
    static func install(on t: PyType) {
        t.constructor = { _, args, kw in
            try Arguments.check("slice", args, kw, min: 1, max: 3)
            if args.count == 1 { return .object(PySlice(start: .none, stop: args[0], step: .none)) }
            return .object(PySlice(start: args[0], stop: args[1], step: args.count == 3 ? args[2] : .none))
        }
        t.define("indices") { _, args, kw in
            try Arguments.check("indices", Array(args.dropFirst()), kw, min: 1, max: 1)
            guard let s = args[0].object as? PySlice else { throw PyError.type("descriptor 'indices' requires a 'slice' object") }
            let length = try Arguments.int(args[1])
            if length < 0 { throw PyError.value("length should not be negative") }
            let (start, stop, step, _) = try Subscript.indices(s, length)
            return .object(PyTuple([.int(start), .int(stop), .int(step)]))
        }
    }

    /// `s.start`, `s.stop`, `s.step`.
    static func attribute(_ s: PySlice, _ name: String) -> Value? {
        switch name {
        case "start": return s.start
        case "stop": return s.stop
        case "step": return s.step
        default: return nil
        }
    }
}
