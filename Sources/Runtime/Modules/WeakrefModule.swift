/// `weakref`: the library Python of `WeakrefSource` (ref, proxy, WeakMethod, the weak containers, finalize)
/// over natives that make and read `PyWeakCell`s. An object is freed when its last reference goes (Swift's
/// reference counting, as CPython's), and the callbacks of its references run then.
enum WeakrefModule {
    /// The builtin types whose instances CPython refuses to reference weakly (their subclasses' are allowed).
    private static let refused: Set<String> = [
        "NoneType", "bool", "int", "float", "complex", "str", "bytes", "bytearray", "list", "tuple", "dict", "range",
        "slice", "code", "cell",
    ]

    static func make(_ vm: VM) throws -> PyModule {
        let queue = WeakCallbackQueue(vm: vm)
        var natives = functions
        natives["_cell"] = VM.function("weakref", "_cell") { _, args, _ in
            guard case .object(let target) = args[0], target is PyInstance || !refused.contains(TypeOf.name(args[0]))
            else { throw PyError.type("cannot create weak reference to '\(TypeOf.name(args[0]))' object") }
            guard case .object(let owner) = args[1] else { throw PyError.type("a weak reference's owner is an object") }
            let cell = PyWeakCell(to: target, owner: owner, calling: args[2])
            if let anchored = target as? WeakAnchored {
                let anchor = anchored.weakAnchor ?? WeakAnchor(queue: queue)
                anchored.weakAnchor = anchor
                anchor.add(cell)
            }
            return .object(cell)
        }.1
        return try LibraryModule.make("weakref", text: WeakrefSource.text, natives: natives, vm: vm)
    }

    private static func cell(_ v: Value) throws -> PyWeakCell {
        guard case .object(let o) = v, let cell = o as? PyWeakCell else { throw PyError.type("not a weak reference") }
        return cell
    }

    /// The live references to `v`, oldest first (none for an object that carries no anchor).
    private static func references(_ v: Value) -> [PyWeakCell] {
        guard case .object(let o) = v, let anchored = o as? WeakAnchored else { return [] }
        return anchored.weakAnchor?.live ?? []
    }

    static let functions: [String: Value] = Dictionary(uniqueKeysWithValues: [
        VM.function("weakref", "_target") { _, args, _ in
            try cell(args[0]).target.map { .object($0) } ?? .none
        },
        VM.function("weakref", "_plain") { _, args, _ in
            guard case .object(let kind) = args[1] else { return .none }
            let plain = references(args[0]).first { cell in
                cell.callback.isNoneValue && cell.owner.map { TypeOf.type(of: $0) === kind } == true
            }
            return plain?.owner.map { .object($0) } ?? .none
        },
        VM.function("weakref", "_owners") { _, args, _ in
            .object(PyList(references(args[0]).compactMap { $0.owner.map { .object($0) } }))
        },
        VM.function("weakref", "_bind") { _, args, _ in
            .object(PyBoundMethod(receiver: args[1], function: args[0]))
        },
    ])

    /// At the end of the run (after the threads are joined, as CPython's `atexit` runs): the finalizers still
    /// alive whose `atexit` is true, newest first; one that raises is reported and the others still run.
    static func runFinalizersAtExit(_ vm: VM) throws {
        guard let module = vm.modules["weakref"], let due = module.attribute("_exit_finalizers") else { return }
        guard case .object(let list) = try vm.call(due, []), let finalizers = list as? PyList else { return }
        for finalizer in finalizers.items {
            do {
                _ = try vm.call(finalizer, [])
            } catch let error as PyError {
                vm.write(.stderr, Traceback.render(error.exception, source: vm.source))
            }
        }
    }
}
