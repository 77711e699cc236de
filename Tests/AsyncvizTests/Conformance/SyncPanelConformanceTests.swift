import Testing

/// The programs behind the Futures & sync and Coroutines panels' goldens (asyncio's and threading's
/// primitives, each with someone waiting; generators driven by tasks) print what CPython 3.11 prints.
@Suite struct SyncPanelConformanceTests {
    static let programs = Repository.programs(in: "Tests/Programs/sync_panel")
        + Repository.programs(in: "Tests/Programs/state_machines")

    @Test func thereArePrograms() {
        #expect(Self.programs.count == 6)
    }

    @Test(arguments: programs)
    func matchesCPython(_ program: String) throws {
        try Runner.expectSameAsCPython(program, status: 0)
    }
}
