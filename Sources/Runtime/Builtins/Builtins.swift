import BigInt
import Glibc

/// The builtin namespace: functions, types and exception classes a scenario
/// can name without importing anything.
enum Builtins {
    static let table: [String: Value] = {
        var t: [String: Value] = [:]
        for (name, body) in functions + ObjectModelBuiltins.functions + NamespaceBuiltins.functions {
            t[name] = .object(PyBuiltin(name, body))
        }
        for type in BuiltinConstructors.types { t[type.name] = .object(type) }
        for type in ExceptionTypes.all { t[type.name] = .object(type) }
        t["IOError"] = .object(ExceptionTypes.osError)
        t["EnvironmentError"] = .object(ExceptionTypes.osError)
        t["__name__"] = .str("__main__")
        t["NotImplemented"] = .object(NotImplementedValue.instance)
        t["Ellipsis"] = .object(EllipsisValue.instance)
        return t
    }()

    static let functions: [(String, PyBuiltin.Body)] = [
        ("print", print),
        ("len", { vm, args, kw in
            try Arguments.check("len", args, kw, min: 1, max: 1)
            return .int(try length(args[0]))
        }),
        ("repr", { _, args, kw in
            try Arguments.check("repr", args, kw, min: 1, max: 1)
            return .str(try IntDigitsLimit.check { Repr.repr(args[0]) })
        }),
        ("ascii", { _, args, kw in
            try Arguments.check("ascii", args, kw, min: 1, max: 1)
            return .str(Formatting.asciiRepr(args[0]))
        }),
        ("abs", { _, args, kw in
            try Arguments.check("abs", args, kw, min: 1, max: 1)
            switch args[0] {
            case .int(let i):
                if i == Int.min { return .integer(-BigInt(i)) }
                return .int(Swift.abs(i))
            case .bool(let b): return .int(b ? 1 : 0)
            case .float(let d): return .float(Swift.abs(d))
            case .object(let o as PyBigInt): return .integer(BigInt(sign: .plus, magnitude: o.value.magnitude))
            case .object(let c as PyComplex):
                let r = hypot(c.real, c.imag)
                if r.isInfinite && c.real.isFinite && c.imag.isFinite { throw PyError.overflow("absolute value too large") }
                return .float(r)
            default:
                if let r = try SpecialMethods.unary("__abs__", args[0]) { return r }
                throw PyError.type("bad operand type for abs(): '\(TypeOf.name(args[0]))'")
            }
        }),
        ("isinstance", { _, args, kw in
            try Arguments.check("isinstance", args, kw, min: 2, max: 2)
            return .bool(try isInstance(args[0], args[1]))
        }),
        ("callable", { _, args, kw in
            try Arguments.check("callable", args, kw, min: 1, max: 1)
            guard let o = args[0].object else { return .bool(false) }
            if let instance = o as? PyInstance { return .bool(instance.type.lookupClassAttribute("__call__") != nil) }
            return .bool([.function, .builtin, .boundMethod, .type].contains(o.kind))
        }),
        ("id", { vm, args, kw in
            try Arguments.check("id", args, kw, min: 1, max: 1)
            if let o = args[0].object { return .int(vm.identity(of: o)) }
            return .int(try Hashing.hash(args[0]) & 0xFFFF_FFFF | 0x5500_0000_0000)
        }),
        ("hash", { _, args, kw in
            try Arguments.check("hash", args, kw, min: 1, max: 1)
            return .int(try Hashing.hash(args[0]))
        }),
        ("iter", { _, args, kw in
            try Arguments.check("iter", args, kw, min: 1, max: 2)
            if args.count == 2 {
                guard let o = args[0].object, [.function, .builtin, .boundMethod, .type].contains(o.kind) else {
                    throw PyError.type("iter(v, w): v must be callable")
                }
                return .object(PyIterator(.callable(args[0], sentinel: args[1]), typeName: "callable_iterator"))
            }
            let it = try Iteration.iterator(args[0])
            if case .protocol(let object) = it.source { return object }
            return .object(it)
        }),
        ("next", { vm, args, kw in
            try Arguments.check("next", args, kw, min: 1, max: 2)
            if SpecialMethods.typeSpecial(args[0], "__next__") != nil {
                if let v = try SpecialMethods.next(args[0]) { return v }
                if args.count == 2 { return args[1] }
                throw PyError(PyException(ExceptionTypes.stopIteration, []))
            }
            guard let it = args[0].object as? PyIterator else {
                throw PyError.type("'\(TypeOf.name(args[0]))' object is not an iterator")
            }
            if case .generator(let body) = it.source, !it.exhausted {
                switch try vm.resume(body) {
                case .yielded(let v), .awaiting(let v): return v
                case .returned(let r):
                    it.exhausted = true
                    if args.count == 2 { return args[1] }
                    throw vm.stopIteration(r)
                }
            }
            if let v = try it.next(vm) { return v }
            if args.count == 2 { return args[1] }
            throw PyError(PyException(ExceptionTypes.stopIteration, []))
        }),
        ("aiter", AsyncIteration.aiter),
        ("anext", AsyncIteration.anext),
        ("format", { _, args, kw in
            try Arguments.check("format", args, kw, min: 1, max: 2)
            return .str(try Formatting.format(args[0], args.count == 2 ? try Arguments.string(args[1], "format() argument 2") : ""))
        }),
        ("input", input),
        // `exit()` and `quit()`, which the site module adds: they raise SystemExit as sys.exit does.
        ("exit", { _, args, kw in
            try Arguments.check("exit", args, kw, min: 0, max: 1)
            throw PyError(PyException(ExceptionTypes.systemExit, args))
        }),
        ("quit", { _, args, kw in
            try Arguments.check("quit", args, kw, min: 0, max: 1)
            throw PyError(PyException(ExceptionTypes.systemExit, args))
        }),
        ("chr", { _, args, kw in
            try Arguments.check("chr", args, kw, min: 1, max: 1)
            let i = try Arguments.int(args[0])
            guard i >= 0, i < 0x110000, let s = Unicode.Scalar(UInt32(i)) else {
                if i >= 0xD800 && i < 0xE000 { throw PyError.value("asyncviz strings cannot hold surrogate code points") }
                throw PyError.value("chr() arg not in range(0x110000)")
            }
            return .str(String(s))
        }),
        ("ord", { _, args, kw in
            try Arguments.check("ord", args, kw, min: 1, max: 1)
            guard let s = args[0].asStr else {
                throw PyError.type("ord() expected string of length 1, but \(TypeOf.name(args[0])) found")
            }
            guard s.count == 1 else { throw PyError.type("ord() expected a character, but string of length \(s.count) found") }
            return .int(Int(s.scalars[0].value))
        }),
        ("hex", { _, args, kw in try Arguments.check("hex", args, kw, min: 1, max: 1); return .str(try radix(args[0], 16, "0x")) }),
        ("oct", { _, args, kw in try Arguments.check("oct", args, kw, min: 1, max: 1); return .str(try radix(args[0], 8, "0o")) }),
        ("bin", { _, args, kw in try Arguments.check("bin", args, kw, min: 1, max: 1); return .str(try radix(args[0], 2, "0b")) }),
        ("divmod", { _, args, kw in
            try Arguments.check("divmod", args, kw, min: 2, max: 2)
            if SpecialMethods.classOf(args[0]) != nil || SpecialMethods.classOf(args[1]) != nil,
               let r = try SpecialMethods.dispatch(args[0], args[1], forward: "__divmod__", reflected: "__rdivmod__") {
                return r
            }
            let args = args.map { SpecialMethods.baseValue($0) ?? $0 }
            if let x = args[0].bigInt, let y = args[1].bigInt {
                if y.isZero { throw PyError.zeroDivision("integer division or modulo by zero") }
                let (q, r) = BigArithmetic.divMod(x, y)
                return .object(PyTuple([.integer(q), .integer(r)]))
            }
            guard let x = try Arithmetic.toFloat(args[0]), let y = try Arithmetic.toFloat(args[1]) else {
                throw PyError.type("unsupported operand type(s) for divmod(): '\(TypeOf.name(args[0]))' and '\(TypeOf.name(args[1]))'")
            }
            if y == 0 { throw PyError.zeroDivision("float divmod()") }
            let (q, r) = Arithmetic.floatDivMod(x, y)
            return .object(PyTuple([.float(q), .float(r)]))
        }),
        ("pow", { _, args, kw in
            try Arguments.check("pow", args, kw, min: 2, max: 3)
            if args.count == 3, !args[2].isNoneValue {
                guard let b = args[0].bigInt, let e = args[1].bigInt, let m = args[2].bigInt else {
                    if Arithmetic.floatValue(args[0]) != nil && Arithmetic.floatValue(args[1]) != nil {
                        throw PyError.type("pow() 3rd argument not allowed unless all arguments are integers")
                    }
                    throw PyError.type("unsupported operand type(s) for ** or pow(): '\(TypeOf.name(args[0]))', "
                        + "'\(TypeOf.name(args[1]))', '\(TypeOf.name(args[2]))'")
                }
                return try BigArithmetic.modularPower(b, e, m)
            }
            return try Arithmetic.binary(.pow, args[0], args[1])
        }),
        ("round", round),
        ("sum", { vm, args, kw in
            try Arguments.check("sum", args, kw, min: 1, max: 2, keywords: ["start"])
            var total = args.count == 2 ? args[1] : (Arguments.keyword(kw, "start") ?? .int(0))
            if total.asStr != nil { throw PyError.type("sum() can't sum strings [use ''.join(seq) instead]") }
            for item in try Iteration.materialize(args[0], vm: vm) {
                total = try Arithmetic.binary(.add, total, item)
            }
            return total
        }),
        ("min", { vm, args, kw in try extremum("min", .lt, vm, args, kw) }),
        ("max", { vm, args, kw in try extremum("max", .gt, vm, args, kw) }),
        ("any", { vm, args, kw in
            try Arguments.check("any", args, kw, min: 1, max: 1)
            let it = try Iteration.iterator(args[0])
            while let v = try it.next(vm) {
                if Truth.isTrue(v) { return .bool(true) }
            }
            return .bool(false)
        }),
        ("all", { vm, args, kw in
            try Arguments.check("all", args, kw, min: 1, max: 1)
            let it = try Iteration.iterator(args[0])
            while let v = try it.next(vm) {
                if !Truth.isTrue(v) { return .bool(false) }
            }
            return .bool(true)
        }),
        ("sorted", { vm, args, kw in
            try Arguments.check("sorted", args, kw, min: 1, max: 1, keywords: ["key", "reverse"])
            var items = try Iteration.materialize(args[0], vm: vm)
            try sortItems(&items, vm: vm, kw)
            return .object(PyList(items))
        }),
        ("reversed", { vm, args, kw in
            try Arguments.check("reversed", args, kw, min: 1, max: 1)
            if let hook = SpecialMethods.typeSpecial(args[0], "__reversed__") {
                return try SpecialMethods.invoke(hook, args[0], [])
            }
            if let r = args[0].object as? PyBigRange { return .object(r.iterator(reversed: true)) }
            let sequence = SpecialMethods.baseValue(args[0]) ?? args[0]
            guard let o = sequence.object, [.list, .tuple, .str, .range, .dict].contains(o.kind) else {
                throw PyError.type("'\(TypeOf.name(args[0]))' object is not reversible")
            }
            let name = o.kind == .list ? "list_reverseiterator" : o.kind == .range ? "range_iterator" : "reversed"
            return .object(PyIterator(.values(try Iteration.materialize(sequence, vm: vm).reversed()), typeName: name))
        }),
        ("enumerate", { _, args, kw in
            try Arguments.check("enumerate", args, kw, min: 1, max: 2, keywords: ["start"])
            let start = try Arguments.int(args.count == 2 ? args[1] : Arguments.keyword(kw, "start") ?? .int(0))
            return .object(PyIterator(.enumerate(try Iteration.iterator(args[0])), typeName: "enumerate", position: start))
        }),
        ("zip", { _, args, kw in
            try Arguments.check("zip", args, kw, min: 0, max: Int.max, keywords: ["strict"])
            return .object(PyIterator(.zip(try args.map(Iteration.iterator)), typeName: "zip"))
        }),
        ("map", { _, args, kw in
            try Arguments.check("map", args, kw, min: 2, max: Int.max)
            return .object(PyIterator(.map(args[0], try args.dropFirst().map(Iteration.iterator)), typeName: "map"))
        }),
        ("filter", { _, args, kw in
            try Arguments.check("filter", args, kw, min: 2, max: 2)
            return .object(PyIterator(.filter(args[0], try Iteration.iterator(args[1])), typeName: "filter"))
        }),
    ]

    static func print(_ vm: VM, _ args: [Value], _ kw: KeywordArguments) throws -> Value {
        var sep = " ", end = "\n", file = Value.none, flush = false
        for (k, v) in kw {
            switch k {
            case "sep", "end":
                var text = k == "sep" ? " " : "\n"
                if let s = v.asStr { text = s.value } else if case .none = v {} else {
                    throw PyError.type("\(k) must be None or a string, not \(TypeOf.name(v))")
                }
                if k == "sep" { sep = text } else { end = text }
            case "flush":
                flush = Truth.isTrue(v)
            case "file":
                file = v
            default:
                let e = PyException(ExceptionTypes.typeError, "'\(k)' is an invalid keyword argument for print()")
                if let hint = Suggestions.closest(to: k, among: ["sep", "end", "file", "flush"]) { e.attributes["hint"] = .str(hint) }
                throw PyError(e)
            }
        }
        // Each argument is converted in turn: when a `__str__` raises, the ones before it (and a separator) are
        // written, as CPython writes them, before the error propagates.
        var pieces: [String] = []
        for arg in args {
            let piece = try IntDigitsLimit.check { Repr.str(arg) }
            do {
                try NativeStack.raiseTripped()
            } catch {
                if !pieces.isEmpty { try PrintTarget.write(pieces, sep: sep, end: sep, file: file, flush: flush, vm: vm) }
                throw error
            }
            pieces.append(piece)
        }
        try PrintTarget.write(pieces, sep: sep, end: end, file: file, flush: flush, vm: vm)
        return .none
    }

    /// `input(prompt)`: the prompt on stdout, then one line of standard input without its newline.
    static func input(_ vm: VM, _ args: [Value], _ kw: KeywordArguments) throws -> Value {
        try Arguments.check("input", args, kw, min: 0, max: 1)
        if let prompt = args.first { vm.write(.stdout, try IntDigitsLimit.check { Repr.str(prompt) }) }
        guard let line = readLine(strippingNewline: true) else {
            throw PyError(ExceptionTypes.eofError, "EOF when reading a line")
        }
        return .str(line)
    }

    static func length(_ v: Value) throws -> Int {
        if let o = v.object {
            switch o.kind {
            case .str: return (o as! PyStr).count
            case .list: return (o as! PyList).items.count
            case .tuple: return (o as! PyTuple).items.count
            case .dict: return (o as! PyDict).count
            case .set, .frozenset: return (o as! PySet).count
            case .range:
                guard let n = (o as! PyRange).exactCount else { throw PyError.overflow("Python int too large to convert to C ssize_t") }
                return n
            case .type:
                if let n = try ClassHooks.length(o as! PyType) { return n }
            case .native, .exception:
                if let view = o as? PyDictView { return view.dict.count }
                if let proxy = o as? PyMappingProxy { return proxy.dict.count }
                if let r = o as? PyBigRange { return try r.length }
                if let b = o as? PyBytes { return b.data.count }
                if let n = try SpecialMethods.length(v) { return n }
            default: break
            }
        }
        throw PyError.type("object of type '\(TypeOf.name(v))' has no len()")
    }

    static func isInstance(_ v: Value, _ type: Value) throws -> Bool {
        if let t = type.object as? PyType {
            if TypeOf.type(v).isSubtype(of: t) { return true }
            return try ClassHooks.isInstance(v, t) ?? false
        }
        if let tuple = type.asTuple {
            for item in tuple.items where try isInstance(v, item) { return true }
            return false
        }
        if let union = type.object as? PyUnionType { return try isInstance(v, .object(PyTuple(union.members))) }
        throw PyError.type("isinstance() arg 2 must be a type, a tuple of types, or a union")
    }

    /// `hex`, `oct` and `bin` of an int of either size.
    static func radix(_ v: Value, _ base: Int, _ prefix: String) throws -> String {
        guard let i = try v.bigInt ?? SpecialMethods.index(v).map({ BigInt($0) }) else { throw PyError.type("'\(TypeOf.name(v))' object cannot be interpreted as an integer") }
        return (i.sign == .minus ? "-" : "") + prefix + String(i.magnitude, radix: base)
    }

    static func sortItems(_ items: inout [Value], vm: VM, _ kw: KeywordArguments) throws {
        let reverse = Truth.isTrue(Arguments.keyword(kw, "reverse") ?? .bool(false))
        var keys: [Value]?
        if let key = Arguments.keyword(kw, "key"), !key.isNoneValue {
            keys = try items.map { try vm.call(key, [$0]) }
        }
        try StableSort.sort(&items, keys: keys, reverse: reverse)
    }

    static func extremum(_ name: String, _ op: CompareOp, _ vm: VM, _ args: [Value], _ kw: KeywordArguments) throws -> Value {
        try Arguments.check(name, args, kw, min: 1, max: Int.max, keywords: ["key", "default"])
        let items = args.count == 1 ? try Iteration.materialize(args[0], vm: vm) : args
        if args.count > 1, Arguments.keyword(kw, "default") != nil {
            throw PyError.type("Cannot specify a default for \(name)() with multiple positional arguments")
        }
        guard !items.isEmpty else {
            if let d = Arguments.keyword(kw, "default") { return d }
            throw PyError.value("\(name)() arg is an empty sequence")
        }
        let key = Arguments.keyword(kw, "key").flatMap { $0.isNoneValue ? nil : $0 }
        var best = items[0]
        var bestKey = key == nil ? best : try vm.call(key!, [best])
        for item in items.dropFirst() {
            let k = key == nil ? item : try vm.call(key!, [item])
            if try Comparison.order(op, k, bestKey) {
                best = item
                bestKey = k
            }
        }
        return best
    }

    static func round(_ vm: VM, _ args: [Value], _ kw: KeywordArguments) throws -> Value {
        try Arguments.check("round", args, kw, min: 1, max: 2, keywords: ["ndigits"])
        let digits = args.count == 2 ? args[1] : Arguments.keyword(kw, "ndigits") ?? .none
        if let i = args[0].bigInt {
            if digits.isNoneValue { return .integer(i) }
            let n = try Arguments.int(digits)
            guard n < 0 else { return .integer(i) }
            // Half to even at the 10**-n place.
            let p = BigInt(10).power(-n)
            let (q, r) = BigArithmetic.divMod(i, p)
            let twice = r * 2
            let up = twice > p || (twice == p && !(q % 2).isZero)
            return .integer((up ? q + 1 : q) * p)
        }
        switch args[0] {
        case .float(let d):
            if case .none = digits {
                guard d.isFinite else {
                    throw d.isNaN ? PyError.value("cannot convert float NaN to integer") : PyError.overflow("cannot convert float infinity to integer")
                }
                return .integer(BigInt(exactly: d.rounded(.toNearestOrEven))!)
            }
            let n = try Arguments.int(digits)
            guard d.isFinite, d != 0 else { return .float(d) }
            if n > 323 { return .float(d) }
            if n >= 0 {
                let text = CFormat.fixed(d, precision: n)
                return .float(Double(text) ?? d)
            }
            if n < -308 { return .float(0.0 * d) }
            let scale = pow(10.0, Double(-n))
            let scaled = (d / scale).rounded(.toNearestOrEven) * scale
            return .float(scaled == 0 ? copysign(0.0, d) : scaled)
        default:
            if let base = SpecialMethods.baseValue(args[0]) { return try round(vm, [base] + args.dropFirst(), kw) }
            throw PyError.type("type \(TypeOf.name(args[0])) doesn't define __round__ method")
        }
    }
}

/// printf-style fixed-point formatting through the C library, which rounds exactly.
enum CFormat {
    static func fixed(_ d: Double, precision: Int) -> String {
        var buffer = [CChar](repeating: 0, count: 400)
        let n = withVaList([Int32(precision), d]) { vsnprintf(&buffer, buffer.count, "%.*f", $0) }
        if n >= buffer.count {
            buffer = [CChar](repeating: 0, count: Int(n) + 1)
            _ = withVaList([Int32(precision), d]) { vsnprintf(&buffer, buffer.count, "%.*f", $0) }
        }
        return String(cString: buffer)
    }
}
