import Testing

/// Programs behind the tour's machine-model features (a thread's start-up cost) print what CPython 3.11 prints
/// under the harness, times included: the harness charges `Thread.start()` what asyncviz charges.
@Suite struct TourConformanceTests {
    static let programs = Repository.programs(in: "Tests/Programs/tour")

    @Test func thereArePrograms() {
        #expect(!Self.programs.isEmpty)
    }

    @Test(arguments: programs)
    func matchesCPython(_ program: String) throws {
        try Runner.expectSameAsCPython(program, status: 0)
    }
}
