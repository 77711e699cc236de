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
        try Runner.expectSameAsCPython(program, status: nil)
    }

    @Test(arguments: failing)
    func failsLikeCPython(_ program: String) throws {
        try Runner.expectSameAsCPython(program, status: 1)
    }
}
