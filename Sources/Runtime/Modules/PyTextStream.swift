/// `sys.stdout` and `sys.stderr`: text streams whose writes are the scenario's output
/// (events for the viewer, then the process's own stdout or stderr).
final class PyTextStream: PyNativeObject, CustomReprObject, NativeAttributes {
    static let type: PyType = {
        let t = PyType("TextIOWrapper", base: BuiltinTypes.object, module: "_io")
        t.define("write") { vm, args, kw in
            try Arguments.check("write", Array(args.dropFirst()), kw, min: 1, max: 1)
            let text = try Arguments.string(args[1], "write() argument")
            vm.write(stream(args).destination, text)
            return .int(text.unicodeScalars.count)
        }
        t.define("writelines") { vm, args, kw in
            try Arguments.check("writelines", Array(args.dropFirst()), kw, min: 1, max: 1)
            for line in try Iteration.materialize(args[1], vm: vm) {
                guard let s = line.asStr else {
                    throw PyError.type("write() argument must be str, not \(TypeOf.name(line))")
                }
                vm.write(stream(args).destination, s.value)
            }
            return .none
        }
        t.define("flush") { _, args, kw in
            try Arguments.check("flush", Array(args.dropFirst()), kw, min: 0, max: 0)
            return .none
        }
        for (name, answer) in [("isatty", false), ("writable", true), ("readable", false), ("seekable", false)] {
            t.define(name) { _, args, kw in
                try Arguments.check(name, Array(args.dropFirst()), kw, min: 0, max: 0)
                return .bool(answer)
            }
        }
        return t
    }()

    static func stream(_ args: [Value]) -> PyTextStream { args[0].object as! PyTextStream }

    /// Which of the process's streams it writes to.
    let destination: StandardStream

    init(_ destination: StandardStream) {
        self.destination = destination
        super.init(type: PyTextStream.type)
    }

    var name: String { destination == .stdout ? "<stdout>" : "<stderr>" }

    var pythonRepr: String { "<_io.TextIOWrapper name='\(name)' mode='w' encoding='utf-8'>" }

    func attribute(_ attribute: String, vm: VM) throws -> Value? {
        switch attribute {
        case "name": return .str(name)
        case "mode": return .str("w")
        case "encoding": return .str("utf-8")
        case "errors": return .str(destination == .stdout ? "strict" : "backslashreplace")
        case "closed", "line_buffering": return .bool(false)
        default: return nil
        }
    }

    func setAttribute(_ name: String, _ value: Value) throws -> Bool { false }
}
