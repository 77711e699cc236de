import Testing

/// The audit of the standard library issue #18 lists: programs that use each module the way tutorials do
/// (every name it lists, every `random` function and distribution, logging's attributes, strftime's
/// directives, datetime's arithmetic and formats, …) print what CPython 3.11 prints under the harness.
@Suite struct StdlibAuditConformanceTests {
    static let programs = Repository.programs(in: "Tests/Programs/stdlib-audit")

    @Test func thereArePrograms() {
        #expect(Self.programs.count >= 6)
    }

    @Test(arguments: programs)
    func matchesCPython(_ program: String) throws {
        try Runner.expectSameAsCPython(program, status: nil)
    }
}
