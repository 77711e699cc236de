/// The text CPython's asyncio puts in reprs and messages: callbacks as
/// `format_helpers._format_callback_source` writes them, coroutines as
/// `coroutines._format_coroutine` does, results as `reprlib.repr`.
enum AsyncioRepr {
    /// `cb=[...]`: one or two callbacks by name, or the first, a count and the last.
    static func callbacks(_ callbacks: [FutureCallback]) -> String {
        let names = callbacks.map { cb -> String in
            switch cb {
            case .python(let f): return callback(f, arguments: [])
            case .native(let name, _): return name + "()"
            }
        }
        switch names.count {
        case 1: return "cb=[\(names[0])]"
        case 2: return "cb=[\(names[0]), \(names[1])]"
        default: return "cb=[\(names[0]), <\(names.count - 2) more>, \(names[names.count - 1])]"
        }
    }

    /// A callback with its arguments, and where a scenario function was defined.
    static func callback(_ f: Value, arguments: [Value]) -> String {
        var text = name(of: f) + "(" + arguments.map { Repr.repr($0) }.joined(separator: ", ") + ")"
        if let function = f.object as? PyFunction, !LibraryCode.isLibrary(function.code) {
            text += " at \(function.code.sourcePath):\(function.code.firstLine)"
        }
        return text
    }

    static func name(of f: Value) -> String {
        switch f.object {
        case let function as PyFunction: return function.code.qualifiedName
        case let builtin as PyBuiltin: return builtin.qualifiedName
        case let method as PyBoundMethod: return name(of: method.function)
        default: return Repr.repr(f)
        }
    }

    /// `name() running at FILE:LINE` while the coroutine has a frame, `name() done, defined at FILE:LINE` after.
    static func coroutine(_ task: PyTask) -> String {
        let code = task.coroutine.function.code
        let name = code.qualifiedName + "()"
        guard task.coroutine.state != .done, let frame = task.fiber.frames.first else {
            return "\(name) done, defined at \(code.sourcePath):\(code.firstLine)"
        }
        let line: Int
        if task.coroutine.state == .created {
            line = code.firstLine
        } else if task.fiber.frames.count == 1 && task.coroutine.state == .suspended {
            line = code.line(at: frame.ip)
        } else {
            line = code.line(at: frame.ip - 1)
        }
        return "\(name) running at \(code.sourcePath):\(line)"
    }

    /// `reprlib.repr` for results: long strings and containers are cut as CPython cuts them.
    static func limited(_ v: Value) -> String {
        let text = Repr.repr(v)
        if let s = v.asStr, s.value.count > 30 {
            let r = Repr.repr(v)
            let chars = Array(r)
            let i = (30 - 3) / 2, j = 30 - 3 - i
            return String(chars[..<i]) + "..." + String(chars[(chars.count - j)...])
        }
        return text
    }
}
