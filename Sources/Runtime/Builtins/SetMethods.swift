/// Methods of `set` and `frozenset`.
enum SetMethods {
    static func install(on t: PyType, frozen: Bool) {
        func set(_ args: [Value]) -> PySet { args[0].asSet! }
        func others(_ vm: VM, _ args: [Value]) throws -> [PySet] {
            try args.dropFirst().map { v in
                if let s = v.asSet { return s }
                let s = PySet()
                try s.add(contentsOf: try Iteration.materialize(v, vm: vm))
                return s
            }
        }
        /// `set_update_internal`: merge a set, or add an iterable's items in their order.
        func update(_ target: PySet, with v: Value, vm: VM) throws {
            if let s = v.asSet { target.merge(s) } else { try target.add(contentsOf: try Iteration.materialize(v, vm: vm)) }
        }
        t.define("union") { vm, args, _ in
            let result = set(args).copy()
            for v in args.dropFirst() { try update(result, with: v, vm: vm) }
            return .object(result)
        }
        t.define("intersection") { vm, args, _ in
            var result = set(args).copy()
            for v in args.dropFirst() {
                if let s = v.asSet {
                    result = try SetAlgebra.intersection(result, s, inPlace: false)
                } else {
                    let next = PySet(frozen: result.kind == .frozenset)
                    for item in try Iteration.materialize(v, vm: vm) where try result.contains(item) { try next.add(item) }
                    result = next
                }
            }
            return .object(result)
        }
        t.define("difference") { vm, args, _ in
            var result = set(args).copy()
            for o in try others(vm, args) { result = try SetAlgebra.difference(result, o, inPlace: true) }
            return .object(result)
        }
        t.define("symmetric_difference") { vm, args, kw in
            try Arguments.check("symmetric_difference", Array(args.dropFirst()), kw, min: 1, max: 1)
            return .object(try SetAlgebra.symmetricDifference(set(args), try others(vm, args)[0], inPlace: false))
        }
        t.define("issubset") { vm, args, kw in
            try Arguments.check("issubset", Array(args.dropFirst()), kw, min: 1, max: 1)
            return .bool(try Comparison.isSubset(set(args), try others(vm, args)[0]))
        }
        t.define("issuperset") { vm, args, kw in
            try Arguments.check("issuperset", Array(args.dropFirst()), kw, min: 1, max: 1)
            return .bool(try Comparison.isSubset(try others(vm, args)[0], set(args)))
        }
        t.define("isdisjoint") { vm, args, kw in
            try Arguments.check("isdisjoint", Array(args.dropFirst()), kw, min: 1, max: 1)
            let other = try others(vm, args)[0]
            return .bool(try set(args).elements.allSatisfy { !(try other.contains($0)) })
        }
        t.define("copy") { _, args, _ in .object(set(args).copy()) }
        guard !frozen else { return }
        t.define("add") { vm, args, kw in
            try Arguments.check("add", Array(args.dropFirst()), kw, min: 1, max: 1)
            try set(args).add(args[1])
            if set(args).count & 0xFFFF == 0 { try vm.limits.checkAllocation(set(args).count) }
            return .none
        }
        t.define("remove") { _, args, kw in
            try Arguments.check("remove", Array(args.dropFirst()), kw, min: 1, max: 1)
            if !(try set(args).remove(args[1])) { throw PyError.key(args[1]) }
            return .none
        }
        t.define("discard") { _, args, kw in
            try Arguments.check("discard", Array(args.dropFirst()), kw, min: 1, max: 1)
            try set(args).remove(args[1])
            return .none
        }
        t.define("pop") { _, args, _ in
            guard let v = set(args).table.popFirst() else {
                throw PyError(PyException(ExceptionTypes.keyError, [.str("pop from an empty set")]))
            }
            return v
        }
        t.define("clear") { _, args, _ in
            set(args).table.clear()
            return .none
        }
        t.define("update") { vm, args, _ in
            for v in args.dropFirst() { try update(set(args), with: v, vm: vm) }
            return .none
        }
        t.define("intersection_update") { vm, args, _ in
            for o in try others(vm, args) { _ = try SetAlgebra.intersection(set(args), o, inPlace: true) }
            return .none
        }
        t.define("difference_update") { vm, args, _ in
            for o in try others(vm, args) { _ = try SetAlgebra.difference(set(args), o, inPlace: true) }
            return .none
        }
        t.define("symmetric_difference_update") { vm, args, kw in
            try Arguments.check("symmetric_difference_update", Array(args.dropFirst()), kw, min: 1, max: 1)
            for o in try others(vm, args) { _ = try SetAlgebra.symmetricDifference(set(args), o, inPlace: true) }
            return .none
        }
    }
}
