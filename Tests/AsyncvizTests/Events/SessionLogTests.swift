import Foundation
import Testing
@testable import Runtime

/// Session logs: written while the run goes, read back to the same events, the
/// same snapshots, byte-identical across runs, and robust to damage.
@Suite struct SessionLogTests {
    static func write(_ program: String, to path: String) throws -> EventStore {
        let text = try String(contentsOf: Repository.url(program), encoding: .utf8)
        let source = SourceFile(path: program, text: text)
        let store = EventStore()
        let header = LogHeader(scenario: program, source: text, options: .object([]), machine: .object([]))
        let writer = try LogWriter(path: path, header: header, forwardingTo: store)
        _ = Interpreter.run(source, sink: writer) { _, _ in }
        writer.close()
        return store
    }

    static func temporary(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("asyncviz-\(UUID().uuidString)-\(name)").path
    }

    /// Replay equals live: the log folds to the same snapshot at every checkpoint as the live run.
    @Test(arguments: Repository.programs(in: "Tests/Programs/asyncio").prefix(40) + Repository.programs(in: "Tests/Programs/events"))
    func replayEqualsLive(_ program: String) throws {
        let path = Self.temporary("replay.jsonl")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let live = try Self.write(program, to: path)
        let read = try LogReader.read(path: path)
        #expect(read.error == nil)
        #expect(read.warnings.isEmpty)
        #expect(read.store.allEvents == live.allEvents)
        let a = Timeline(store: live, interval: 32), b = Timeline(store: read.store, interval: 32)
        for position in stride(from: 0, through: live.count, by: 32) {
            #expect(a.snapshot(at: position) == b.snapshot(at: position), "position \(position)")
        }
    }

    @Test(arguments: Repository.programs(in: "Tests/Programs/events"))
    func theSameRunWritesTheSameLog(_ program: String) throws {
        let p1 = Self.temporary("a.jsonl"), p2 = Self.temporary("b.jsonl")
        defer { for p in [p1, p2] { try? FileManager.default.removeItem(atPath: p) } }
        _ = try Self.write(program, to: p1)
        _ = try Self.write(program, to: p2)
        let a = try Data(contentsOf: URL(fileURLWithPath: p1)), b = try Data(contentsOf: URL(fileURLWithPath: p2))
        #expect(a == b)
        #expect(a.count > 1000)
    }

    @Test func theHeaderNamesTheFormatTheScenarioAndItsDigest() throws {
        let header = LogHeader(scenario: "x.py", source: "abc", options: .object([]), machine: .object([]))
        let json = try JSON.parse(header.line)
        #expect(json["format"]?.string == "asyncviz-log")
        #expect(json["version"]?.string == "1.1")
        #expect(json["sha256"]?.string == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(json["source"]?.string == "abc")
    }

    static func sampleLog() throws -> [UInt8] {
        let path = temporary("sample.jsonl")
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = try write("Tests/Programs/events/01_one_sleep.py", to: path)
        return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    @Test func aCutOffLastLineKeepsEveryCompleteLine() throws {
        let bytes = try Self.sampleLog()
        let lines = bytes.split(separator: UInt8(ascii: "\n"))
        let full = try LogReader.read(bytes: bytes, name: "log")
        var checked = 0
        for cut in stride(from: lines[0].count + 1, to: bytes.count, by: 7) {
            let contents = try LogReader.read(bytes: Array(bytes[..<cut]), name: "log")
            let completeLines = bytes[..<cut].filter { $0 == UInt8(ascii: "\n") }.count - 1
            #expect(contents.store.count == completeLines || contents.store.count == completeLines + 1)
            #expect(contents.error == nil)
            #expect(contents.store.allEvents == Array(full.store.allEvents.prefix(contents.store.count)))
            if bytes[cut - 1] != UInt8(ascii: "\n") && contents.store.count == completeLines {
                #expect(contents.warnings.first?.contains("cut off") == true)
            }
            checked += 1
        }
        #expect(checked > 100)
    }

    @Test func flippedBytesAndGarbageGiveAClearMessageNeverACrash() throws {
        let bytes = try Self.sampleLog()
        var generator = SplitMix(seed: 42)
        for _ in 0..<400 {
            var damaged = bytes
            for _ in 0..<(1 + Int(generator.next() % 3)) {
                let at = Int(generator.next() % UInt64(damaged.count))
                damaged[at] = UInt8(truncatingIfNeeded: generator.next())
            }
            do {
                let contents = try LogReader.read(bytes: damaged, name: "log")
                if let error = contents.error { #expect(error.hasPrefix("asyncviz: log:")) }
                #expect(contents.store.count <= 1000)
            } catch {
                #expect(error.message.hasPrefix("asyncviz: log: "))
            }
        }
        for garbage in ["", "\n", "not json\n", "[1,2,3]\n", "{\"format\":\"other\"}\n", "{\"format\":\"asyncviz-log\",\"version\":\"x\"}\n", "\u{FF}\u{FE}"] {
            #expect(throws: LogProblem.self) { try LogReader.read(bytes: Array(garbage.utf8), name: "g") }
        }
    }

    @Test func randomJSONLinesAreRejectedWithTheirLineNumber() throws {
        let bytes = try Self.sampleLog()
        let header = Array(bytes.split(separator: UInt8(ascii: "\n"))[0]) + [UInt8(ascii: "\n")]
        var generator = SplitMix(seed: 7)
        let values = ["1", "\"x\"", "null", "true", "[]", "{}", "{\"kind\":\"run.start\"}", "{\"seq\":0,\"t\":-1,\"kind\":\"run.start\"}", "{\"seq\":5,\"t\":0,\"kind\":\"run.start\"}", "{\"seq\":0,\"t\":0,\"kind\":\"no.such\"}", "{\"seq\":0,\"t\":0,\"kind\":\"run.start\",\"id\":\"x\"}"]
        for value in values {
            let log = header + Array("\(value)\n".utf8)
            let contents = try LogReader.read(bytes: log, name: "r")
            #expect(contents.error?.hasPrefix("asyncviz: r:2: ") == true, "\(value)")
            #expect(contents.store.count == 0)
        }
        for _ in 0..<200 {
            let line = (0..<Int(generator.next() % 40)).map { _ in Character(Unicode.Scalar(UInt8(32 + generator.next() % 94))) }
            let log = header + Array((String(line) + "\n").utf8)
            let contents = try LogReader.read(bytes: log, name: "r")
            #expect(contents.error != nil || contents.store.count == 1)
        }
    }

    @Test func newerVersionsAreReadOrRefusedClearly() throws {
        let bytes = try Self.sampleLog()
        let text = String(decoding: bytes, as: UTF8.self)
        let newerMajor = text.replacingOccurrences(of: "\"version\":\"1.1\"", with: "\"version\":\"2.0\"")
        #expect(throws: LogProblem("asyncviz: n: written by a newer asyncviz (log format 2.0); this asyncviz reads format 1.x")) {
            try LogReader.read(bytes: Array(newerMajor.utf8), name: "n")
        }
        var lines = text.split(separator: "\n").map(String.init)
        lines[0] = lines[0].replacingOccurrences(of: "\"version\":\"1.1\"", with: "\"version\":\"1.3\"")
        lines.insert("{\"seq\":1,\"t\":0.0,\"kind\":\"core.migrate\",\"id\":1}", at: 2)
        for k in 3..<lines.count { lines[k] = lines[k].replacingOccurrences(of: "{\"seq\":\(k - 2),", with: "{\"seq\":\(k - 1),") }
        let contents = try LogReader.read(bytes: Array((lines.joined(separator: "\n") + "\n").utf8), name: "m")
        #expect(contents.error == nil)
        #expect(contents.warnings.count == 1)
        #expect(contents.warnings[0].contains("core.migrate"))
        #expect(contents.store.count == lines.count - 2)
    }

    @Test func viewerActionsAreKeptApartFromEvents() throws {
        let bytes = try Self.sampleLog()
        let action = RecordedAction(kind: "ui.key", position: 3, wallOffset: 1.5, text: "n")
        let contents = try LogReader.read(bytes: bytes + Array((action.line + "\n").utf8), name: "v")
        #expect(contents.actions == [action])
        #expect(contents.error == nil)
    }
}
