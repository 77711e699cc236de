/// `datetime`: `date`, `time`, `datetime`, `timedelta` and `timezone` as library Python
/// (`DatetimeLibrarySource`) over the calendar arithmetic and `strftime` of `time`, on the
/// same wall clock (`TimeModule.epoch` plus the virtual seconds, in UTC).
enum DatetimeModule {
    static let exported = ["MINYEAR", "MAXYEAR", "date", "time", "datetime", "timedelta", "tzinfo", "timezone", "UTC",
                           "_time_strptime"]

    static func make(_ vm: VM) throws -> PyModule {
        let module = PyModule(name: "datetime")
        try LibraryCode.load("datetime", path: "<asyncviz>/datetime.py", text: DatetimeLibrarySource.text,
                             natives: natives, exported: exported, into: module, vm: vm)
        return module
    }

    private static func int(_ v: Value) throws -> Int {
        guard let n = Arithmetic.intValue(v) else {
            throw PyError.type("'\(TypeOf.name(v))' object cannot be interpreted as an integer")
        }
        return n
    }

    static let natives: [String: Value] = Dictionary(uniqueKeysWithValues: [
        VM.function("datetime", "_wall") { vm, _, _ in try vm.readClock { vm, _ in .float(TimeModule.wallClock(vm)) } },
        VM.function("datetime", "_civil") { _, args, _ in
            let (y, m, d) = BrokenDownTime.civil(try int(args[0]))
            return .object(PyTuple([.int(y), .int(m), .int(d)]))
        },
        VM.function("datetime", "_day_number") { _, args, _ in
            .int(BrokenDownTime.days(year: try int(args[0]), month: try int(args[1]), day: try int(args[2])))
        },
        VM.function("datetime", "_struct_time") { _, args, _ in
            TimeModule.structure(BrokenDownTime(items: try TimeModule.items(args[0])), zone: "UTC")
        },
        VM.function("datetime", "_strftime") { _, args, _ in
            let format = try Arguments.string(args[0], "strftime() argument 1")
            let t = BrokenDownTime(items: try TimeModule.items(args[1]))
            let text = Strftime.format(format, t, zone: Repr.str(args[2]), offset: Repr.str(args[3]),
                                       microsecond: try int(args[4]))
            return .str(text)
        },
    ])
}
