import Foundation
import Testing

/// Every bundled scenario prints what CPython prints under the harness.
@Suite struct ScenarioConformanceTests {
    static let scenarios: [String] = {
        let root = Repository.url("Scenarios")
        let found = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        return found.filter { $0.hasSuffix(".py") }.sorted().map { "Scenarios/\($0)" }
    }()

    @Test func scenariosExist() {
        #expect(!Self.scenarios.isEmpty)
    }

    @Test(arguments: scenarios)
    func matchesCPython(_ scenario: String) throws {
        let expected = try Runner.python(scenario)
        let actual = try Runner.asyncviz(scenario)
        let deadlock = expected.stderr.contains("asyncviz: deadlock at t=")
        #expect(expected.status == 0 || deadlock, "python3 failed on \(scenario): \(expected.stderr)")
        if deadlock { #expect(actual.stderr == expected.stderr) }
        #expect(actual.stdout == expected.stdout)
        #expect(actual.status == expected.status, "\(actual.stderr)")
        #expect(Runner.lastLine(actual.stderr) == Runner.lastLine(expected.stderr))
    }
}
