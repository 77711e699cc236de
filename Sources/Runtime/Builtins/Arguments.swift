/// Checking the arguments of native functions, with CPython's messages.
enum Arguments {
    /// Fails unless `args.count` is within `min...max` and no keyword outside `keywords` was given.
    static func check(_ name: String, _ args: [Value], _ kwargs: KeywordArguments, min: Int, max: Int, keywords: [String] = []) throws {
        for (k, _) in kwargs where !keywords.contains(k) {
            if keywords.isEmpty { throw PyError.type("\(name)() takes no keyword arguments") }
            let e = PyException(ExceptionTypes.typeError, "\(name)() got an unexpected keyword argument '\(k)'")
            if let hint = Suggestions.closest(to: k, among: keywords) { e.attributes["hint"] = .str(hint) }
            throw PyError(e)
        }
        if args.count < min || args.count > max {
            if min == max {
                throw PyError.type(min == 1 ? "\(name)() takes exactly one argument (\(args.count) given)" : "\(name)() takes exactly \(min) arguments (\(args.count) given)")
            }
            if args.count < min {
                throw PyError.type("\(name) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(args.count)")
            }
            throw PyError.type("\(name) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(args.count)")
        }
    }

    static func keyword(_ kwargs: KeywordArguments, _ name: String) -> Value? {
        kwargs.last { $0.name == name }?.value
    }

    /// An int argument, with CPython's message for other types.
    static func int(_ v: Value) throws -> Int {
        if let i = Arithmetic.intValue(v) { return i }
        if v.isBigInt { throw BigArithmetic.indexOverflow() }
        if let i = try SpecialMethods.index(v) { return i }
        throw PyError.type("'\(TypeOf.name(v))' object cannot be interpreted as an integer")
    }

    static func string(_ v: Value, _ what: String) throws -> String {
        if let s = v.asStr { return s.value }
        throw PyError.type("\(what) must be str, not \(TypeOf.name(v))")
    }
}

/// A stable merge sort whose comparison may raise, as `sorted` and `list.sort` need.
enum StableSort {
    static func sort(_ items: inout [Value], keys: [Value]? = nil, reverse: Bool) throws {
        guard items.count > 1 else { return }
        let keys = keys ?? items
        var order = Array(items.indices)
        var buffer = order
        func less(_ a: Int, _ b: Int) throws -> Bool {
            reverse ? try Comparison.order(.lt, keys[b], keys[a]) : try Comparison.order(.lt, keys[a], keys[b])
        }
        var width = 1
        while width < order.count {
            var start = 0
            while start < order.count {
                let mid = min(start + width, order.count), end = min(start + 2 * width, order.count)
                var i = start, j = mid, k = start
                while i < mid && j < end {
                    if try less(order[j], order[i]) { buffer[k] = order[j]; j += 1 } else { buffer[k] = order[i]; i += 1 }
                    k += 1
                }
                while i < mid { buffer[k] = order[i]; i += 1; k += 1 }
                while j < end { buffer[k] = order[j]; j += 1; k += 1 }
                start += 2 * width
            }
            swap(&order, &buffer)
            width *= 2
            // Each pass is work in the size of the list: counted, so a signal or the budget stops a long sort.
            try Cost.charge(order.count)
        }
        items = order.map { items[$0] }
    }
}
