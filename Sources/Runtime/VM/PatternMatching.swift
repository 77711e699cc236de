/// The run-time checks of `match` patterns: what counts as a sequence or a
/// mapping, key lookups for mapping patterns, and class patterns with
/// `__match_args__` (builtin types like `int(x)` match the subject itself).
extension VM {
    /// Builtin types whose one positional sub-pattern matches the whole subject.
    private static let selfMatching: Set<String> = ["bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"]

    func patternStep(_ op: OpCode, _ arg: Int) throws {
        let stack = fiber.stack
        let sp = fiber.sp
        switch op {
        case .matchSequence:
            var isSequence = false
            if let o = stack[sp - 1].object { isSequence = [.list, .tuple, .range].contains(o.kind) }
            push(.bool(isSequence))
        case .matchMapping:
            push(.bool(stack[sp - 1].asDict != nil))
        case .getLength:
            push(.int(try Builtins.length(stack[sp - 1])))
        case .matchKeys:
            let keys = stack[sp - 1].asTuple!.items
            let subject = stack[sp - 2].asDict!
            var values: [Value] = []
            for key in keys {
                guard let v = try subject.get(key) else {
                    push(.none)
                    return
                }
                values.append(v)
            }
            push(.object(PyTuple(values)))
        case .copyDictWithoutKeys:
            let keys = stack[sp - 1].asTuple!.items
            let rest = PyDict()
            for (k, v) in stack[sp - 2].asDict!.entries { try rest.set(k, v) }
            for key in keys { _ = try rest.remove(key) }
            stack[sp - 1] = .object(rest)
        default:
            let names = fiber.stack.take(sp - 1).asTuple!.items.compactMap { $0.asStr?.value }
            let cls = fiber.stack.take(sp - 2)
            fiber.sp = sp - 2
            let result = try matchClass(subject: stack[sp - 3], cls: cls, positional: arg, keywords: names)
            fiber.stack[sp - 3] = result.map { .object(PyTuple($0)) } ?? .none
        }
    }

    private func push(_ v: Value) {
        fiber.reserve(1)
        fiber.stack[fiber.sp] = v
        fiber.sp += 1
    }

    /// The attributes a class pattern matches its sub-patterns against, or nil when the subject is no instance.
    private func matchClass(subject: Value, cls: Value, positional: Int, keywords: [String]) throws -> [Value]? {
        guard let type = cls.object as? PyType else { throw PyError.type("called match pattern must be a type") }
        guard TypeOf.type(subject).isSubtype(of: type) else { return nil }
        var names: [String] = []
        var values: [Value] = []
        if positional > 0 {
            if VM.selfMatching.contains(type.name) && type.moduleName == "builtins" && type.classAttributes == nil {
                guard positional == 1 else {
                    throw PyError.type("\(type.name)() accepts 1 positional sub-pattern (\(positional) given)")
                }
                values.append(subject)
            } else {
                let matchArgs = (try? Attributes.get(cls, "__match_args__", vm: self)) ?? .object(PyTuple.empty)
                guard let tuple = matchArgs.asTuple else {
                    throw PyError.type("\(type.name).__match_args__ must be a tuple (got \(TypeOf.name(matchArgs)))")
                }
                guard positional <= tuple.items.count else {
                    let accepts = tuple.items.count == 1 ? "1 positional sub-pattern" : "\(tuple.items.count) positional sub-patterns"
                    throw PyError.type("\(type.name)() accepts \(accepts) (\(positional) given)")
                }
                for item in tuple.items.prefix(positional) {
                    guard let name = item.asStr?.value else {
                        throw PyError.type("__match_args__ elements must be strings (got \(TypeOf.name(item)))")
                    }
                    names.append(name)
                }
            }
        }
        names += keywords
        var seen = Set<String>()
        for name in names {
            if !seen.insert(name).inserted {
                throw PyError.type("\(type.name)() got multiple sub-patterns for attribute '\(name)'")
            }
            do {
                values.append(try Attributes.get(subject, name, vm: self))
            } catch let error as PyError where error.exception.type.isSubtype(of: ExceptionTypes.attributeError) {
                return nil
            }
        }
        return values
    }
}
