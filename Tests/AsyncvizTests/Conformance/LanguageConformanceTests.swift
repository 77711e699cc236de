import Testing

/// Every language program prints byte-for-byte what CPython prints.
@Suite struct LanguageConformanceTests {
    static let programs = Repository.programs(in: "Tests/Programs/language")

    @Test func thereAreAtLeastFortyPrograms() {
        #expect(Self.programs.count >= 40)
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
