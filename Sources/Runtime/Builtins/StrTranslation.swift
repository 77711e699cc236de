/// `str.maketrans` and `str.translate`: a table from code points to code points, strings or None.
enum StrTranslation {
    /// `str.maketrans(dict)` or `str.maketrans(x, y[, z])` (called on the type).
    static func maketrans(_ args: [Value], _ kw: KeywordArguments) throws -> Value {
        try Arguments.check("maketrans", args, kw, min: 1, max: 3)
        let table = PyDict()
        if args.count == 1 {
            guard let d = args[0].asDict else {
                throw PyError.type("if you give only one argument to maketrans it must be a dict")
            }
            for (key, value) in d.entries {
                if let s = key.asStr {
                    guard s.scalars.count == 1 else { throw PyError.value("string keys in translate table must be of length 1") }
                    try table.set(.int(Int(s.scalars[0].value)), value)
                } else if case .int = key {
                    try table.set(key, value)
                } else {
                    throw PyError.type("keys in translate table must be strings or integers")
                }
            }
            return .object(table)
        }
        guard let from = args[0].asStr, let to = args[1].asStr else {
            throw PyError.type("maketrans() argument 1 must be str, not \(TypeOf.name(args[0].asStr == nil ? args[0] : args[1]))")
        }
        guard from.scalars.count == to.scalars.count else {
            throw PyError.value("the first two maketrans arguments must have equal length")
        }
        for (a, b) in zip(from.scalars, to.scalars) { try table.set(.int(Int(a.value)), .int(Int(b.value))) }
        if args.count == 3 {
            guard let dropped = args[2].asStr else {
                throw PyError.type("maketrans() argument 3 must be str, not \(TypeOf.name(args[2]))")
            }
            for c in dropped.scalars { try table.set(.int(Int(c.value)), .none) }
        }
        return .object(table)
    }

    /// Each code point looked up in `table` (`__getitem__`; a LookupError keeps it).
    static func translate(_ scalars: [Unicode.Scalar], _ table: Value, vm: VM) throws -> String {
        var out = ""
        for c in scalars {
            let mapped: Value
            do {
                mapped = try Subscript.get(table, .int(Int(c.value)))
            } catch let error as PyError where error.exception.type.isSubtype(of: ExceptionTypes.lookupError) {
                out.unicodeScalars.append(c)
                continue
            }
            switch mapped {
            case .none: continue
            case .int(let n):
                guard n >= 0 && n < 0x110000, let scalar = Unicode.Scalar(UInt32(n)) else {
                    throw PyError.value("character mapping must be in range(0x110000)")
                }
                out.unicodeScalars.append(scalar)
            default:
                guard let s = mapped.asStr else {
                    throw PyError.type("character mapping must return integer, None or str")
                }
                try Cost.allocate(bytes: s.value.utf8.count)
                out += s.value
            }
            try Cost.charge(1)
        }
        return out
    }
}
