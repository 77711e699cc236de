import Testing
@testable import Runtime

/// Programs using argparse, weakref and io (with contextlib's redirections) print what CPython 3.11 prints under
/// the harness, stderr included (argparse's usage and errors, which name no library frame). The programs in
/// `exits/` end as CPython's do when a command line is wrong: usage and error on stderr, exit status 2.
@Suite struct ArgparseWeakrefConformanceTests {
    static let programs = Repository.programs(in: "Tests/Programs/stdlib_argparse")
    static let exits = Repository.programs(in: "Tests/Programs/stdlib_argparse/exits")

    @Test func thereArePrograms() {
        #expect(Self.programs.count >= 5)
        #expect(Self.exits.count >= 2)
    }

    @Test(arguments: programs)
    func matchesCPython(_ program: String) throws {
        try Runner.expectSameAsCPython(program, status: 0)
        #expect(try Runner.asyncviz(program).stderr == Runner.python(program).stderr)
    }

    @Test(arguments: exits)
    func exitsLikeCPython(_ program: String) throws {
        try Runner.expectSameAsCPython(program, status: 2)
        #expect(try Runner.asyncviz(program).stderr == Runner.python(program).stderr)
    }

    /// The words after `--` on asyncviz's command line are `sys.argv[1:]`, which `parse_args()` reads.
    @Test func parseArgsReadsTheScenarioArguments() throws {
        let program = "Tests/Programs/stdlib_argparse/help_layout.py"
        let words = ["--workers", "3", "first", "second"]
        let expected = try Runner.run("python3", [program] + words,
                                      environment: ["PYTHONPATH": Repository.url("Tools/python").path])
        let actual = try Runner.asyncviz(program, options: RunOptions(arguments: words))
        #expect(expected.stdout.contains("Namespace(workers=3, rest=['first', 'second'])"))
        #expect(actual.stdout == expected.stdout)
        #expect(actual.status == expected.status)
    }

    @Test func filesStayRefused() {
        #expect(Runner.refusal("import io\nio.open('data.txt')\n")
            == "NotImplementedError: io.open() is not available in asyncviz: a scenario cannot read or write files")
        let fromFile = Runner.refusal("import argparse\nargparse.ArgumentParser(fromfile_prefix_chars='@')\n")
        #expect(fromFile.hasPrefix("NotImplementedError: argparse fromfile_prefix_chars is not available"))
        let fileType = Runner.refusal("import argparse\nargparse.FileType('r')\n")
        #expect(fileType.hasPrefix("NotImplementedError: argparse.FileType is not available in asyncviz"))
        #expect(Interpreter.check(SourceFile(path: "open.py", text: "open('data.txt')\n")) != nil)
    }

    /// A callback that raises is reported as CPython reports it, and the program goes on.
    @Test func failingCallbackIsReportedAndIgnored() {
        let text = """
        import weakref
        class Box: pass
        def cb(ref):
            raise ValueError('cleanup failed')
        b = Box()
        r = weakref.ref(b, cb)
        del b
        print('still running', r())
        """
        var stdout = "", stderr = ""
        let status = Interpreter.run(SourceFile(path: "cb.py", text: text + "\n"), options: RunOptions()) { stream, s in
            if stream == .stdout { stdout += s } else { stderr += s }
        }
        #expect(status == 0)
        #expect(stdout == "still running None\n")
        #expect(stderr.hasPrefix("Exception ignored in: <function cb at "))
        #expect(Runner.lastLine(stderr) == "ValueError: cleanup failed")
    }
}
