import Testing

/// Programs that use asyncviz's pure-Python standard library (functools, itertools, collections,
/// collections.abc, dataclasses, contextlib, enum, typing, abc and the small modules) as real
/// programs do print what CPython 3.11 prints under the harness, byte for byte.
@Suite struct PureStdlibConformanceTests {
    static let programs = Repository.programs(in: "Tests/Programs/stdlib_pure")

    @Test func thereArePrograms() {
        #expect(Self.programs.count >= 8)
    }

    @Test(arguments: programs)
    func matchesCPython(_ program: String) throws {
        try Runner.expectSameAsCPython(program, status: nil)
    }
}
