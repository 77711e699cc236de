/// `logging`: the library Python of `LoggingLibrarySource` over natives that read the
/// simulated machine: the wall clock, the thread, process and scenario line that log,
/// the exception being handled, and the scenario's output streams (a record written to
/// them is an output event of the thread that wrote it, as `print`'s output is).
enum LoggingModule {
    static let exported = [
        "CRITICAL", "FATAL", "ERROR", "WARNING", "WARN", "INFO", "DEBUG", "NOTSET", "BASIC_FORMAT", "raiseExceptions",
        "logThreads", "logProcesses", "logMultiprocessing", "getLevelName", "getLevelNamesMapping", "addLevelName",
        "LogRecord", "makeLogRecord", "Formatter", "Filter", "Filterer", "Handler", "StreamHandler", "NullHandler",
        "lastResort", "Logger", "RootLogger", "root", "getLogger", "disable", "LoggerAdapter", "basicConfig",
        "debug", "info", "warning", "warn", "error", "exception", "critical", "fatal", "log", "shutdown",
        "captureWarnings",
        "_library_log",
    ]

    static func make(_ vm: VM) throws -> PyModule {
        let time = try vm.importModule("time", leaf: true)
        var natives = functions
        natives["_localtime"] = time.attributes["localtime"]
        natives["_strftime"] = time.attributes["strftime"]
        let module = PyModule(name: "logging")
        try LibraryCode.load("logging", path: "<asyncviz>/logging/__init__.py", text: LoggingLibrarySource.text,
                             natives: natives, exported: exported, into: module, vm: vm)
        return module
    }

    /// The path, line and function name of the scenario frame `level` frames out from the innermost one.
    static func caller(_ vm: VM, level: Int) -> Value {
        let frames = vm.fiber.frames.filter { !LibraryCode.isLibrary($0.code) }
        guard !frames.isEmpty else {
            return .object(PyTuple([.str("(unknown file)"), .int(0), .str("(unknown function)")]))
        }
        let frame = frames[max(0, frames.count - max(1, level))]
        let line = frame.code.line(at: max(0, frame.ip - 1))
        return .object(PyTuple([.str(frame.code.sourcePath), .int(line), .str(frame.code.name)]))
    }

    /// The scenario frames running now, outermost first, as a traceback shows them (`Call stack:`).
    static func callStack(_ vm: VM) -> String {
        vm.fiber.frames.filter { !LibraryCode.isLibrary($0.code) }.map { frame in
            let line = frame.code.line(at: max(0, frame.ip - 1))
            let raw = frame.code.sourcePath == vm.source.tracebackPath ? vm.source.line(line) : ""
            let text = String(raw.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
            return "  File \"\(frame.code.sourcePath)\", line \(line), in \(frame.code.name)\n"
                + (text.isEmpty ? "" : "    \(text)\n")
        }.joined()
    }

    /// `thread`, `threadName`, `processName`, `process` of a record logged now: the ids `threading.get_ident()`
    /// and `os.getpid()` report (the main process is 4100, worker processes 4200, 4300, …).
    static func place(_ vm: VM) -> Value {
        let t = vm.machine.current
        return .object(PyTuple([.int(ThreadingModule.ident(t)), .str(t.threadName), .str(t.process.name),
                                .int(4_100 + t.process.pid * 100)]))
    }

    static let functions: [String: Value] = Dictionary(uniqueKeysWithValues: [
        VM.function("logging", "_wall") { vm, _, _ in try vm.readClock { vm, _ in .float(TimeModule.wallClock(vm)) } },
        VM.function("logging", "_where") { vm, _, _ in place(vm) },
        VM.function("logging", "_caller") { vm, args, _ in caller(vm, level: Arithmetic.intValue(args[0]) ?? 1) },
        VM.function("logging", "_write_stderr") { vm, args, _ in
            vm.write(.stderr, Repr.str(args[0]))
            return .none
        },
        VM.function("logging", "_sys_stderr") { vm, _, _ in
            guard ModuleRegistry.available.contains("sys") else { return .none }
            return try vm.importModule("sys", leaf: true).attributes["stderr"] ?? .none
        },
        VM.function("logging", "_format_exception") { vm, args, _ in
            guard let exc = args[0].object as? PyException else { return .str("NoneType: None\n") }
            return .str(Traceback.render(exc, source: vm.source))
        },
        VM.function("logging", "_call_stack") { vm, _, _ in .str(callStack(vm)) },
        VM.function("logging", "_import") { vm, args, _ in
            .object(try vm.importModule(Repr.str(args[0]), leaf: true))
        },
        VM.function("logging", "_current_exception") { vm, _, _ in
            vm.fiber.handling.last.map { .object($0) } ?? .none
        },
    ])
}

extension VM {
    /// A record a library module logs where CPython's logs one (asyncio's selector and exception handler),
    /// once the scenario imported `logging`; false when it did not, and the caller reports in its own way.
    @discardableResult
    func libraryLog(_ logger: String, level: Int, _ message: String,
                    at place: (file: String, line: Int, function: String), exception: PyException? = nil) -> Bool {
        guard let logging = modules["logging"], let log = logging.attributes["_library_log"] else { return false }
        let site = PyTuple([.str(LibraryCode.pathPrefix + place.file), .int(place.line), .str(place.function)])
        let failure: Value = exception.map { .object($0) } ?? .none
        _ = try? call(log, [.str(logger), .int(level), .str(message), .object(site), failure])
        return true
    }
}
