import Foundation
import Testing

/// Programs that fail: the message asyncviz prints is pinned by a golden file,
/// and for runtime errors the exception line agrees with CPython's.
@Suite struct ErrorGoldenTests {
    static let failing = Repository.programs(in: "Tests/Programs/errors")
    static let unsupported = Repository.programs(in: "Tests/Programs/errors/unsupported")

    static func goldenPath(_ program: String, _ ext: String) -> String {
        "Tests/Golden/" + program.dropFirst("Tests/Programs/".count).dropLast(3) + ext
    }

    @Test(arguments: failing)
    func failsLikeCPython(_ program: String) throws {
        let actual = try Runner.asyncviz(program)
        let expected = try Runner.python(program)
        #expect(actual.status == 1)
        #expect(actual.stdout == expected.stdout)
        let golden = try Repository.golden(Self.goldenPath(program, ".stderr"), actual.stderr)
        #expect(golden.actual == golden.expected)
        let theirs = Runner.lastLine(expected.stderr)
        if ["SyntaxError", "IndentationError", "TabError"].contains(where: { theirs.hasPrefix($0 + ":") }) {
            #expect(actual.stderr.split(separator: "\n").first?.hasSuffix(": " + theirs) == true, "CPython: \(theirs)")
        } else {
            let ours = Runner.lastLine(actual.stderr)
            #expect(ours.hasPrefix(theirs), "CPython: \(theirs)")
        }
    }

    @Test(arguments: unsupported)
    func unsupportedConstructsAreRejectedAtLoadTime(_ program: String) throws {
        let actual = try Runner.asyncviz(program)
        #expect(actual.status == 1)
        #expect(actual.stdout.isEmpty, "nothing may run before a load error")
        let golden = try Repository.golden(Self.goldenPath(program, ".stderr"), actual.stderr)
        #expect(golden.actual == golden.expected)
    }
}
