import Foundation
import Testing
@testable import Runtime

/// Pure-Python work costs virtual time: every line event of the scenario's code (as CPython's `sys.settrace`
/// reports them) costs `MachineModel.lineCost`, which the harness charges too, so the programs in
/// `Tests/Programs/linecost` print the same times under CPython. The lesson the cost exists for (threads do
/// not speed up pure-Python work, processes do) is checked on asyncviz alone: the harness runs worker
/// processes on clocks of their own.
@Suite struct LineCostConformanceTests {
    static let programs = Repository.programs(in: "Tests/Programs/linecost")
    static let lesson = "Tests/Programs/linecost/lesson/threads_vs_processes.py"

    @Test func thereArePrograms() {
        #expect(Self.programs.count >= 3)
    }

    @Test(arguments: programs)
    func matchesCPython(_ program: String) throws {
        try Runner.expectSameAsCPython(program, status: 0)
    }

    /// The ratio a line `label: 0.27` of the lesson's output prints.
    private static func ratio(_ label: String, in output: String) -> Double? {
        output.split(separator: "\n").first { $0.hasPrefix(label + ":") }
            .flatMap { Double($0.split(separator: " ").last ?? "") }
    }

    @Test func threadsTakeAsLongAsSequentialWorkAndProcessesAQuarter() throws {
        let run = try Runner.asyncviz(Self.lesson)
        #expect(run.status == 0, "\(run.stderr)")
        let threads = try #require(Self.ratio("threads / sequential", in: run.stdout))
        let processes = try #require(Self.ratio("processes / sequential", in: run.stdout))
        #expect((0.95...1.1).contains(threads), "\(run.stdout)")
        #expect((0.2...0.35).contains(processes), "\(run.stdout)")
    }

    @Test func withoutALineCostTheLoopsTakeNoTime() throws {
        var machine = MachineModel()
        machine.lineCost = 0
        let run = try Runner.asyncviz(Self.lesson, options: RunOptions(machine: machine))
        #expect(run.stdout.contains("sequential: [550, 550, 550, 550] in 0.0 ms"), "\(run.stdout)")
    }

    @Test func onlyTheScenariosOwnCodeChecksForLineEvents() throws {
        let text = "def f(n):\n    for i in range(n):\n        n += i\n    return n\n"
        let scenario = try Compiler.compile(SourceFile(path: "s.py", text: text), availableModules: []).0
        let library = try Compiler.compile(SourceFile(path: "<asyncviz>/l.py", text: text), availableModules: [],
                                           library: true).0
        func checks(_ code: CodeObject) -> Int {
            code.instructions.filter(\.checksLine).count
                + code.constants.compactMap { $0.object as? CodeObject }.map(checks).reduce(0, +)
        }
        #expect(checks(scenario) > 0)
        #expect(checks(library) == 0)
    }
}
