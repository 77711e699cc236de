import BigInt

/// `range`'s methods (`index`, `count`) and attributes (`start`, `stop`, `step`), for ranges of any size.
enum RangeMethods {
    /// The bounds of a range of either representation.
    static func bounds(_ v: Value) -> RangeBounds? {
        switch v.object {
        case let r as PyRange: return r.bounds
        case let r as PyBigRange: return r.bounds
        default: return nil
        }
    }

    static func install(on t: PyType) {
        t.define("index") { vm, args, kw in
            try Arguments.check("index", Array(args.dropFirst()), kw, min: 1, max: 1)
            guard let position = try find(args, vm: vm) else {
                throw PyError.value("\(Repr.repr(args[1])) is not in range")
            }
            return .integer(position)
        }
        t.define("count") { vm, args, kw in
            try Arguments.check("count", Array(args.dropFirst()), kw, min: 1, max: 1)
            guard let r = args.first.flatMap(bounds) else {
                throw PyError.type("descriptor 'count' requires a 'range' object")
            }
            if let v = args[1].bigInt { return .int(r.position(of: v) == nil ? 0 : 1) }
            var found = 0
            for item in try Iteration.materialize(args[0], vm: vm) where Equality.identicalOrEqual(item, args[1]) {
                found += 1
            }
            return .int(found)
        }
    }

    /// Where `args[1]` is in the range `args[0]`: by arithmetic for an int, else by comparing each item.
    private static func find(_ args: [Value], vm: VM) throws -> BigInt? {
        guard let r = args.first.flatMap(bounds) else {
            throw PyError.type("descriptor 'index' requires a 'range' object")
        }
        if let v = args[1].bigInt { return r.position(of: v) }
        let it = try Iteration.iterator(args[0])
        var i = 0
        while let item = try it.next(vm) {
            if Equality.identicalOrEqual(item, args[1]) { return BigInt(i) }
            i += 1
        }
        return nil
    }

    /// `r.start`, `r.stop`, `r.step`.
    static func attribute(_ r: PyRange, _ name: String) -> Value? {
        switch name {
        case "start": return .int(r.start)
        case "stop": return .int(r.stop)
        case "step": return .int(r.step)
        default: return nil
        }
    }
}
