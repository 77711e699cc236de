import Testing
@testable import Runtime

/// Programs using json, traceback, warnings, textwrap, statistics, uuid and signal print what CPython 3.11 prints
/// under the harness. These modules write to stderr too (warnings, print_exc), so stderr is compared whole
/// whenever CPython's own traceback shows none of its library frames (which asyncviz leaves out).
@Suite struct MoreStdlibConformanceTests {
    static let programs = Repository.programs(in: "Tests/Programs/stdlib_more")

    @Test func thereArePrograms() {
        #expect(Self.programs.count >= 3)
    }

    @Test(arguments: programs)
    func matchesCPython(_ program: String) throws {
        try Runner.expectSameAsCPython(program, status: nil)
        let expected = try Runner.python(program)
        guard !expected.stderr.contains("/lib/python3") else { return }
        #expect(try Runner.asyncviz(program).stderr == expected.stderr)
    }

    @Test func signalHandlersAreRefused() {
        let last = Runner.refusal("import signal\nsignal.signal(signal.SIGTERM, lambda signum, frame: None)\n")
        #expect(last.hasPrefix("NotImplementedError: signal.signal() is not available in asyncviz"))
        #expect(Runner.refusal("import signal\nsignal.alarm(1)\n").hasPrefix("NotImplementedError: signal.alarm()"))
    }
}
