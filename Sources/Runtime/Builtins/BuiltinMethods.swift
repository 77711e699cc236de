/// Installs the methods of the builtin container types on their type objects.
enum BuiltinMethods {
    static func install() {
        StrMethods.install(on: BuiltinTypes.str)
        StrTextMethods.install(on: BuiltinTypes.str)
        FloatMethods.install(on: BuiltinTypes.float)
        IntMethods.install(on: BuiltinTypes.int)
        IntBytes.install(on: BuiltinTypes.int)
        ListMethods.install(on: BuiltinTypes.list)
        TupleMethods.install(on: BuiltinTypes.tuple)
        DictMethods.install(on: BuiltinTypes.dict)
        SetMethods.install(on: BuiltinTypes.set, frozen: false)
        SetMethods.install(on: BuiltinTypes.frozenset, frozen: true)
        GeneratorMethods.install()
        ContainerDunders.install()
        BuiltinSubclasses.install()
        RangeMethods.install(on: BuiltinTypes.range)
        TypeMethods.install()
        ExceptionTypes.baseException.define("with_traceback") { _, args, _ in args[0] }
        ExceptionTypes.baseException.define("add_note") { _, args, kw in
            try Arguments.check("add_note", Array(args.dropFirst()), kw, min: 1, max: 1)
            let e = args[0].object as! PyException
            let notes = (e.attributes["__notes__"]?.asList) ?? PyList()
            notes.items.append(.str(try Arguments.string(args[1], "note")))
            e.attributes["__notes__"] = .object(notes)
            return .none
        }
    }
}

/// Methods of `tuple`.
enum TupleMethods {
    static func install(on t: PyType) {
        t.define("count") { _, args, kw in
            try Arguments.check("count", Array(args.dropFirst()), kw, min: 1, max: 1)
            return .int(args[0].asTuple!.items.filter { Equality.identicalOrEqual($0, args[1]) }.count)
        }
        t.define("index") { _, args, kw in
            try Arguments.check("index", Array(args.dropFirst()), kw, min: 1, max: 1)
            guard let i = args[0].asTuple!.items.firstIndex(where: { Equality.identicalOrEqual($0, args[1]) }) else {
                throw PyError.value("tuple.index(x): x not in tuple")
            }
            return .int(i)
        }
    }
}

/// Methods of `list`.
enum ListMethods {
    static func install(on t: PyType) {
        func list(_ args: [Value]) -> PyList { args[0].asList! }
        t.define("append") { vm, args, kw in
            try Arguments.check("append", Array(args.dropFirst()), kw, min: 1, max: 1)
            let l = list(args)
            l.items.append(args[1])
            if l.items.count & 0xFFFF == 0 { try vm.limits.checkAllocation(l.items.count) }
            return .none
        }
        t.define("extend") { vm, args, kw in
            try Arguments.check("extend", Array(args.dropFirst()), kw, min: 1, max: 1)
            let l = list(args)
            let added = try Iteration.materialize(args[1], vm: vm)
            try Cost.allocate(bytes: MemoryLayout<Value>.stride * added.count)
            l.items += added
            try vm.limits.checkAllocation(l.items.count)
            return .none
        }
        t.define("insert") { _, args, kw in
            try Arguments.check("insert", Array(args.dropFirst()), kw, min: 2, max: 2)
            let l = list(args)
            var i = try Arguments.int(args[1])
            if i < 0 { i = max(0, i + l.items.count) }
            l.items.insert(args[2], at: min(i, l.items.count))
            return .none
        }
        t.define("pop") { _, args, kw in
            try Arguments.check("pop", Array(args.dropFirst()), kw, min: 0, max: 1)
            let l = list(args)
            guard !l.items.isEmpty else { throw PyError.index("pop from empty list") }
            let i = args.count == 2 ? try Arguments.int(args[1]) : -1
            let j = i < 0 ? i + l.items.count : i
            guard j >= 0 && j < l.items.count else { throw PyError.index("pop index out of range") }
            return l.items.remove(at: j)
        }
        t.define("remove") { _, args, kw in
            try Arguments.check("remove", Array(args.dropFirst()), kw, min: 1, max: 1)
            let l = list(args)
            guard let i = l.items.firstIndex(where: { Equality.identicalOrEqual($0, args[1]) }) else {
                throw PyError.value("list.remove(x): x not in list")
            }
            l.items.remove(at: i)
            return .none
        }
        t.define("index") { _, args, kw in
            try Arguments.check("index", Array(args.dropFirst()), kw, min: 1, max: 3)
            let items = list(args).items
            let start = args.count > 2 ? max(0, try Arguments.int(args[2]) < 0 ? try Arguments.int(args[2]) + items.count : try Arguments.int(args[2])) : 0
            let stop = args.count > 3 ? min(items.count, try Arguments.int(args[3])) : items.count
            if start < stop, let i = items[start..<stop].firstIndex(where: { Equality.identicalOrEqual($0, args[1]) }) { return .int(i) }
            throw PyError.value("\(Repr.repr(args[1])) is not in list")
        }
        t.define("count") { _, args, kw in
            try Arguments.check("count", Array(args.dropFirst()), kw, min: 1, max: 1)
            return .int(list(args).items.filter { Equality.identicalOrEqual($0, args[1]) }.count)
        }
        t.define("sort") { vm, args, kw in
            try Arguments.check("sort", Array(args.dropFirst()), kw, min: 0, max: 0, keywords: ["key", "reverse"])
            let l = list(args)
            var items = l.items
            // The list is empty while it sorts; one that is not empty afterwards was changed by the key or `<`,
            // which CPython reports, keeping the sorted items.
            l.items = []
            defer {
                if l.items.isEmpty { l.items = items }
            }
            try Builtins.sortItems(&items, vm: vm, kw)
            if !l.items.isEmpty {
                l.items = items
                throw PyError.value("list modified during sort")
            }
            return .none
        }
        t.define("reverse") { _, args, kw in
            try Arguments.check("reverse", Array(args.dropFirst()), kw, min: 0, max: 0)
            list(args).items.reverse()
            return .none
        }
        t.define("copy") { _, args, kw in
            try Arguments.check("copy", Array(args.dropFirst()), kw, min: 0, max: 0)
            return .object(PyList(list(args).items))
        }
        t.define("clear") { _, args, kw in
            try Arguments.check("clear", Array(args.dropFirst()), kw, min: 0, max: 0)
            list(args).items.removeAll()
            return .none
        }
    }
}

/// Methods of `dict`.
enum DictMethods {
    /// `d.update(source)`: a dict, a mapping, or an iterable of pairs; the work is counted, so a signal or the
    /// budget stops a huge update.
    static func update(_ d: PyDict, from source: Value, vm: VM) throws {
        if let other = source.asDict {
            for (i, (k, v)) in other.entries.enumerated() { try set(d, k, v, i) }
            return
        }
        if let pairs = try MappingProtocol.entries(source, vm: vm) {
            for (i, (k, v)) in pairs.enumerated() { try set(d, k, v, i) }
            return
        }
        for (i, item) in try Iteration.materialize(source, vm: vm).enumerated() {
            let pair = try Unpacking.items(item, vm: vm)
            guard pair.count == 2 else {
                throw PyError.value("dictionary update sequence element #\(i) has length \(pair.count); 2 is required")
            }
            try set(d, pair[0], pair[1], i)
        }
    }

    /// The `i`-th entry of a bulk update, counted as work every 4,096 entries.
    @inline(__always) private static func set(_ d: PyDict, _ key: Value, _ value: Value, _ i: Int) throws {
        try d.set(key, value)
        if i & 0xFFF == 0xFFF { try Cost.charge(0x1000) }
    }

    static func install(on t: PyType) {
        func dict(_ args: [Value]) -> PyDict { args[0].asDict! }
        t.define("get") { _, args, kw in
            try Arguments.check("get", Array(args.dropFirst()), kw, min: 1, max: 2)
            return try dict(args).get(args[1]) ?? (args.count == 3 ? args[2] : .none)
        }
        t.define("keys") { _, args, _ in .object(PyDictView(dict(args), .keys)) }
        t.define("values") { _, args, _ in .object(PyDictView(dict(args), .values)) }
        t.define("items") { _, args, _ in .object(PyDictView(dict(args), .items)) }
        t.define("pop") { _, args, kw in
            try Arguments.check("pop", Array(args.dropFirst()), kw, min: 1, max: 2)
            if let v = try dict(args).remove(args[1]) { return v }
            if args.count == 3 { return args[2] }
            throw PyError.key(args[1])
        }
        t.define("popitem") { _, args, _ in
            guard let (k, v) = dict(args).popLast() else {
                throw PyError(PyException(ExceptionTypes.keyError, [.str("popitem(): dictionary is empty")]))
            }
            return .object(PyTuple([k, v]))
        }
        t.define("setdefault") { _, args, kw in
            try Arguments.check("setdefault", Array(args.dropFirst()), kw, min: 1, max: 2)
            let d = dict(args)
            if let v = try d.get(args[1]) { return v }
            let v = args.count == 3 ? args[2] : .none
            try d.set(args[1], v)
            return v
        }
        t.define("update") { vm, args, kw in
            guard args.count <= 2 else { throw PyError.type("update expected at most 1 argument, got \(args.count - 1)") }
            let d = dict(args)
            if args.count == 2 { try update(d, from: args[1], vm: vm) }
            for (k, v) in kw { try d.set(.str(k), v) }
            return .none
        }
        t.define("copy") { _, args, _ in .object(dict(args).copy()) }
        t.define("clear") { _, args, _ in
            dict(args).removeAll()
            return .none
        }
        t.methods["fromkeys"] = PyBuiltin("fromkeys", qualifiedName: "dict.fromkeys") { vm, args, kw in
            try Arguments.check("fromkeys", args, kw, min: 1, max: 2)
            let d = PyDict()
            for (i, k) in try Iteration.materialize(args[0], vm: vm).enumerated() {
                try set(d, k, args.count == 2 ? args[1] : .none, i)
            }
            return .object(d)
        }
    }
}
