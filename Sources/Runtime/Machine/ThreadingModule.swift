/// `threading`: the library Python of `ThreadingLibrarySource` (Thread,
/// RLock, Condition, Semaphore, Event, Barrier, Timer) over the native half here: starting a
/// simulated thread, joining it, the lock, identities and the wait reasons
/// the viewer shows.
enum ThreadingModule {
    static let brokenBarrierError = PyType("BrokenBarrierError", base: ExceptionTypes.runtimeError, module: "threading")

    static let exported = [
        "Thread", "Timer", "Lock", "RLock", "Condition", "Semaphore", "BoundedSemaphore", "Event", "Barrier",
        "BrokenBarrierError", "current_thread", "main_thread", "active_count", "enumerate", "get_ident",
        "get_native_id", "TIMEOUT_MAX", "currentThread", "activeCount", "excepthook", "__excepthook__",
        "ExceptHookArgs",
        "_register_atexit", "_shutdown", "_suggest_wait_reason", "_join", "_address",
    ]

    static func make(_ vm: VM) throws -> PyModule {
        let module = PyModule(name: "threading")
        let warned = WarningRegistry()
        let natives: [String: Value] = Dictionary(uniqueKeysWithValues: [
            VM.function("threading", "_allocate_lock") { vm, args, kw in
                try Arguments.check("allocate_lock", args, kw, min: 0, max: 0)
                return .object(PyLock(reportedIn: vm))
            },
            VM.function("threading", "_trace") { vm, args, _ in
                SyncReporting.trace(vm, args)
                return .none
            },
            VM.function("threading", "get_ident") { vm, args, kw in
                try Arguments.check("get_ident", args, kw, min: 0, max: 0)
                return .int(ident(vm.machine.current))
            },
            VM.function("threading", "get_native_id") { vm, args, kw in
                try Arguments.check("get_native_id", args, kw, min: 0, max: 0)
                return .int(nativeId(vm.machine.current))
            },
            ("BrokenBarrierError", .object(brokenBarrierError)),
            VM.function("threading", "_excepthook") { vm, args, kw in
                try Arguments.check("_excepthook", args, kw, min: 1, max: 1)
                try reportFailure(vm, args[0])
                return .none
            },
            VM.function("threading", "_installed_excepthook") { vm, _, _ in
                vm.modules["threading"]?.attribute("excepthook") ?? .none
            },
            VM.function("threading", "_deprecated") { vm, args, _ in
                warned.warn(vm, category: "DeprecationWarning", Repr.str(args.first ?? .none))
                return .none
            },
            VM.function("threading", "_starting") { vm, _, _ in
                try vm.computeThread(vm.machine.model.threadStart)
                return .none
            },
            VM.function("threading", "_start_new_thread") { vm, args, kw in
                try Arguments.check("_start_new_thread", args, kw, min: 4, max: 4)
                return .object(try start(vm, bootstrap: args[0], arguments: [args[1]], thread: args[1], name: Repr.str(args[2]),
                                         daemon: Truth.isTrue(args[3]), process: vm.machine.current.process))
            },
            VM.function("threading", "_join") { vm, args, kw in
                try Arguments.check("_join", args, kw, min: 2, max: 2)
                guard let handle = args[0].object as? ThreadHandle else { throw PyError.type("not a thread handle") }
                let timeout = args[1].isNoneValue ? nil : Arithmetic.floatValue(args[1])
                return try join(vm, handle.thread, timeout: timeout)
            },
            VM.function("threading", "_alive") { _, args, _ in
                .bool((args.first?.object as? ThreadHandle).map { $0.thread.phase != .done } ?? false)
            },
            VM.function("threading", "_current_thread") { vm, _, _ in vm.machine.current.object },
            VM.function("threading", "_main_handle") { vm, _, _ in .object(ThreadHandle(vm.machine.main)) },
            VM.function("threading", "_set_main_thread") { vm, args, _ in
                vm.machine.main.object = args[0]
                return .none
            },
            VM.function("threading", "_set_wait_reason") { vm, args, _ in
                vm.machine.current.nextReason = args.first?.asStr?.value
                return .none
            },
            VM.function("threading", "_suggest_wait_reason") { vm, args, _ in
                let t = vm.machine.current
                if t.nextReason == nil { t.nextReason = args.first?.asStr?.value }
                return .none
            },
            VM.function("threading", "_address") { _, args, _ in
                .str(args.first?.object.map { Repr.address($0) } ?? "0x0")
            },
            VM.function("threading", "_monotonic") { vm, _, _ in try vm.readClock { vm, _ in .float(vm.clock) } },
        ])
        try LibraryCode.load("threading", path: "<asyncviz>/threading.py", text: ThreadingLibrarySource.text,
                             natives: natives, exported: exported, into: module, vm: vm)
        module.attributes["_set_wait_reason"] = natives["_set_wait_reason"]
        module.attributes["_trace"] = natives["_trace"]
        module.attributes["local"] = .object(PyThreadLocal.type)
        return module
    }

    /// `threading.__excepthook__(args)`: `Exception in thread NAME:` and the traceback on stderr
    /// (nothing for `SystemExit`); a thread of `None` is named by the current thread's ident.
    static func reportFailure(_ vm: VM, _ hookArgs: Value) throws {
        let excType = try Attributes.get(hookArgs, "exc_type", vm: vm)
        if let t = excType.object as? PyType, t.isSubtype(of: ExceptionTypes.systemExit) { return }
        let thread = try Attributes.get(hookArgs, "thread", vm: vm)
        let name = thread.isNoneValue ? String(ident(vm.machine.current)) : Repr.str(try Attributes.get(thread, "name", vm: vm))
        let body: String
        if let exc = try Attributes.get(hookArgs, "exc_value", vm: vm).object as? PyException {
            body = Traceback.render(exc, source: vm.source)
        } else {
            body = (excType.object as? PyType).map { $0.name + ": None\n" } ?? "NoneType: None\n"
        }
        vm.write(.stderr, "Exception in thread \(name):\n" + body)
    }

    /// `threading.get_ident()`: deterministic, and shaped like CPython's.
    static func ident(_ t: SimThread) -> Int { 139_872_000_000_000 + t.number * 8_392_704 }

    /// `threading.get_native_id()`: a kernel thread id, deterministic (the main thread's is its process's pid).
    static func nativeId(_ t: SimThread) -> Int { t.process.osPid + t.number }

    /// A new thread of `process` whose fiber starts with the call `bootstrap(*arguments)`.
    static func start(_ vm: VM, bootstrap: Value, arguments: [Value], thread: Value, name: String, daemon: Bool, process: SimProcess) throws -> ThreadHandle {
        guard let f = bootstrap.object as? PyFunction else { throw PyError.type("bootstrap must be a function") }
        let fiber = Fiber(capacity: max(64, f.code.slotCount + f.code.stackBound + 8))
        let saved = vm.fiber
        vm.fiber = fiber
        defer { vm.fiber = saved }
        fiber.stack[0] = .none
        fiber.sp = 1
        try vm.pushFrame(code: f.code, function: f, module: f.module, arguments: try vm.bindArguments(f, arguments, []), resultSlot: 0)
        let t = try vm.machine.spawn(name: name, process: process, fiber: fiber, object: thread, daemon: daemon)
        return ThreadHandle(t)
    }

    static func join(_ vm: VM, _ target: SimThread, timeout: Double?) throws -> Value {
        vm.machine.current.nextReason = nil
        if target.phase == .done { return .bool(true) }
        if timeout.map({ $0 <= 0 }) ?? false { return .bool(false) }
        try vm.payLineDebt()
        if target.phase == .done { return .bool(true) }
        let deadline = timeout.map { vm.clock + $0 }
        return try vm.blockThread { [unowned(unsafe) vm] t in
            waitForExit(vm, t, target, deadline: deadline)
        }
    }

    private static func waitForExit(_ vm: VM, _ t: SimThread, _ target: SimThread, deadline: Double?) {
        target.joiners.append(t)
        t.unregister = { target.joiners.removeAll { $0 === t } }
        t.retry = { [unowned(unsafe) vm] in
            if target.phase == .done { return .bool(true) }
            if t.timedOut { return .bool(false) }
            waitForExit(vm, t, target, deadline: deadline)
            return nil
        }
        vm.machine.block(t, .lock(reason: "join"), deadline: deadline)
    }
}

/// The native side of a started `threading.Thread`.
final class ThreadHandle: PyNativeObject {
    static let type = PyType("_ThreadHandle", base: BuiltinTypes.object, module: "threading")
    let thread: SimThread
    init(_ thread: SimThread) {
        self.thread = thread
        super.init(type: ThreadHandle.type)
    }
}

/// Warnings already shown, by location and text: Python's default filter shows a
/// `DeprecationWarning` raised in `__main__` once per line.
final class WarningRegistry {
    private var shown: Set<String> = []

    /// Writes `path:line: category: message` and the source line of the innermost user frame to stderr.
    func warn(_ vm: VM, category: String, _ message: String) {
        guard let frame = vm.fiber.frames.last(where: { !LibraryCode.isLibrary($0.code) }) else { return }
        let line = frame.code.line(at: frame.ip - 1)
        let path = frame.code.sourcePath
        guard shown.insert("\(path):\(line):\(category):\(message)").inserted else { return }
        var text = "\(path):\(line): \(category): \(message)\n"
        let source = path == vm.source.tracebackPath ? vm.source.line(line).trimmingPythonWhitespace() : ""
        if !source.isEmpty { text += "  \(source)\n" }
        vm.write(.stderr, text)
    }
}
