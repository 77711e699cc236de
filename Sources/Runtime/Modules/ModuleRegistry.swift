/// The modules a scenario may import, built on first import for each VM.
enum ModuleRegistry {
    /// Every importable module name (dotted names include their packages).
    static let available = [
        "abc",
        "argparse",
        "asyncio",
        "bisect",
        "collections", "collections.abc",
        "concurrent", "concurrent.futures",
        "contextlib",
        "copy",
        "dataclasses",
        "datetime",
        "enum",
        "functools",
        "heapq",
        "io",
        "itertools",
        "json",
        "logging", "logging.handlers",
        "math",
        "multiprocessing", "multiprocessing.pool", "multiprocessing.connection", "multiprocessing.managers",
        "operator",
        "os", "os.path",
        "queue",
        "random",
        "re",
        "signal",
        "sim",
        "statistics",
        "string",
        "textwrap",
        "sys",
        "threading",
        "time",
        "traceback",
        "typing",
        "uuid",
        "warnings",
        "weakref",
    ]

    /// What each importable module offers, one line each: `asyncviz check --modules` and the README's table.
    static let summaries: [String: String] = [
        "abc": "ABC, abstractmethod (instantiation refused as CPython refuses it), ABC.register",
        "argparse": "ArgumentParser: options, positionals, nargs, actions, groups, subcommands; CPython's help layout",
        "asyncio": "event loop, tasks, gather/wait/timeouts, queues, locks, TaskGroup, to_thread, run_in_executor",
        "bisect": "bisect/insort (left and right, with key)",
        "collections": "deque, defaultdict, Counter, namedtuple, OrderedDict, ChainMap",
        "collections.abc": "the ABCs for isinstance/issubclass, by builtin type, runtime kind or special methods",
        "concurrent": "the package of concurrent.futures",
        "concurrent.futures": "ThreadPoolExecutor, ProcessPoolExecutor (simulated), Future, wait, as_completed",
        "contextlib": "(async)contextmanager, suppress, closing, nullcontext, (Async)ExitStack, redirect_stdout/stderr",
        "copy": "copy, deepcopy (memo, __copy__/__deepcopy__)",
        "dataclasses": "dataclass (order, frozen, slots, …), field, InitVar, KW_ONLY, asdict, replace, make_dataclass",
        "datetime": "date, time, datetime, timedelta, timezone on the virtual clock (2026-01-01, UTC), strptime, ISO",
        "enum": "Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique",
        "functools": "partial, wraps, reduce, lru_cache, cache, cached_property, total_ordering, singledispatch",
        "heapq": "heappush/heappop/heapify/… sifting exactly as CPython's, nlargest, nsmallest, merge",
        "io": "StringIO and BytesIO (read, write, seek, lines, iteration); io.open refused: no files",
        "itertools": "all of it: count, cycle, chain, islice, groupby, product, permutations, combinations, …",
        "json": "dumps/loads (indent, sort_keys, separators, default, hooks), JSONDecodeError, dump/load",
        "logging": "basicConfig, loggers, handlers, formatters, filters, LoggerAdapter; records from the simulated machine",
        "logging.handlers": "QueueHandler and QueueListener (no file, socket or mail handlers: a scenario has none)",
        "math": "the libm functions with CPython's errors, exact integer functions, fsum, isclose, constants",
        "multiprocessing": "Process, Pool, Pipe, Manager, queues, locks, Value/Array, current_process, cpu_count on simulated processes",
        "multiprocessing.pool": "Pool and ThreadPool",
        "multiprocessing.connection": "Connection (the ends of a Pipe) and wait",
        "multiprocessing.managers": "SyncManager and BaseManager.register, their proxies (dict, list, Namespace, Value, …)",
        "operator": "the operator functions (in-place ones and call too), itemgetter, attrgetter, methodcaller",
        "os": "getpid/getppid and cpu_count of the simulated machine, getenv (no environment), sep, linesep",
        "os.path": "join, split, basename, dirname, splitext, normpath, isabs, commonprefix/path (strings only)",
        "queue": "Queue, LifoQueue, PriorityQueue, SimpleQueue, Empty, Full",
        "random": "all of 3.11 draw for draw: seed (int/str/bytes/float), get/setstate, Random subclasses",
        "re": "our own backtracking engine: compile, match, search, findall, finditer, sub, split, escape (str)",
        "signal": "signal numbers (Signals, Handlers, Sigmasks), strsignal; handlers refused: no signal is delivered",
        "sim": "cpu(s), io(s), note(text), configure(cpus=…, gil=…): the simulated machine",
        "statistics": "means, medians, modes, (p)variance, (p)stdev, quantiles, correlation, regression, NormalDist",
        "string": "the constants, capwords, Template, Formatter",
        "sys": "argv (after --), exit, stdout/stderr, recursion limit (--max-depth), version_info, exc_info, getsizeof",
        "textwrap": "wrap, fill, shorten, dedent, indent, TextWrapper with all of its options",
        "threading": "Thread, Lock, RLock, Condition, Semaphore, Event, Barrier, Timer, local, excepthook",
        "time": "the clocks, sleep, struct_time, gmtime, strftime, strptime, thread_time on the virtual clock (UTC)",
        "traceback": "print_exc, format_exc, (print/format)_exception, extract_tb/format_tb, extract_stack",
        "typing": "every common name; Optional/Union/List/… with CPython's reprs, TypeVar, Generic, Protocol, NamedTuple, TypedDict",
        "uuid": "UUID (from hex, int, bytes, bytes_le, fields), uuid3/uuid5, uuid4 from the seeded generator",
        "warnings": "warn (category, stacklevel), simplefilter, filterwarnings (regular expressions), catch_warnings",
        "weakref": "ref (callbacks when freed), proxy, WeakMethod, WeakValue/KeyDictionary, WeakSet, finalize",
    ]

    static func make(_ name: String, vm: VM) throws -> PyModule? {
        switch name {
        case "asyncio": return try AsyncioModule.make(vm)
        case "random": return try RandomModule.make(vm)
        case "time": return TimeModule.make(vm)
        case "datetime": return try DatetimeModule.make(vm)
        case "logging": return try LoggingModule.make(vm)
        case "sim": return SimModule.make(vm)
        case "threading": return try ThreadingModule.make(vm)
        case "queue": return try QueueModule.make(vm)
        case "concurrent": return PyModule(name: "concurrent")
        case "concurrent.futures": return try FuturesModule.make(vm)
        case "sys": return SysModule.make(vm)
        case "os": return try OSModule.make(vm)
        case "os.path": return try PosixPathModule.make(vm)
        case "functools": return try LibraryModule.make(name, text: FunctoolsSource.text, vm: vm)
        case "itertools": return try LibraryModule.make(name, text: ItertoolsSource.text, vm: vm)
        case "collections": return try CollectionsPackage.make(vm)
        case "collections.abc": return try LibraryModule.make(name, text: CollectionsAbcSource.text, vm: vm)
        case "contextlib":
            let sys = try vm.importModule("sys", leaf: true)
            return try LibraryModule.make(name, text: ContextlibSource.text, natives: ["_sys": .object(sys)], vm: vm)
        case "dataclasses": return try LibraryModule.make(name, text: DataclassesSource.text, vm: vm)
        case "enum": return try LibraryModule.make(name, text: EnumSource.text, vm: vm)
        case "abc": return try LibraryModule.make(name, text: AbcSource.text, vm: vm)
        case "bisect": return try LibraryModule.make(name, text: BisectSource.text, vm: vm)
        case "copy": return try LibraryModule.make(name, text: CopySource.text, vm: vm)
        case "heapq": return try LibraryModule.make(name, text: HeapqSource.text, vm: vm)
        case "operator": return try LibraryModule.make(name, text: OperatorSource.text, vm: vm)
        case "string": return try LibraryModule.make(name, text: StringSource.text, vm: vm)
        case "math": return MathModule.make(vm)
        case "logging.handlers":
            let natives = try LoggingHandlersSource.natives(vm)
            return try LibraryModule.make(name, text: LoggingHandlersSource.text, natives: natives, vm: vm)
        case "re":
            let natives = try RegexNatives.make(vm)
            return try LibraryModule.make(name, text: RegexLibrarySource.text, natives: natives, vm: vm)
        case "signal":
            return try LibraryModule.make(name, text: SignalSource.text, natives: try SignalSource.natives(vm), vm: vm)
        case "uuid": return try LibraryModule.make(name, text: UuidSource.text, natives: UuidSource.natives, vm: vm)
        case "statistics":
            let natives = try StatisticsSource.natives(vm)
            return try LibraryModule.make(name, text: StatisticsSource.text, natives: natives, vm: vm)
        case "textwrap": return try LibraryModule.make(name, text: TextwrapSource.text, vm: vm)
        case "traceback", "warnings":
            let text = name == "traceback" ? TracebackSource.text : WarningsSource.text
            return try LibraryModule.make(name, text: text, natives: TracebackNatives.make(), vm: vm)
        case "json":
            return try LibraryModule.make(name, text: JsonDecoderSource.text + "\n\n" + JsonEncoderSource.text, vm: vm)
        case "typing":
            return try LibraryModule.make(name, text: TypingSource.text, natives: try TypingSource.natives(vm), vm: vm)
        case "multiprocessing": return try MultiprocessingModule.make(vm)
        case "multiprocessing.pool": return try MultiprocessingModule.makeSubmodule(vm, "pool")
        case "multiprocessing.connection": return try MultiprocessingModule.makeSubmodule(vm, "connection")
        case "multiprocessing.managers": return try MultiprocessingModule.makeSubmodule(vm, "managers")
        case "io": return try LibraryModule.make(name, text: IoSource.text, vm: vm)
        case "argparse": return try ArgparseModule.make(vm)
        case "weakref": return try WeakrefModule.make(vm)
        default: return nil
        }
    }
}

extension VM {
    /// `import name`: the module itself (`leaf`) or the top-level package it is in.
    func importModule(_ name: String, leaf: Bool) throws -> PyModule {
        let parts = name.split(separator: ".").map(String.init)
        var path = ""
        var top: PyModule?
        var last: PyModule?
        for part in parts {
            path = path.isEmpty ? part : path + "." + part
            let module: PyModule
            if let m = modules[path] {
                module = m
            } else if let m = try ModuleRegistry.make(path, vm: self) {
                modules[path] = m
                module = m
                SysModule.imported(m, as: path, vm: self)
            } else {
                throw PyError(ExceptionTypes.moduleNotFoundError, "No module named '\(path)'")
            }
            if let parent = last, parent.attributes[part] == nil { parent.attributes[part] = .object(module) }
            if top == nil { top = module }
            last = module
        }
        return leaf ? last! : top!
    }

    /// `from package import name` where `name` is a submodule not imported yet (`from concurrent import futures`).
    func submodule(of package: PyModule, _ name: String) throws -> Value? {
        let path = package.name + "." + name
        guard ModuleRegistry.available.contains(path) else { return nil }
        return .object(try importModule(path, leaf: true))
    }

    /// A module function: a builtin named `module.name` in messages.
    static func function(_ module: String, _ name: String, _ body: @escaping PyBuiltin.Body) -> (String, Value) {
        (name, .object(PyBuiltin(name, qualifiedName: name, body)))
    }
}

/// `sim`: the harness module. In a single-threaded run `cpu` and `io` advance the virtual clock.
enum SimModule {
    static func seconds(_ v: Value, _ what: String) throws -> Double {
        guard let d = Arithmetic.floatValue(v) else {
            throw PyError.type("'\(TypeOf.name(v))' object cannot be interpreted as an integer")
        }
        if d < 0 { throw PyError.value(what == "sleep" ? "sleep length must be non-negative" : "\(what)() duration must be non-negative") }
        if !d.isFinite { throw PyError.value("\(what)() duration must be finite") }
        return d
    }

    static func make(_ vm: VM) -> PyModule {
        PyModule(name: "sim", attributes: Dictionary(uniqueKeysWithValues: [
            VM.function("sim", "cpu") { vm, args, kw in
                try Arguments.check("cpu", args, kw, min: 1, max: 1)
                try vm.computeThread(try seconds(args[0], "cpu"))
                return .none
            },
            VM.function("sim", "io") { vm, args, kw in
                try Arguments.check("io", args, kw, min: 1, max: 1)
                try vm.sleepThread(try seconds(args[0], "io"), io: true)
                return .none
            },
            VM.function("sim", "note") { vm, args, kw in
                try Arguments.check("note", args, kw, min: 1, max: 1)
                let text = try Arguments.string(args[0], "note() argument")
                vm.emit(.note, index: vm.currentLine, text: text)
                return .none
            },
            VM.function("sim", "configure") { vm, args, kw in
                try Arguments.check("configure", args, kw, min: 0, max: 0, keywords: MachineModel.keywords)
                try vm.machine.configure(kw)
                return .none
            },
        ]))
    }
}
