import Testing

/// Programs with threads, thread pools and the asyncio bridge print what
/// CPython 3.11 prints under the harness: the same stdout, exit status and
/// last line on stderr (they print only what no thread timing can change).
@Suite struct ThreadsConformanceTests {
    static let programs = Repository.programs(in: "Tests/Programs/threads")
    static let failing = Repository.programs(in: "Tests/Programs/threads/failing")

    @Test func thereArePrograms() {
        #expect(Self.programs.count + Self.failing.count >= 30)
    }

    @Test(arguments: programs)
    func matchesCPython(_ program: String) throws {
        let expected = try Runner.python(program)
        let actual = try Runner.asyncviz(program)
        #expect(actual.stdout == expected.stdout)
        #expect(actual.status == expected.status, "\(actual.stderr)")
        #expect(Runner.lastLine(actual.stderr) == Runner.lastLine(expected.stderr))
    }

    @Test(arguments: failing)
    func failsLikeCPython(_ program: String) throws {
        let expected = try Runner.python(program)
        let actual = try Runner.asyncviz(program)
        #expect(expected.status == 1)
        #expect(actual.status == 1)
        #expect(actual.stdout == expected.stdout)
        #expect(Runner.lastLine(actual.stderr) == Runner.lastLine(expected.stderr))
    }
}
