import Testing

/// Builtin subclasses, attribute hooks, live `__dict__`, big ranges and async generator finalization print
/// byte-for-byte what CPython prints.
@Suite struct LanguageMoreConformanceTests {
    static let programs = Repository.programs(in: "Tests/Programs/language_more")

    @Test func thereAreAtLeastFourPrograms() {
        #expect(Self.programs.count >= 4)
    }

    @Test(arguments: programs)
    func matchesCPython(_ program: String) throws {
        try Runner.expectSameAsCPython(program, status: 0)
    }
}
