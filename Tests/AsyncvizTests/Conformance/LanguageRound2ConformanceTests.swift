import Testing

/// namedtuple and typing.NamedTuple as tuple subclasses, IntEnum/IntFlag/StrEnum members as ints and strs,
/// Unicode case mappings and character tests over the whole BMP, a class defined after a process pool
/// forked, and ExceptionGroup's bases print byte-for-byte what CPython prints.
@Suite struct LanguageRound2ConformanceTests {
    static let programs = Repository.programs(in: "Tests/Programs/language_round2")

    @Test func thereAreAtLeastFivePrograms() {
        #expect(Self.programs.count >= 5)
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
