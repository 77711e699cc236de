/// `time` on the virtual clock. The wall clock (`time()`, `time_ns()`, and the calendar functions
/// without an argument) reads `epoch` plus the virtual seconds; `monotonic` and `perf_counter` read
/// the virtual seconds alone; `process_time` and `thread_time` the seconds computed on a core (by the
/// process's threads, by the calling thread). The time zone is UTC, so `localtime` is `gmtime`.
enum TimeModule {
    /// 2026-01-01 00:00:00 UTC: what `time.time()` reads when a program starts.
    static let epoch = 1_767_225_600

    static let fields = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
                         "tm_isdst"]

    static let structTime: PyType = {
        let t = PyType("struct_time", base: BuiltinTypes.tuple, module: "time")
        t.constructor = { _, args, kw in
            try Arguments.check("struct_time", args, kw, min: 1, max: 1)
            return structure(BrokenDownTime(items: try items(args[0], "time.struct_time()")), zone: "UTC")
        }
        return t
    }()

    static func wallClock(_ vm: VM) -> Double { Double(epoch) + vm.clock }

    /// Seconds as whole nanoseconds, rounded half to even as Python's `round`.
    static func nanoseconds(_ seconds: Double) -> Value { .int(Int((seconds * 1e9).rounded(.toNearestOrEven))) }

    static func processTime(_ vm: VM, of thread: SimThread) -> Double {
        let process = thread.process
        return vm.machine.threads.filter { $0.process === process }.reduce(0) { $0 + $1.cpuTime }
    }

    static func structure(_ t: BrokenDownTime, zone: String) -> Value {
        .object(PyNamedTuple(type: structTime, fields: fields, items: t.items.map { .int($0) }, structSequence: true,
                             extras: ["tm_zone": .str(zone), "tm_gmtoff": .int(0)]))
    }

    /// The nine integers of a struct_time or tuple argument.
    static func items(_ v: Value, _ what: String = "") throws -> [Int] {
        let values: [Value]
        if let tuple = v.object as? PyTuple {
            values = tuple.items
        } else if let list = v.object as? PyList, what == "time.struct_time()" {
            values = list.items
        } else {
            throw PyError.type("Tuple or struct_time argument required")
        }
        guard values.count == 9 else {
            if what == "time.struct_time()" {
                throw PyError.type("time.struct_time() takes a 9-sequence (\(values.count)-sequence given)")
            }
            throw PyError.type("function takes exactly 9 arguments (\(values.count) given)")
        }
        return try values.map { v in
            guard let n = Arithmetic.intValue(v) else {
                throw PyError.type("'\(TypeOf.name(v))' object cannot be interpreted as an integer")
            }
            return n
        }
    }

    /// A seconds argument (None: now) as the broken-down time of its whole second.
    static func moment(_ vm: VM, _ args: [Value]) throws -> BrokenDownTime {
        guard let v = args.first, !v.isNoneValue else {
            try vm.payLineDebt()
            return BrokenDownTime(seconds: Int(wallClock(vm).rounded(.down)))
        }
        if let n = Arithmetic.intValue(v) { return BrokenDownTime(seconds: n) }
        guard case .float(let d) = v else {
            throw PyError.type("'\(TypeOf.name(v))' object cannot be interpreted as an integer")
        }
        guard d.isFinite else {
            let message = d.isNaN ? "Invalid value NaN (not a number)" : "cannot convert float infinity to integer"
            throw PyError.value(message)
        }
        return BrokenDownTime(seconds: Int(d.rounded(.down)))
    }

    /// A struct_time argument (absent or None: now), with the zone `%Z` shows.
    static func timeArgument(_ vm: VM, _ args: [Value], at index: Int) throws -> (BrokenDownTime, String) {
        guard args.count > index, !args[index].isNoneValue else { return (try moment(vm, []), "UTC") }
        let zone = ((args[index].object as? PyNamedTuple)?.extras["tm_zone"]?.asStr?.value) ?? "UTC"
        return (BrokenDownTime(items: try items(args[index])), zone)
    }

    static func asctime(_ t: BrokenDownTime) -> String {
        Strftime.format("%a %b %e %H:%M:%S %Y", t, zone: "UTC", offset: nil)
    }

    static func make(_ vm: VM) -> PyModule {
        var attributes = Dictionary(uniqueKeysWithValues: clocks + calendar)
        attributes["struct_time"] = .object(structTime)
        attributes["timezone"] = .int(0)
        attributes["altzone"] = .int(0)
        attributes["daylight"] = .int(0)
        attributes["tzname"] = .object(PyTuple([.str("UTC"), .str("UTC")]))
        return PyModule(name: "time", attributes: attributes)
    }

    private static func reading(_ name: String, _ read: @escaping (VM, SimThread) -> Value) -> (String, Value) {
        VM.function("time", name) { vm, args, kw in
            try Arguments.check(name, args, kw, min: 0, max: 0)
            return try vm.readClock(read)
        }
    }

    static let clocks: [(String, Value)] = [
        reading("time") { vm, _ in .float(wallClock(vm)) },
        reading("time_ns") { vm, _ in
            guard case .int(let ns) = nanoseconds(vm.clock) else { return .none }
            return .int(epoch * 1_000_000_000 + ns)
        },
        reading("monotonic") { vm, _ in .float(vm.clock) },
        reading("monotonic_ns") { vm, _ in nanoseconds(vm.clock) },
        reading("perf_counter") { vm, _ in .float(vm.clock) },
        reading("perf_counter_ns") { vm, _ in nanoseconds(vm.clock) },
        reading("process_time") { vm, t in .float(processTime(vm, of: t)) },
        reading("process_time_ns") { vm, t in nanoseconds(processTime(vm, of: t)) },
        reading("thread_time") { _, t in .float(t.cpuTime) },
        reading("thread_time_ns") { _, t in nanoseconds(t.cpuTime) },
        VM.function("time", "sleep") { vm, args, kw in
            try Arguments.check("sleep", args, kw, min: 1, max: 1)
            try vm.sleepThread(try SimModule.seconds(args[0], "sleep"), io: false)
            return .none
        },
    ]

    static let calendar: [(String, Value)] = [
        VM.function("time", "gmtime") { vm, args, kw in
            try Arguments.check("gmtime", args, kw, min: 0, max: 1)
            return structure(try moment(vm, args), zone: "GMT")
        },
        VM.function("time", "localtime") { vm, args, kw in
            try Arguments.check("localtime", args, kw, min: 0, max: 1)
            return structure(try moment(vm, args), zone: "UTC")
        },
        VM.function("time", "mktime") { _, args, kw in
            try Arguments.check("mktime", args, kw, min: 1, max: 1)
            return .float(Double(BrokenDownTime(items: try items(args[0])).epochSeconds))
        },
        VM.function("time", "asctime") { vm, args, kw in
            try Arguments.check("asctime", args, kw, min: 0, max: 1)
            return .str(asctime(try timeArgument(vm, args, at: 0).0))
        },
        VM.function("time", "ctime") { vm, args, kw in
            try Arguments.check("ctime", args, kw, min: 0, max: 1)
            return .str(asctime(try moment(vm, args)))
        },
        VM.function("time", "strftime") { vm, args, kw in
            try Arguments.check("strftime", args, kw, min: 1, max: 2)
            let format = try Arguments.string(args[0], "strftime() argument 1")
            let (t, zone) = try timeArgument(vm, args, at: 1)
            return .str(Strftime.format(format, t, zone: zone, offset: "+0000"))
        },
        VM.function("time", "strptime") { vm, args, kw in
            try Arguments.check("strptime", args, kw, min: 1, max: 2)
            let reader = try vm.importModule("datetime", leaf: true).attribute("_time_strptime") ?? .none
            return try vm.call(reader, args, [])
        },
    ]
}
