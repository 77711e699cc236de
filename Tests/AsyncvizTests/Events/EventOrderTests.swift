import Foundation
import Testing
@testable import Runtime

/// The runtime reports every scheduling decision, in order, through one sink (the runs cost their lines
/// nothing: the goldens pin the order of events at the round times the programs sleep for).
@Suite struct EventOrderTests {
    static let small = Repository.programs(in: "Tests/Programs/events")
    static let asyncio = Repository.programs(in: "Tests/Programs/asyncio")

    static func run(_ program: String) throws -> (events: [RuntimeEvent], stdout: String, stderr: String) {
        let text = try String(contentsOf: Repository.url(program), encoding: .utf8)
        let source = SourceFile(path: program, tracebackPath: Repository.url(program).path, text: text)
        let sink = EventCollector()
        var out = "", err = ""
        _ = Interpreter.run(source, options: TimelineTests.withoutLineCosts, sink: sink) { stream, s in
            if stream == .stdout { out += s } else { err += s }
        }
        return (sink.events, out, err)
    }

    /// The whole event sequence of a small program, pinned by a golden file.
    @Test(arguments: small)
    func eventsMatchTheGolden(_ program: String) throws {
        let events = try Self.run(program).events
        let text = events.map(\.line).joined(separator: "\n") + "\n"
        let golden = try Repository.golden("Tests/Golden/events/" + program.split(separator: "/").last!.dropLast(3) + ".events", text)
        #expect(golden.actual == golden.expected)
    }

    /// Laws every run obeys, checked on every asyncio conformance program.
    @Test(arguments: asyncio)
    func eventsObeyTheirLaws(_ program: String) throws {
        let (events, stdout, stderr) = try Self.run(program)
        #expect(zip(events, events.dropFirst()).allSatisfy { $0.time <= $1.time }, "time never goes back")
        #expect(events.filter { $0.kind == .stdout }.map(\.text).joined() == stdout, "stdout events are the output")
        #expect(events.filter { $0.kind == .stderr }.map(\.text).joined() == stderr, "stderr events are the output")
        var sites: [Int: Int] = [:]
        var created: Set<Int> = []
        var state: [Int: String] = [:]
        var begun: Int?
        for e in events {
            switch e.kind {
            case .codeFunction: sites[e.subject] = e.other
            case .coroCreate:
                #expect(sites[e.other] != nil, "code.function comes before its coroutines")
                created.insert(e.subject)
                state[e.subject] = "created"
            case .coroResume:
                #expect(created.contains(e.subject))
                #expect(state[e.subject] == "created" || state[e.subject] == "suspended", "only a created or suspended coroutine resumes")
                state[e.subject] = "running"
            case .coroSuspend:
                #expect(state[e.subject] == "running", "only a running coroutine suspends")
                #expect(e.index >= 0, "a coroutine suspends at a numbered await site")
                state[e.subject] = "suspended"
            case .coroReturn, .coroRaise:
                #expect(state[e.subject] == "running", "only a running coroutine finishes")
                state[e.subject] = "done"
            case .handleRunBegin:
                #expect(begun == nil, "handles run one at a time")
                begun = e.subject
            case .handleRunEnd:
                #expect(begun == e.subject)
                begun = nil
            default: break
            }
        }
    }

    @Test func aSleepSuspendsAtItsSiteAndTheClockJumpsToTheTimer() throws {
        let events = try Self.run("Tests/Programs/events/01_one_sleep.py").events
        let kinds = events.map(\.kind)
        let select = try #require(events.first { $0.kind == .loopSelect })
        #expect(select.when == 0.5)
        let due = try #require(kinds.firstIndex(of: .timerDue))
        #expect(kinds.firstIndex(of: .loopSelect)! < due)
        let mainSuspend = try #require(events.first { $0.kind == .coroSuspend && $0.index == 0 && $0.text.isEmpty })
        #expect(mainSuspend.time == 0)
        #expect(events.last { $0.kind == .stdout }?.time == 0.5)
    }

    @Test func withoutASinkNothingIsBuilt() throws {
        let text = try String(contentsOf: Repository.url("Tests/Programs/events/02_two_tasks_future.py"), encoding: .utf8)
        var out = ""
        let status = Interpreter.run(SourceFile(path: "x.py", text: text)) { _, s in out += s }
        #expect(status == 0)
        #expect(out == "42\n")
    }
}
