import Testing
@testable import Runtime

/// Programs using `logging`, `time` and `datetime` as real programs do print under asyncviz what
/// CPython 3.11 prints under the harness (same epoch, UTC, virtual clock): the same stdout, exit
/// status and, as log records go to stderr, the same stderr to the byte.
@Suite struct LoggingTimeConformanceTests {
    static let programs = Repository.programs(in: "Tests/Programs/stdlib_logging")

    @Test func thereArePrograms() {
        #expect(Self.programs.count >= 6)
    }

    @Test(arguments: programs)
    func matchesCPython(_ program: String) throws {
        let expected = try Runner.python(program)
        let actual = try Runner.asyncviz(program)
        #expect(expected.status == 0, "python3 on \(program): \(expected.stderr)")
        #expect(actual == expected)
    }

    /// Calendar arithmetic: every day from 1600 to 2400 converts to a date and back, and consecutive
    /// days advance the weekday and the day of the year.
    @Test func calendarDaysRoundTrip() {
        let first = BrokenDownTime.days(year: 1600, month: 1, day: 1)
        let last = BrokenDownTime.days(year: 2400, month: 12, day: 31)
        var previous = BrokenDownTime(seconds: (first - 1) * 86_400)
        for day in first...last {
            let (y, m, d) = BrokenDownTime.civil(day)
            #expect(BrokenDownTime.days(year: y, month: m, day: d) == day)
            let t = BrokenDownTime(seconds: day * 86_400 + 3_723)
            #expect((t.year, t.month, t.day, t.hour, t.minute, t.second) == (y, m, d, 1, 2, 3))
            #expect(t.weekday == (previous.weekday + 1) % 7)
            #expect(t.yearDay == (t.year == previous.year ? previous.yearDay + 1 : 1))
            #expect(t.epochSeconds == day * 86_400 + 3_723)
            previous = t
        }
    }

    /// A record is an output event of the thread that logged it, as `print`'s output is.
    @Test func recordsAreOutputOfTheThreadThatLogs() throws {
        let run = try EventOrderTests.run("Tests/Programs/stdlib_logging/01_thread_pool_thread_names.py")
        let starts = run.events.filter { $0.kind == .threadStart }
        let names = Dictionary(starts.map { ($0.subject, $0.text) }) { first, _ in first }
        let records = run.events.filter { $0.kind == .stderr }
        #expect(records.map(\.text).joined() == run.stderr)
        let fromWorkers = records.filter { $0.text.contains("[fetch_") }
        #expect(fromWorkers.count == 7)
        for record in fromWorkers {
            let name = names[record.other] ?? "main"
            #expect(record.text.contains("[\(name)]"), "\(record.text) is written by \(name)")
        }
    }
}
