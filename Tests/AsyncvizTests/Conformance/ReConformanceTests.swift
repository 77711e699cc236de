import Testing
@testable import Runtime

/// Programs using `re` print what CPython 3.11 prints; the engine reports bad patterns with CPython's messages
/// and positions; a pattern that backtracks without end is stopped like any other long computation.
@Suite struct ReConformanceTests {
    static let programs = Repository.programs(in: "Tests/Programs/stdlib_re")

    @Test func thereArePrograms() {
        #expect(Self.programs.count >= 3)
    }

    @Test(arguments: programs)
    func matchesCPython(_ program: String) throws {
        try Runner.expectSameAsCPython(program, status: 0)
    }

    /// `str(re.error)` for a bad pattern, as CPython 3.11 words it (`python3 -c "import re; re.compile(p)"`).
    @Test(arguments: [
        ("(", "missing ), unterminated subpattern at position 0"),
        ("a(b", "missing ), unterminated subpattern at position 1"),
        ("*", "nothing to repeat at position 0"),
        ("a|*", "nothing to repeat at position 2"),
        (#"\b*"#, "nothing to repeat at position 2"),
        ("a**", "multiple repeat at position 2"),
        ("a{1,2}*", "multiple repeat at position 6"),
        ("a)", "unbalanced parenthesis at position 1"),
        ("[a", "unterminated character set at position 0"),
        ("[]", "unterminated character set at position 0"),
        ("[z-a]", "bad character range z-a at position 1"),
        (#"[a-\d]"#, #"bad character range a-\d at position 1"#),
        (#"\q"#, #"bad escape \q at position 0"#),
        (#"[\A]"#, #"bad escape \A at position 1"#),
        ("\\", "bad escape (end of pattern) at position 0"),
        (#"\x4"#, #"incomplete escape \x4 at position 0"#),
        (#"\777"#, #"octal escape value \777 outside of range 0-0o377 at position 0"#),
        ("a{3,2}", "min repeat greater than max repeat at position 2"),
        ("(?<x)", "unknown extension ?<x at position 1"),
        ("(?z)", "unknown extension ?z at position 1"),
        ("(?", "unexpected end of pattern at position 2"),
        ("(?P<>a)", "missing group name at position 4"),
        ("(?P<1a>a)", "bad character in group name '1a' at position 4"),
        ("(?P<a", "missing >, unterminated name at position 4"),
        ("(?P<a>x)(?P<a>y)", "redefinition of group name 'a' as group 2; was group 1 at position 12"),
        (#"(a)\2"#, "invalid group reference 2 at position 4"),
        (#"(a\1)"#, "cannot refer to an open group at position 2"),
        ("(?P=b)", "unknown group name 'b' at position 4"),
        (#"(?<=(a)\1)"#, "cannot refer to group defined in the same lookbehind subpattern at position 9"),
        ("(?<=a+)", "look-behind requires fixed-width pattern"),
        ("(?<!a|bc)", "look-behind requires fixed-width pattern"),
        ("x(?i)", "global flags not at the start of the expression at position 1"),
        ("(?i", "missing -, : or ) at position 3"),
        ("(?-i)", "missing : at position 4"),
        ("(?i-i:a)", "bad inline flags: flag turned on and off at position 5"),
        ("(?L)a", "bad inline flags: cannot use 'L' flag with a str pattern at position 3"),
        ("(?#abc", "missing ), unterminated comment at position 0"),
        ("(?(1)a|b|c)(a)", "conditional backref with more than two branches at position 8"),
        ("(?(x)a)", "unknown group name 'x' at position 3"),
    ])
    func badPatternsAreReportedAsCPythonReportsThem(_ pattern: String, _ expected: String) {
        #expect(Self.message(pattern) == expected)
    }

    /// The parse of `pattern`'s error, worded as `str(re.error)` is for a one-line pattern.
    static func message(_ pattern: String) -> String? {
        do {
            _ = try RegexParser.parse(pattern, flags: [])
            return nil
        } catch let error as RegexError {
            return error.position.map { "\(error.message) at position \($0)" } ?? error.message
        } catch {
            return "\(error)"
        }
    }

    /// Patterns CPython accepts that look odd: a `{` that is no repeat is a literal, lookarounds repeat.
    @Test(arguments: ["a{,", "a{}", "(?=a)*", "(?:)*", "(?i)(?m)a", "(?x) (?i)a", "[]a]", "[a-]", #"\141"#])
    func unusualPatternsCompile(_ pattern: String) {
        #expect(Self.message(pattern) == nil)
    }

    static func run(_ text: String, _ options: RunOptions) -> (status: Int32, stdout: String, stderr: String) {
        var out = "", err = ""
        let status = Interpreter.run(SourceFile(path: "re_budget.py", text: text), options: options) { stream, s in
            if stream == .stdout { out += s } else { err += s }
        }
        return (status, out, err)
    }

    static let catastrophic = "import re\nprint('start')\nprint(re.match(r'(a+)+b', 'a' * 40))\n"

    /// Exponential backtracking counts as instructions: the limit stops it (one regex call, few bytecodes).
    @Test func runawayBacktrackingStopsAtTheInstructionLimit() {
        let r = Self.run(Self.catastrophic, RunOptions(limits: Limits(maxInstructions: 2_000_000)))
        #expect(r.status == 1)
        #expect(r.stdout == "start\n")
        #expect(r.stderr.hasPrefix("stopped: the scenario executed 2,000,000 instructions without finishing"))
    }

    /// A signal reaches a run stuck in one regex call at the next work checkpoint.
    @Test func aSignalStopsRunawayBacktracking() {
        var options = RunOptions(limits: Limits(maxInstructions: 1 << 40))
        options.testSignalAtWorkCheckpoint = 15
        let r = Self.run(Self.catastrophic, options)
        #expect(r.status == 143)
        #expect(r.stderr == "stopped: interrupted by signal 15\n")
    }

    /// Groups nested as deep as CPython's parser can go compile; one more is its RecursionError, not a crash.
    @Test func deepNestingIsARecursionError() {
        let program = "import re\nfor n in (495, 496, 100_000):\n    try:\n"
            + "        re.compile('(?:' * n + 'a' + ')' * n)\n        print(n, 'compiled')\n"
            + "    except RecursionError as e:\n        print(n, e)\n"
        let r = Self.run(program, RunOptions())
        let tooDeep = "maximum recursion depth exceeded"
        #expect(r.stdout == "495 compiled\n496 \(tooDeep)\n100000 \(tooDeep)\n")
    }

    /// Bytes patterns are refused with a TypeError that says so; a bytes subject gets CPython's own message.
    @Test func bytesAreRefused() {
        let pattern = Self.run("import re\nre.compile(b'a+')\n", RunOptions())
        #expect(pattern.stderr.hasSuffix("TypeError: asyncviz: re supports str patterns only, not bytes\n"))
        let subject = Self.run("import re\nre.search('a', b'abc')\n", RunOptions())
        #expect(subject.stderr.hasSuffix("TypeError: cannot use a string pattern on a bytes-like object\n"))
    }
}
