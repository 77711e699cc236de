import Foundation
import Testing
@testable import Runtime

/// `trace --format chrome` on every tour scenario passes our own validator of the Trace Event Format,
/// and the tracks of `01_thread_pool.py` (names and slice counts) match a golden file.
@Suite struct ChromeTraceTests {
    static let scenarios = Repository.programs(in: "Scenarios")

    static func export(_ scenario: String) throws -> JSON {
        let r = try Runner.run(Repository.binary.path, ["trace", scenario, "--format", "chrome"])
        #expect(r.status == 0 || r.status == 1, "\(scenario) exits normally")
        return try JSON.parse(r.stdout)
    }

    static func events(_ trace: JSON) -> [JSON] {
        guard case .array(let events)? = trace["traceEvents"] else { return [] }
        return events
    }

    /// Every problem of a trace: required fields, every `B` closed by an `E` on its track, `ts` monotonic per
    /// track, `X` durations non-negative, flow ids unique and every flow end after its start.
    static func problems(_ trace: JSON) -> [String] {
        var problems: [String] = []
        var open: [String: Int] = [:]
        var lastTime: [String: Double] = [:]
        var flowStarts: Set<Int> = []
        for (k, e) in events(trace).enumerated() {
            guard let ph = e["ph"]?.string, let pid = e["pid"]?.int, let tid = e["tid"]?.int else {
                problems.append("event \(k): no ph, pid or tid")
                continue
            }
            if ph != "E" && e["name"]?.string == nil { problems.append("event \(k): no name") }
            if ph == "M" { continue }
            let track = "\(pid)/\(tid)"
            guard let ts = e["ts"]?.double else {
                problems.append("event \(k): no ts")
                continue
            }
            if ts < lastTime[track, default: 0] { problems.append("event \(k): ts goes back on track \(track)") }
            lastTime[track] = ts
            switch ph {
            case "B": open[track, default: 0] += 1
            case "E":
                if open[track, default: 0] == 0 {
                    problems.append("event \(k): E without B on track \(track)")
                } else {
                    open[track, default: 0] -= 1
                }
            case "X":
                guard let dur = e["dur"]?.double, dur >= 0 else { problems.append("event \(k): X without a duration"); break }
            case "s":
                guard let id = e["id"]?.int, flowStarts.insert(id).inserted else { problems.append("event \(k): flow id not unique"); break }
            case "f":
                guard let id = e["id"]?.int, flowStarts.contains(id) else { problems.append("event \(k): flow end without a start"); break }
            case "C":
                if e["args"] == nil { problems.append("event \(k): counter without args") }
            case "i": break
            default: problems.append("event \(k): unknown phase \(ph)")
            }
        }
        return problems + open.filter { $0.value > 0 }.keys.sorted().map { "track \($0): \(open[$0]!) B without E" }
    }

    @Test(arguments: scenarios) func everyTourScenarioExportsAValidTrace(scenario: String) throws {
        let trace = try Self.export(scenario)
        #expect(Self.problems(trace) == [])
        #expect(Self.events(trace).count > 10)
    }

    @Test func theValidatorFindsWhatIsWrong() throws {
        let bad = try JSON.parse("""
        {"traceEvents":[{"ph":"B","name":"a","pid":1,"tid":1,"ts":5},{"ph":"X","name":"b","pid":1,"tid":1,"ts":4,"dur":1},
        {"ph":"s","name":"w","pid":1,"tid":1,"ts":6,"id":1},{"ph":"s","name":"w","pid":1,"tid":1,"ts":6,"id":1},
        {"ph":"f","name":"w","pid":1,"tid":2,"ts":7,"id":9},{"ph":"E","pid":1,"tid":3,"ts":8}]}
        """)
        #expect(Self.problems(bad) == ["event 1: ts goes back on track 1/1", "event 3: flow id not unique",
                                       "event 4: flow end without a start", "event 5: E without B on track 1/3",
                                       "track 1/1: 1 B without E"])
    }

    /// The tracks of the thread-pool scenario: process, thread names and how many slices each holds.
    @Test func threadPoolTracksMatchTheGolden() throws {
        let trace = try Self.export("Scenarios/01_thread_pool.py")
        var trackNames: [String: String] = [:]
        var processNames: [Int: String] = [:]
        var slices: [String: Int] = [:]
        var order: [String] = []
        for e in Self.events(trace) {
            guard let pid = e["pid"]?.int, let tid = e["tid"]?.int else { continue }
            let track = "\(pid)/\(tid)"
            if e["ph"]?.string == "M", let name = e["args"]?["name"]?.string {
                if e["name"]?.string == "process_name" { processNames[pid] = name }
                if e["name"]?.string == "thread_name" { trackNames[track] = name; order.append(track) }
            }
            if e["ph"]?.string == "B" || e["ph"]?.string == "X" { slices[track, default: 0] += 1 }
        }
        let listing = order.map { track in
            let pid = Int(track.split(separator: "/")[0]) ?? 0
            return "\(processNames[pid] ?? "?") / \(trackNames[track] ?? "?"): \(slices[track, default: 0]) slices\n"
        }.joined()
        let (expected, actual) = try Repository.golden("Tests/Golden/chrome/01_thread_pool.tracks", listing)
        #expect(actual == expected)
    }
}
