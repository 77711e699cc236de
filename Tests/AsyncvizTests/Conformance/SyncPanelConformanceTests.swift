import Testing

/// The programs behind the Futures & sync panel's goldens (asyncio's and threading's primitives, each with
/// someone waiting) print what CPython 3.11 prints under the harness.
@Suite struct SyncPanelConformanceTests {
    static let programs = Repository.programs(in: "Tests/Programs/sync_panel")

    @Test func thereArePrograms() {
        #expect(Self.programs.count == 2)
    }

    @Test(arguments: programs)
    func matchesCPython(_ program: String) throws {
        try Runner.expectSameAsCPython(program, status: 0)
    }
}
