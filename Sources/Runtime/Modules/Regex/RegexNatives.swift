/// A compiled pattern as the `re` library code holds it: the program and how many groups it has.
final class CompiledRegex: PyNativeObject {
    static let type = PyType("_Program", base: BuiltinTypes.object, module: "re")
    let program: RegexProgram
    let groups: Int

    init(_ program: RegexProgram, groups: Int) {
        self.program = program
        self.groups = groups
        super.init(type: CompiledRegex.type)
    }

    /// Bounds `pos` and `endpos` to the text as slicing does.
    func bounds(_ pos: Int, _ endpos: Int, count: Int) -> (Int, Int) {
        (Swift.min(Swift.max(pos, 0), count), Swift.min(Swift.max(endpos, 0), count))
    }
}

/// The Swift side of `re`: compiling (`_compile`), one match (`_find`), every match (`_all`), and the test of
/// a group name in a template (`_is_identifier`).
enum RegexNatives {
    static func make(_ vm: VM) throws -> [String: Value] {
        let enumModule = try vm.importModule("enum", leaf: true)
        return Dictionary(uniqueKeysWithValues: [
            ("_IntFlag", enumModule.attribute("IntFlag") ?? .none),
            VM.function("re", "_is_identifier") { _, args, kw in
                try Arguments.check("_is_identifier", args, kw, min: 1, max: 1)
                return .bool(RegexCharacters.isIdentifier(try Arguments.string(args[0], "name")))
            },
            VM.function("re", "_compile") { _, args, kw in
                try Arguments.check("_compile", args, kw, min: 2, max: 2)
                return try compile(try Arguments.string(args[0], "pattern"), flags: try Arguments.int(args[1]))
            },
            VM.function("re", "_find") { vm, args, kw in
                try Arguments.check("_find", args, kw, min: 5, max: 5)
                let (regex, text, pos, end) = try subject(args)
                guard pos <= end else { return .none }
                var matcher = RegexMatcher(regex.program, groups: regex.groups, text: text.scalars, end: end, vm: vm)
                let mode = try Arguments.int(args[4])
                let found = try matcher.find(from: pos, anchored: mode != 1, full: mode == 2, advance: false)
                return found.map(tuple) ?? .none
            },
            VM.function("re", "_all") { vm, args, kw in
                try Arguments.check("_all", args, kw, min: 5, max: 5)
                let (regex, text, start, end) = try subject(args)
                let limit = try Arguments.int(args[4])
                var matcher = RegexMatcher(regex.program, groups: regex.groups, text: text.scalars, end: end, vm: vm)
                var found: [Value] = []
                var pos = start
                var advance = false
                while pos <= end && (limit == 0 || found.count < limit) && limit >= 0 {
                    guard let caps = try matcher.find(from: pos, anchored: false, full: false, advance: advance) else {
                        break
                    }
                    found.append(tuple(caps))
                    advance = caps[1] == caps[0]
                    pos = caps[1]
                }
                return .object(PyList(found))
            },
        ])
    }

    /// `(program, groups, [(name, number)], flags)`, or `(message, position)` for a bad pattern.
    static func compile(_ pattern: String, flags: Int) throws -> Value {
        let given = RegexFlags(rawValue: flags)
        if given.contains(.locale) { throw PyError.value("cannot use LOCALE flag with a str pattern") }
        if given.contains(.ascii) && given.contains(.unicode) {
            throw PyError.value("ASCII and UNICODE flags are incompatible")
        }
        do {
            let parsed = try RegexParser.parse(pattern, flags: given)
            let program = CompiledRegex(RegexProgram(parsed.root), groups: parsed.groups)
            let names = parsed.names.map { Value.object(PyTuple([.str($0.0), .int($0.1)])) }
            return .object(PyTuple([.object(program), .int(parsed.groups), .object(PyList(names)),
                                    .int(parsed.flags.rawValue)]))
        } catch let error as RegexError {
            return .object(PyTuple([.str(error.message), error.position.map(Value.int) ?? .none]))
        } catch is RegexOverflow {
            throw PyError.overflow("the repetition number is too large")
        } catch is RegexNesting {
            throw PyError(ExceptionTypes.recursionError, "maximum recursion depth exceeded")
        }
    }

    private static func subject(_ args: [Value]) throws -> (CompiledRegex, PyStr, Int, Int) {
        guard let regex = args[0].object as? CompiledRegex, let text = args[1].object as? PyStr else {
            throw PyError.type("expected a compiled pattern and a string")
        }
        let count = text.count
        let (pos, end) = regex.bounds(try Arguments.int(args[2]), try Arguments.int(args[3]), count: count)
        return (regex, text, pos, end)
    }

    /// The spans of a match, -1 for a group that did not take part, and its `lastindex` (-1 for none) last.
    private static func tuple(_ caps: [Int]) -> Value {
        .object(PyTuple(caps.map(Value.int)))
    }
}
