import Foundation
import Testing
@testable import Runtime

/// Every limit stops a run with one line that names its flag, and what was
/// recorded up to then is kept.
@Suite struct LimitsTests {
    static let forever = "import asyncio\nasync def main():\n    while True:\n        await asyncio.sleep(60)\nasyncio.run(main())\n"

    static func run(_ text: String, _ limits: Limits, sink: EventSink? = nil) -> (Int32, String) {
        var err = ""
        let status = Interpreter.run(SourceFile(path: "limit.py", text: text), options: RunOptions(limits: limits), sink: sink) { stream, s in
            if stream == .stderr { err += s }
        }
        return (status, err)
    }

    @Test func virtualTime() {
        #expect(Self.run(Self.forever, Limits(maxVirtualTime: 600)) == (1, "stopped: the scenario's virtual clock passed 600 seconds (raise the limit with --max-time)\n"))
    }

    @Test func eventsReported() {
        let store = EventStore()
        #expect(Self.run(Self.forever, Limits(maxEvents: 1000), sink: store) == (1, "stopped: the scenario reported more than 1,000 events (raise the limit with --max-events)\n"))
        #expect(store.count > 1000 && store[store.count - 1].kind == .runEnd)
    }

    @Test func logSizeKeepsWhatWasWritten() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("asyncviz-limit-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let header = LogHeader(scenario: "limit.py", source: Self.forever, options: .object([]), machine: .object([]))
        let writer = try LogWriter(path: path, header: header, maxBytes: 50_000)
        let (status, message) = Self.run(Self.forever, Limits(maxLogBytes: 50_000), sink: writer)
        writer.close()
        #expect(status == 1 && message == "stopped: the session log grew past 50,000 bytes (raise the limit with --max-log-bytes)\n")
        let contents = try LogReader.read(path: path)
        #expect(contents.error == nil)
        #expect(contents.store[contents.store.count - 1].text.hasPrefix("stopped: the session log grew past"))
    }

    @Test func aListOfAHundredMillionItemsStopsAtTheObjectLimit() {
        let (status, message) = Self.run("items = list(range(100_000_000))\n", Limits())
        #expect(status == 1 && message.hasSuffix("(raise the limit with --max-objects)\n"))
    }
}
