import BigInt

/// What calling a builtin type does: `int("42")`, `list(x)`, `dict(a=1)`, `ValueError("m")`.
enum BuiltinConstructors {
    static let types: [PyType] = {
        let t = BuiltinTypes.self
        t.int.constructor = makeInt
        t.float.constructor = makeFloat
        t.str.constructor = { _, args, kw in
            try Arguments.check("str", args, kw, min: 0, max: 1)
            return .str(args.isEmpty ? "" : try IntDigitsLimit.check { Repr.str(args[0]) })
        }
        t.bool.constructor = { _, args, kw in
            try Arguments.check("bool", args, kw, min: 0, max: 1)
            return .bool(args.isEmpty ? false : Truth.isTrue(args[0]))
        }
        t.list.constructor = { vm, args, kw in
            try Arguments.check("list", args, kw, min: 0, max: 1)
            return .object(PyList(args.isEmpty ? [] : try Iteration.materialize(args[0], vm: vm)))
        }
        t.tuple.constructor = { vm, args, kw in
            try Arguments.check("tuple", args, kw, min: 0, max: 1)
            if let tuple = args.first?.asTuple, !(tuple is PyNamedTuple) { return .object(tuple) }
            return .object(PyTuple(args.isEmpty ? [] : try Iteration.materialize(args[0], vm: vm)))
        }
        t.set.constructor = { vm, args, kw in
            try Arguments.check("set", args, kw, min: 0, max: 1)
            if let s = args.first?.asSet { return .object(s.copy(frozen: false)) }
            let s = PySet()
            for item in args.isEmpty ? [] : try Iteration.materialize(args[0], vm: vm) { try s.add(item) }
            return .object(s)
        }
        t.frozenset.constructor = { vm, args, kw in
            try Arguments.check("frozenset", args, kw, min: 0, max: 1)
            if let s = args.first?.asSet { return .object(s.copy(frozen: true)) }
            let s = PySet(frozen: true)
            for item in args.isEmpty ? [] : try Iteration.materialize(args[0], vm: vm) { try s.add(item) }
            return .object(s)
        }
        t.dict.constructor = { vm, args, kw in
            guard args.count <= 1 else { throw PyError.type("dict expected at most 1 argument, got \(args.count)") }
            let d = PyDict()
            if let first = args.first { try DictMethods.update(d, from: first, vm: vm) }
            for (k, v) in kw { try d.set(.str(k), v) }
            return .object(d)
        }
        t.range.constructor = { _, args, kw in
            try Arguments.check("range", args, kw, min: 1, max: 3)
            if let small = machineRange(args) { return small }
            let ints = try args.map(RangeBounds.integer)
            let (start, stop, step) = ints.count == 1 ? (0, ints[0], 1) : (ints[0], ints[1], ints.count == 3 ? ints[2] : 1)
            if step.isZero { throw PyError.value("range() arg 3 must not be zero") }
            return RangeBounds(start: start, stop: stop, step: step).value
        }
        ExceptionTypes.baseException.constructor = { _, args, kw in
            guard let type = args.first?.object as? PyType else { throw PyError.type("bad exception construction") }
            if !kw.isEmpty { throw PyError.type("\(type.name)() takes no keyword arguments") }
            return .object(PyException(type, Array(args.dropFirst())))
        }
        ExceptionTypes.baseExceptionGroup.constructor = makeExceptionGroup
        BuiltinMethods.install()
        BytesMethods.install()
        ObjectMethods.install()
        ObjectModelBuiltins.installConstructors()
        SliceType.install(on: t.slice)
        return [t.int, t.float, PyComplex.type, t.str, t.bool, t.list, t.tuple, t.set, t.frozenset, t.dict, t.range, t.type,
                t.object, t.slice, PyBytes.bytesType, PyBytes.bytearrayType,
                DescriptorTypes.property, DescriptorTypes.staticMethod, DescriptorTypes.classMethod, DescriptorTypes.superType]
    }()

    /// `range(...)` of machine ints with a non-zero step, made without the arbitrary-precision route.
    static func machineRange(_ args: [Value]) -> Value? {
        var bounds = (0, 0, 1)
        for (i, a) in args.enumerated() {
            guard case .int(let v) = a else { return nil }
            switch (args.count, i) {
            case (1, _): bounds.1 = v
            case (_, 0): bounds.0 = v
            case (_, 1): bounds.1 = v
            default: bounds.2 = v
            }
        }
        if bounds.2 == 0 { return nil }
        return .object(PyRange(start: bounds.0, stop: bounds.1, step: bounds.2))
    }

    /// `BaseExceptionGroup(message, exceptions)`: an `ExceptionGroup` when every member is an `Exception`.
    static func makeExceptionGroup(_ vm: VM, _ args: [Value], _ kw: KeywordArguments) throws -> Value {
        guard let requested = args.first?.object as? PyType else { throw PyError.type("bad exception construction") }
        let name = requested.name
        if !kw.isEmpty { throw PyError.type("\(name)() takes no keyword arguments") }
        guard args.count == 3 else { throw PyError.type("\(name).__new__() takes exactly 2 arguments (\(args.count - 1) given)") }
        guard args[1].asStr != nil else { throw PyError.type("argument 1 must be str, not \(TypeOf.name(args[1]))") }
        guard case .object(let seq) = args[2], seq.kind == .list || seq.kind == .tuple else {
            throw PyError.type("second argument (exceptions) must be a sequence")
        }
        let members = try Iteration.materialize(args[2], vm: vm)
        if members.isEmpty { throw PyError.value("second argument (exceptions) must be a non-empty sequence") }
        var allExceptions = true
        for (i, m) in members.enumerated() {
            guard let e = m.object as? PyException else {
                throw PyError.value("Item \(i) of second argument (exceptions) is not an exception")
            }
            if !e.type.isSubtype(of: ExceptionTypes.exception) { allExceptions = false }
        }
        var type = requested
        if requested === ExceptionTypes.baseExceptionGroup && allExceptions { type = ExceptionTypes.exceptionGroup }
        if requested.isSubtype(of: ExceptionTypes.exception) && !allExceptions {
            throw PyError.type("Cannot nest BaseExceptions in an ExceptionGroup")
        }
        let group = PyException(type, [args[1], args[2]])
        group.attributes["message"] = args[1]
        group.attributes["exceptions"] = .object(PyTuple(members))
        return .object(group)
    }

    static func makeInt(_ vm: VM, _ args: [Value], _ kw: KeywordArguments) throws -> Value {
        try Arguments.check("int", args, kw, min: 0, max: 2, keywords: ["base"])
        guard let v = args.first else { return .int(0) }
        let baseArg = args.count == 2 ? args[1] : Arguments.keyword(kw, "base")
        if let baseArg {
            guard let s = v.asStr else { throw PyError.type("int() can't convert non-string with explicit base") }
            return .integer(try parseInt(s.value, base: try Arguments.int(baseArg)))
        }
        switch v {
        case .int: return v
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return .integer(try intFromFloat(d))
        default:
            if v.isBigInt { return v }
            if let s = v.asStr {
                if let small = smallDecimal(s.value) { return .int(small) }
                return .integer(try parseInt(s.value, base: 10))
            }
            if let r = try SpecialMethods.convert(v, ["__int__", "__index__"]) {
                guard Arithmetic.intValue(r) != nil || r.isBigInt else {
                    throw PyError.type("__int__ returned non-int (type \(TypeOf.name(r)))")
                }
                return r
            }
            if let base = SpecialMethods.baseValue(v) { return try makeInt(vm, [base], []) }
            throw PyError.type("int() argument must be a string, a bytes-like object or a real number, not '\(TypeOf.name(v))'")
        }
    }

    /// `int(text)` of an optional sign and at most 18 decimal digits (the common case), as a machine int.
    static func smallDecimal(_ text: String) -> Int? {
        let bytes = text.utf8
        guard let first = bytes.first else { return nil }
        let signed = first == UInt8(ascii: "-") || first == UInt8(ascii: "+")
        let digits = bytes.dropFirst(signed ? 1 : 0)
        guard !digits.isEmpty, digits.count <= 18, digits.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return Int(text)
    }

    static func intFromFloat(_ d: Double) throws -> BigInt {
        if d.isNaN { throw PyError.value("cannot convert float NaN to integer") }
        if d.isInfinite { throw PyError.overflow("cannot convert float infinity to integer") }
        return BigInt(exactly: d.rounded(.towardZero))!
    }

    static func parseInt(_ text: String, base: Int) throws -> BigInt {
        let invalid = PyError.value("invalid literal for int() with base \(base): \(Repr.quoted(text))")
        guard base == 0 || (2...36).contains(base) else { throw PyError.value("int() base must be >= 2 and <= 36, or 0") }
        var s = Substring(text.trimmingPythonWhitespace())
        var negative = false
        if s.hasPrefix("-") || s.hasPrefix("+") {
            negative = s.hasPrefix("-")
            s = s.dropFirst()
        }
        var radix = base
        let lower = s.lowercased()
        for (prefix, r) in [("0x", 16), ("0o", 8), ("0b", 2)] where lower.hasPrefix(prefix) && (base == 0 || base == r) {
            radix = r
            s = s.dropFirst(2)
            if s.hasPrefix("_") { s = s.dropFirst() }
        }
        if radix == 0 {
            radix = 10
            if s.count > 1 && s.hasPrefix("0") && s.contains(where: { $0 != "0" && $0 != "_" }) { throw invalid }
        }
        guard !s.isEmpty, !s.hasPrefix("_"), !s.hasSuffix("_"), !s.contains("__") else { throw invalid }
        let digits = s.filter { $0 != "_" }
        guard digits.unicodeScalars.allSatisfy({ $0.isASCII && Int(String($0), radix: radix) != nil }) else { throw invalid }
        if radix == 10 { try IntDigitsLimit.checkParse(digits: digits.count) }
        guard let magnitude = parseMagnitude(digits, radix: radix) else { throw invalid }
        return BigInt(sign: negative && !magnitude.isZero ? .minus : .plus, magnitude: magnitude)
    }

    /// Digits in a radix from 2 to 36 (the BigInt package stops at 35: base 36 goes in word-sized chunks).
    static func parseMagnitude(_ digits: String, radix: Int) -> BigUInt? {
        guard radix == 36 else { return BigUInt(digits, radix: radix) }
        var value = BigUInt(0)
        var chunk = Substring(digits)
        while !chunk.isEmpty {
            let part = chunk.prefix(12)
            guard let n = UInt64(part, radix: 36) else { return nil }
            value = value * BigUInt(36).power(part.count) + BigUInt(n)
            chunk = chunk.dropFirst(part.count)
        }
        return value
    }

    static func makeFloat(_ vm: VM, _ args: [Value], _ kw: KeywordArguments) throws -> Value {
        try Arguments.check("float", args, kw, min: 0, max: 1)
        guard let v = args.first else { return .float(0) }
        if let d = try Arithmetic.toFloat(v) { return .float(d) }
        if let r = try SpecialMethods.convert(v, ["__float__", "__index__"]) {
            guard let d = try Arithmetic.toFloat(r) else { throw PyError.type("__float__ returned non-float (type \(TypeOf.name(r)))") }
            return .float(d)
        }
        if let base = SpecialMethods.baseValue(v), base.asStr == nil { return try makeFloat(vm, [base], []) }
        guard let s = v.asStr else {
            throw PyError.type("float() argument must be a string or a real number, not '\(TypeOf.name(v))'")
        }
        let t = s.value.trimmingPythonWhitespace()
        let lower = t.lowercased()
        let unsigned = lower.hasPrefix("-") || lower.hasPrefix("+") ? String(lower.dropFirst()) : lower
        let sign = lower.hasPrefix("-") ? -1.0 : 1.0
        if unsigned == "inf" || unsigned == "infinity" { return .float(sign * .infinity) }
        if unsigned == "nan" { return .float(.nan) }
        let cleaned = t.filter { $0 != "_" }
        let valid = !t.contains("__") && !t.hasPrefix("_") && !t.hasSuffix("_") && !unsigned.hasPrefix("0x")
            && unsigned.allSatisfy { $0.isNumber || $0 == "." || $0 == "e" || $0 == "_" || $0 == "-" || $0 == "+" }
        guard valid, !cleaned.isEmpty, let d = Double(cleaned) else {
            throw PyError.value("could not convert string to float: \(Repr.quoted(s.value))")
        }
        return .float(d)
    }
}

extension String {
    /// The string without leading and trailing Python whitespace.
    func trimmingPythonWhitespace() -> String {
        let scalars = Array(unicodeScalars)
        var start = 0, end = scalars.count
        while start < end && scalars[start].properties.isWhitespace { start += 1 }
        while end > start && scalars[end - 1].properties.isWhitespace { end -= 1 }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }
}
