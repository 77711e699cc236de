import Testing

/// Every asyncio program schedules as CPython 3.11 does under the harness:
/// the same stdout byte for byte, the same exit status, the same last line on stderr.
@Suite struct AsyncioConformanceTests {
    static let programs = Repository.programs(in: "Tests/Programs/asyncio")
    static let failing = Repository.programs(in: "Tests/Programs/asyncio/failing")
    static let messages = Repository.programs(in: "Tests/Programs/asyncio/messages")
    static let deadlocks = Repository.programs(in: "Tests/Programs/asyncio/deadlock")

    @Test func thereAreAtLeastSixtyPrograms() {
        #expect(Self.programs.count + Self.failing.count + Self.messages.count >= 60)
    }

    @Test(arguments: programs + messages)
    func matchesCPython(_ program: String) throws {
        try Runner.expectSameAsCPython(program, status: 0)
    }

    @Test(arguments: failing)
    func failsLikeCPython(_ program: String) throws {
        try Runner.expectSameAsCPython(program, status: 1)
    }

    /// Where CPython would hang, the harness and asyncviz print the same deadlock report and exit 1.
    @Test(arguments: deadlocks)
    func deadlocksAreReportedLikeTheHarness(_ program: String) throws {
        let expected = try Runner.python(program)
        let actual = try Runner.asyncviz(program)
        #expect(expected.status == 1)
        #expect(actual.status == 1)
        #expect(actual.stdout == expected.stdout)
        #expect(actual.stderr == expected.stderr)
        #expect(actual.stderr.contains(" waits at "))
    }
}
