import Testing

/// Programs with the `spawn` start method (a child imports the script again as `__mp_main__`),
/// `terminate`/`kill` (a child stops where it is) and `maxtasksperchild` (workers replaced) print
/// what CPython 3.11 prints under the harness: the same stdout, exit status and last line on stderr.
/// The parent flushes what it prints, so the children's lines fall where CPython's would.
@Suite struct MultiprocessingSpawnConformanceTests {
    static let programs = Repository.programs(in: "Tests/Programs/multiprocessing_spawn")

    @Test func thereArePrograms() {
        #expect(Self.programs.count >= 4)
    }

    @Test(arguments: programs)
    func matchesCPython(_ program: String) throws {
        try Runner.expectSameAsCPython(program, status: 0)
    }
}
