/// Python's `repr()` and `str()` of builtin values, exactly as CPython prints them.
enum Repr {
    static func repr(_ v: Value) -> String {
        var seen: [ObjectIdentifier] = []
        return repr(v, &seen)
    }

    static func str(_ v: Value) -> String {
        switch v {
        case .object(let o):
            switch o.kind {
            case .str: return (o as! PyStr).value
            case .exception: return exceptionStr(o as! PyException)
            case .native: return (o as? PyInstance)?.pythonStr ?? repr(v)
            default: return repr(v)
            }
        default:
            return repr(v)
        }
    }

    /// `str()` of an exception: its class's `__str__`, or BaseException's.
    static func exceptionStr(_ e: PyException) -> String {
        if let m = SpecialMethods.typeSpecial(.object(e), "__str__"), let s = SpecialMethods.stringResult(m, .object(e)) {
            return s
        }
        return builtinExceptionStr(e)
    }

    static func builtinExceptionStr(_ e: PyException) -> String {
        if let group = e.attributes["exceptions"]?.asTuple, let message = e.attributes["message"] {
            let n = group.items.count
            return "\(str(message)) (\(n) sub-exception\(n == 1 ? "" : "s"))"
        }
        if e.type.isSubtype(of: ExceptionTypes.osError), (2...5).contains(e.args.count), case .int(let errno) = e.args[0] {
            // OSError(errno, strerror[, filename[, winerror[, filename2]]]): `[Errno 32] Broken pipe: 'f'`.
            let file = e.args.count > 2 && !e.args[2].isNoneValue ? ": " + repr(e.args[2]) : ""
            let other = !file.isEmpty && e.args.count > 4 && !e.args[4].isNoneValue ? " -> " + repr(e.args[4]) : ""
            return "[Errno \(errno)] \(str(e.args[1]))\(file)\(other)"
        }
        switch e.args.count {
        case 0: return ""
        case 1: return e.type.isSubtype(of: ExceptionTypes.keyError) ? repr(e.args[0]) : str(e.args[0])
        default: return repr(.object(PyTuple(e.args)))
        }
    }

    private static func repr(_ v: Value, _ seen: inout [ObjectIdentifier]) -> String {
        switch v {
        case .none, .unbound: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return FloatRepr.repr(d)
        case .object(let o): return objectRepr(o, &seen)
        }
    }

    private static func objectRepr(_ o: PyObject, _ seen: inout [ObjectIdentifier]) -> String {
        switch o.kind {
        case .str:
            return quoted((o as! PyStr).value)
        case .list, .tuple, .dict, .set, .frozenset:
            guard NativeStack.enter("maximum recursion depth exceeded while getting the repr of an object") else { return "..." }
            defer { NativeStack.leave() }
            let id = ObjectIdentifier(o)
            if seen.contains(id) {
                return o.kind == .list ? "[...]" : o.kind == .dict ? "{...}" : "(...)"
            }
            seen.append(id)
            defer { seen.removeLast() }
            return containerRepr(o, &seen)
        case .function:
            let f = o as! PyFunction
            return "<function \(f.qualifiedName) at \(address(o))>"
        case .builtin:
            let b = o as! PyBuiltin
            return "<built-in function \(b.name)>"
        case .boundMethod:
            let m = o as! PyBoundMethod
            if case .object(let fn) = m.function, let b = fn as? PyBuiltin {
                return "<built-in method \(b.name) of \(TypeOf.name(m.receiver)) object at \(address(fn))>"
            }
            let name = (m.function.object as? PyFunction)?.qualifiedName ?? ""
            return "<bound method \(name) of \(repr(m.receiver, &seen))>"
        case .cell:
            return "<cell at \(address(o))>"
        case .range:
            let r = o as! PyRange
            return r.step == 1 ? "range(\(r.start), \(r.stop))" : "range(\(r.start), \(r.stop), \(r.step))"
        case .iterator:
            let it = o as! PyIterator
            if case .generator(let body) = it.source { return "<generator object \(body.code.qualifiedName) at \(address(o))>" }
            return "<\(it.type.name) object at \(address(o))>"
        case .exception:
            let e = o as! PyException
            if let m = SpecialMethods.typeSpecial(.object(e), "__repr__"), let s = SpecialMethods.stringResult(m, .object(e)) {
                return s
            }
            guard NativeStack.enter("maximum recursion depth exceeded while getting the repr of an object") else { return "..." }
            defer { NativeStack.leave() }
            return builtinExceptionRepr(e)
        case .type:
            if let custom = ClassHooks.repr(o as! PyType) { return custom }
            return "<class '\((o as! PyType).qualifiedName)'>"
        case .module:
            return "<module '\((o as! PyModule).name)'>"
        case .code:
            return "<code object \((o as! CodeObject).name)>"
        case .slice:
            let s = o as! PySlice
            return "slice(\(repr(s.start, &seen)), \(repr(s.stop, &seen)), \(repr(s.step, &seen)))"
        case .native:
            if let r = (o as? PyNativeObject as? CustomReprObject)?.pythonRepr { return r }
            return "<\((o as! PyNativeObject).type.qualifiedName) object at \(address(o))>"
        }
    }

    /// `BaseException.__repr__`: the class name and the args.
    static func builtinExceptionRepr(_ e: PyException) -> String {
        "\(e.type.name)(\(e.args.map { repr($0) }.joined(separator: ", ")))"
    }

    private static func containerRepr(_ o: PyObject, _ seen: inout [ObjectIdentifier]) -> String {
        switch o.kind {
        case .list:
            return "[" + (o as! PyList).items.map { repr($0, &seen) }.joined(separator: ", ") + "]"
        case .tuple:
            if let named = o as? PyNamedTuple {
                return named.reprName + "(" + zip(named.fields, named.items).map { $0 + "=" + repr($1, &seen) }.joined(separator: ", ") + ")"
            }
            let items = (o as! PyTuple).items
            if items.count == 1 { return "(" + repr(items[0], &seen) + ",)" }
            return "(" + items.map { repr($0, &seen) }.joined(separator: ", ") + ")"
        case .dict:
            return "{" + (o as! PyDict).entries.map { repr($0.key, &seen) + ": " + repr($0.value, &seen) }.joined(separator: ", ") + "}"
        default:
            let s = o as! PySet
            let frozen = o.kind == .frozenset
            if s.count == 0 { return frozen ? "frozenset()" : "set()" }
            let body = "{" + s.elements.map { repr($0, &seen) }.joined(separator: ", ") + "}"
            return frozen ? "frozenset(\(body))" : body
        }
    }

    /// A stand-in address: CPython's differ per run, so ours only need to look alike.
    /// The running VM's deterministic numbering of objects, so reprs with addresses are the same every run.
    @TaskLocal static var identities: IdentityNumbering?

    static func address(_ o: PyObject) -> String {
        if let numbering = identities { return "0x" + String(numbering.number(o), radix: 16) }
        let raw = UInt(bitPattern: ObjectIdentifier(o).hashValue) & 0xFFFF_FFFF_FFF0
        return "0x" + String(0x7F00_0000_0000 | (raw & 0xFF_FFFF_FFF0), radix: 16)
    }

    /// A str literal as CPython's `repr` writes it: the quote it prefers, escapes for the unprintable.
    static func quoted(_ s: String) -> String {
        let hasSingle = s.unicodeScalars.contains("'")
        let hasDouble = s.unicodeScalars.contains("\"")
        let quote: Unicode.Scalar = hasSingle && !hasDouble ? "\"" : "'"
        // A String grows by amortised doubling (a UnicodeScalarView built by appends does not): linear time.
        var out = ""
        out.reserveCapacity(s.utf8.count + 2)
        out.unicodeScalars.append(quote)
        for c in s.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if c == quote {
                    out += "\\"
                    out.unicodeScalars.append(c)
                } else if isPrintable(c) {
                    out.unicodeScalars.append(c)
                } else {
                    out += hexEscape(c)
                }
            }
        }
        out.unicodeScalars.append(quote)
        return out
    }

    static func hexEscape(_ c: Unicode.Scalar) -> String {
        let v = c.value
        let (prefix, width) = v < 0x100 ? ("\\x", 2) : v < 0x10000 ? ("\\u", 4) : ("\\U", 8)
        let hex = String(v, radix: 16)
        return prefix + String(repeating: "0", count: width - hex.count) + hex
    }

    /// CPython's `Py_UNICODE_ISPRINTABLE`: not in categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs (except space).
    static func isPrintable(_ c: Unicode.Scalar) -> Bool {
        if c == " " { return true }
        if c.value < 0x20 || c.value == 0x7F { return false }
        if c.isASCII { return true }
        switch c.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }
}

/// A native object that prints its own repr (`<Lock unlocked>`, `<Task pending ...>`).
protocol CustomReprObject {
    var pythonRepr: String { get }
}

/// Hands out the addresses reprs show: the VM's `id()` numbering of objects.
final class IdentityNumbering: @unchecked Sendable {
    /// The running VM (what special methods of classes run on).
    let vm: VM

    init(_ vm: VM) {
        self.vm = vm
    }

    func number(_ o: PyObject) -> Int { vm.identity(of: o) }

    /// The next identity-hash serial of this run.
    func nextSerial() -> Int { vm.nextSerial() }
}
