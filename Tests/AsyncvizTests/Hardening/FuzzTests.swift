import Foundation
import Testing
@testable import Runtime
@testable import Viz

/// Deterministic fuzzing (fixed seeds): mutated scenarios through the lexer,
/// parser and compiler (and some through the VM), mutated session logs through
/// the reader and the viewer. Every input must end in a located error or a
/// finished run: no crash, no hang. `ASYNCVIZ_FUZZ=N` multiplies the corpus.
@Suite struct FuzzTests {
    static let scale = Int(ProcessInfo.processInfo.environment["ASYNCVIZ_FUZZ"] ?? "") ?? 1

    static let corpus: [String] = ["Scenarios", "Scenarios/language", "Tests/Programs/language", "Tests/Programs/asyncio", "Tests/Programs/threads",
                                   "Tests/Programs/events", "Tests/Programs/errors/unsupported"]
        .flatMap { Repository.programs(in: $0) }
        .compactMap { try? String(contentsOf: Repository.url($0), encoding: .utf8) }

    /// One mutation of `text`, chosen by `kind`: the damage a half-written or corrupted scenario has.
    static func mutate(_ text: String, kind: Int, _ g: inout SplitMix) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func pick(_ n: Int) -> Int { Int(g.next() % UInt64(max(1, n))) }
        switch kind {
        case 0: if !lines.isEmpty { lines.remove(at: pick(lines.count)) }
        case 1: if !lines.isEmpty { let i = pick(lines.count); lines.insert(lines[i], at: i) }
        case 2: return String(text.prefix(pick(text.count + 1)))
        case 3:
            let i = pick(lines.count), j = pick(lines.count)
            if i < lines.count && j < lines.count { lines.swapAt(i, j) }
        case 4:
            let noise = String((0..<(1 + pick(12))).map { _ in Character(Unicode.Scalar(UInt8(truncatingIfNeeded: 32 + pick(95)))) })
            var chars = Array(text)
            chars.insert(contentsOf: noise, at: pick(chars.count + 1))
            return String(chars)
        case 5:
            let deep = [String(repeating: "(", count: 150 + pick(200)), String(repeating: "[", count: 300),
                        String(repeating: "not ", count: 400) + "x", (0..<120).map { String(repeating: " ", count: $0) + "if x:" }.joined(separator: "\n")][pick(4)]
            lines.insert(deep, at: pick(lines.count + 1))
        case 6:
            let huge = ["x = " + String(repeating: "9", count: 3000), "s = '" + String(repeating: "a", count: 100_000) + "'",
                        "y = 1e999999", "z = " + String(repeating: "1 + ", count: 5000) + "1", "\"\"\"" + String(repeating: "q", count: 50_000)][pick(5)]
            lines.insert(huge, at: pick(lines.count + 1))
        default:
            var chars = Array(text)
            if !chars.isEmpty { chars[pick(chars.count)] = Array(":()[]{}\\'\"\t\u{0}\u{1b}é𝔘")[pick(15)] }
            return String(chars)
        }
        return lines.joined(separator: "\n")
    }

    @Test func mutatedScenariosEndInALocatedErrorOrARun() throws {
        var g = SplitMix(seed: 2026)
        var checked = 0, errors = 0, ran = 0
        for k in 0..<(2400 * Self.scale) {
            let text = Self.mutate(Self.corpus[k % Self.corpus.count], kind: k % 8, &g)
            let source = SourceFile(path: "fuzz.py", text: text)
            checked += 1
            if let failure = Interpreter.check(source) {
                errors += 1
                #expect(!failure.diagnostics.isEmpty)
                for d in failure.diagnostics {
                    #expect(d.location.line >= 1 && d.location.line <= max(1, source.lines.count + 1), "mutation \(k): \(d.message)")
                }
                #expect(failure.rendered(in: source).hasPrefix("fuzz.py:"))
            } else if k % 6 == 0 {
                ran += 1
                let limits = Limits(maxInstructions: 200_000, maxRecursionDepth: 200, maxObjects: 100_000, maxThreads: 50, maxProcesses: 4)
                var machine = MachineModel()
                machine.processStart = 0.001
                let status = Interpreter.run(source, options: RunOptions(limits: limits, machine: machine)) { _, _ in }
                #expect(status >= 0)
            }
        }
        #expect(checked >= 2400 && errors > 500 && ran > 50, "\(errors) errors, \(ran) runs")
    }

    static func sampleLog() throws -> [UInt8] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("asyncviz-fuzz-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let program = "Scenarios/18_lock_contention.py"
        let text = try String(contentsOf: Repository.url(program), encoding: .utf8)
        let writer = try LogWriter(path: path, header: LogHeader(scenario: program, source: text, options: .object([]), machine: .object([])))
        _ = Interpreter.run(SourceFile(path: program, text: text), sink: writer) { _, _ in }
        writer.close()
        return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// Truncations, flipped bytes, shuffled and duplicated lines, random JSON and wrong types: the reader answers with
    /// a message naming the log (and the line), or with the events it could keep, and the viewer draws what it kept.
    @Test func mutatedLogsAreReadOrRefusedAndWhatIsKeptDraws() throws {
        let bytes = try Self.sampleLog()
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        var g = SplitMix(seed: 99)
        func pick(_ n: Int) -> Int { Int(g.next() % UInt64(max(1, n))) }
        let values = ["1", "\"x\"", "null", "[]", "{}", "{\"seq\":\"a\"}", "{\"seq\":1,\"t\":\"0\",\"kind\":\"run.start\"}", "{\"seq\":1,\"t\":0,\"kind\":7}",
                      "{\"seq\":1,\"t\":1e400,\"kind\":\"stdout\",\"text\":\"\\u001b[2J\"}", "{\"seq\":1,\"t\":0,\"kind\":\"thread.state\",\"id\":99999999999999999999}"]
        var read = 0, refused = 0
        for k in 0..<(2000 * Self.scale) {
            var damaged = lines
            switch k % 6 {
            case 0:
                let flat = bytes.prefix(pick(bytes.count))
                damaged = flat.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
            case 1:
                let i = pick(damaged.count)
                if !damaged[i].isEmpty { damaged[i][pick(damaged[i].count)] = UInt8(truncatingIfNeeded: g.next()) }
            case 2:
                let i = 1 + pick(damaged.count - 1), j = 1 + pick(damaged.count - 1)
                if i < damaged.count && j < damaged.count { damaged.swapAt(i, j) }
            case 3:
                let i = pick(damaged.count)
                damaged.insert(damaged[i], at: i)
            case 4:
                damaged.insert(Array(values[pick(values.count)].utf8), at: 1 + pick(damaged.count - 1))
            default:
                damaged[0] = Array(String(decoding: damaged[0], as: UTF8.self).replacingOccurrences(of: "\"version\":\"1.1\"", with: ["\"version\":1", "\"version\":\"9.9\"", "\"version\":\"1.x\""][pick(3)]).utf8)
            }
            let log = Array(damaged.joined(separator: [UInt8(ascii: "\n")]))
            do {
                let contents = try LogReader.read(bytes: log, name: "f")
                read += 1
                if let error = contents.error { #expect(error.hasPrefix("asyncviz: f:"), "\(error)") }
                if k % 25 == 0 && contents.store.count > 0 {
                    let run = RunData(store: contents.store, source: SourceFile(path: "f.py", text: contents.header.source))
                    let text = Screen.render(state: ViewerState(position: run.count - 1), run: run, width: 100, height: 30, glyphs: .unicode).text
                    #expect(!text.contains("\u{1b}"), "raw escape reached the screen")
                }
            } catch {
                refused += 1
                #expect(error.message.hasPrefix("asyncviz: f: "), "\(error.message)")
            }
        }
        #expect(read + refused >= 2000 && read > 0 && refused > 0)
    }
}
