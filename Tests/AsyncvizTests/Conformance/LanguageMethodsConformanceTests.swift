import Testing

/// The less common methods of the builtin types (`str.removeprefix`, `expandtabs`, `format_map`, `translate`,
/// `float.hex`/`fromhex`/`as_integer_ratio`, `int.numerator`, the layout methods of `bytes`) print what
/// CPython 3.11 prints.
@Suite struct LanguageMethodsConformanceTests {
    static let programs = Repository.programs(in: "Tests/Programs/language_methods")

    @Test func thereArePrograms() {
        #expect(Self.programs.count >= 2)
    }

    @Test(arguments: programs)
    func matchesCPython(_ program: String) throws {
        try Runner.expectSameAsCPython(program, status: 0)
    }
}
