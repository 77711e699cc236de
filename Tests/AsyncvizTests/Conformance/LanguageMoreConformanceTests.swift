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
        let expected = try Runner.python(program)
        let actual = try Runner.asyncviz(program)
        #expect(expected.status == 0, "python3 failed on \(program): \(expected.stderr)")
        #expect(actual.stdout == expected.stdout)
        #expect(actual.status == expected.status, "\(actual.stderr)")
    }
}
