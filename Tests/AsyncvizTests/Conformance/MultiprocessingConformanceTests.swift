import Testing

/// Programs with `multiprocessing` (Pool, ThreadPool, Process, queues, shared values and the
/// synchronisation primitives) print what CPython 3.11 prints under the harness: the same stdout,
/// exit status and last line on stderr. Children report through queues; only the parent prints.
@Suite struct MultiprocessingConformanceTests {
    static let programs = Repository.programs(in: "Tests/Programs/multiprocessing")

    @Test func thereArePrograms() {
        #expect(Self.programs.count >= 8)
    }

    @Test(arguments: programs)
    func matchesCPython(_ program: String) throws {
        try Runner.expectSameAsCPython(program, status: nil)
    }
}
