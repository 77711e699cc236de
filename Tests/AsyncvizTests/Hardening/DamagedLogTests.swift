import Foundation
import Testing
@testable import Runtime

/// Damaged, hostile or huge session logs: every reader gives one clear message and exit status 1,
/// never a crash, and reading stays linear in the log's size.
@Suite struct DamagedLogTests {
    func asyncviz(_ args: String...) throws -> ProcessResult {
        try Runner.run(Repository.binary.path, args)
    }

    static func log(_ lines: [String]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("asyncviz-damaged-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("run.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    static let header = LogHeader(scenario: "s.py", source: "print(1)\n", options: .object([]), machine: .object([])).line

    @Test func aHugeTimeIsRefusedByEveryReader() throws {
        let path = try Self.log([Self.header, "{\"seq\":0,\"t\":0.0,\"kind\":\"run.start\",\"text\":\"s.py\"}",
                                 "{\"seq\":1,\"t\":9.3e12,\"kind\":\"run.end\",\"index\":0}"])
        for command in ["trace", "frame", "stats", "lint"] {
            let r = try Runner.run(Repository.binary.path, [command, path])
            #expect(r.status == 1, "\(command)")
            #expect(r.stderr.contains("\(path):3: \"t\" 9300000000000.0 is beyond the 1000000000.0 s a run may last; kept the 1 events before it"),
                    "\(command): \(r.stderr)")
        }
    }

    @Test func aDamagedLogIsReportedByStatsLintAndFrame() throws {
        let path = try Self.log([Self.header, "{\"seq\":0,\"t\":0.0,\"kind\":\"run.start\",\"text\":\"s.py\"}", "not json", "{}"])
        for command in ["stats", "lint", "frame", "trace"] {
            let r = try Runner.run(Repository.binary.path, [command, path])
            #expect(r.status == 1, "\(command)")
            #expect(r.stderr.hasSuffix("\(path):3: expected a value at byte 0; kept the 1 events before it\n"), "\(command): \(r.stderr)")
        }
    }

    /// A header holding a million-line source is read in about a second, not in minutes.
    @Test func aMillionLineSourceInTheHeaderReadsInLinearTime() throws {
        let source = String(repeating: "x = 1\n", count: 1_000_000)
        let header = LogHeader(scenario: "big.py", source: source, options: .object([]), machine: .object([])).line
        let contents = try LogReader.read(bytes: Array((header + "\n{\"seq\":0,\"t\":0.0,\"kind\":\"run.start\",\"text\":\"big.py\"}\n").utf8), name: "big")
        #expect(contents.header.source == source)
        #expect(contents.store.count == 1)
    }

    @Test func anOverlongLineStopsTheReadingWithItsNumber() throws {
        let bytes = Array((Self.header + "\n{\"seq\":0,\"t\":0.0,\"kind\":\"run.start\"}\n" + String(repeating: "a", count: 5000) + "\nrest\n").utf8)
        var lines = LogLines(bytes: bytes, maxLineBytes: 1000)
        var kinds: [String] = []
        while let line = lines.next() {
            switch line {
            case .line(let b, _): kinds.append("line \(b.count)")
            case .tooLong: kinds.append("too long")
            case .failed: kinds.append("failed")
            }
        }
        #expect(kinds == ["line \(Self.header.utf8.count)", "line 36", "too long", "line 4"], "the 5000-byte line is skipped, the next is read")
    }

    @Test func aFileIsReadInChunksAcrossLineBoundaries() throws {
        let events = (0..<40_000).map { "{\"seq\":\($0),\"t\":0.0,\"kind\":\"sim.note\",\"text\":\"note \($0)\"}" }
        let path = try Self.log([Self.header] + events)
        let contents = try LogReader.read(path: path)
        #expect(contents.error == nil)
        #expect(contents.store.count == 40_000)
        #expect(contents.store[39_999].text == "note 39999")
    }

    @Test func aHundredMegabyteLineCostsLittleMemory() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("asyncviz-longline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("long.jsonl").path
        let handle = try #require(FileHandle(forWritingAtPath: FileManager.default.createFile(atPath: path, contents: nil) ? path : ""))
        handle.write(Data((Self.header + "\n{\"seq\":0,\"t\":0.0,\"kind\":\"sim.note\",\"text\":\"").utf8))
        let chunk = Data(repeating: UInt8(ascii: "a"), count: 1 << 20)
        for _ in 0..<100 { handle.write(chunk) }
        handle.write(Data("\"}\n".utf8))
        try handle.close()
        let r = try Runner.run("sh", ["-c", "ulimit -v 1000000; exec '\(Repository.binary.path)' stats '\(path)'"])
        try? FileManager.default.removeItem(atPath: path)
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(path):2: the line is longer than 64 MiB; kept the 0 events before it"), "\(r.stderr)")
    }
}
