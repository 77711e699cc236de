import Foundation
import Testing
@testable import Runtime

/// Paths in the repository and in the build, for tests that read programs and run the binary.
enum Repository {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    /// The `.py` files of a folder, relative to the root, sorted.
    static func programs(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url(folder).path)) ?? []
        return names.filter { $0.hasSuffix(".py") }.sorted().map { "\(folder)/\($0)" }
    }

    /// The built `asyncviz` executable, beside the test bundle.
    static var binary: URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("asyncviz")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug/asyncviz")
    }

    /// A fresh temporary folder holding one scenario file with `text`; the caller removes the folder.
    static func temporaryScenario(_ name: String, _ text: String) throws -> (folder: URL, path: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("asyncviz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return (folder, path)
    }

    static var updatingGoldens: Bool { ProcessInfo.processInfo.environment["ASYNCVIZ_UPDATE_GOLDENS"] == "1" }

    /// Compares `actual` (with this checkout's root path made relative) with the golden file, or rewrites it.
    static func golden(_ relative: String, _ actual: String) throws -> (expected: String, actual: String) {
        let actual = actual.replacingOccurrences(of: root.path + "/", with: "")
        let file = url(relative)
        if updatingGoldens {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
        }
        return ((try? String(contentsOf: file, encoding: .utf8)) ?? "<missing golden \(relative)>", actual)
    }
}

/// What a finished process printed and how it exited.
struct ProcessResult: Equatable {
    var stdout: String
    var stderr: String
    var status: Int32
}

/// Runs commands and the interpreter for tests, always from the repository root.
enum Runner {
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> ProcessResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        process.currentDirectoryURL = Repository.root
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outBox = DataBox()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            outBox.data = out.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return ProcessResult(stdout: String(decoding: outBox.data, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self), status: process.terminationStatus)
    }

    /// `python3 FILE` under the project's harness.
    static func python(_ relative: String) throws -> ProcessResult {
        try run("python3", [relative], environment: ["PYTHONPATH": Repository.url("Tools/python").path, "PYTHONHASHSEED": "0"])
    }

    /// The interpreter in-process, as `asyncviz exec FILE` runs it.
    static func asyncviz(_ relative: String, options: RunOptions = RunOptions()) throws -> ProcessResult {
        let text = try String(contentsOf: Repository.url(relative), encoding: .utf8)
        var stdout = "", stderr = ""
        let source = SourceFile(path: relative, tracebackPath: Repository.url(relative).path, text: text)
        let status = Interpreter.run(source, options: options) { stream, s in
            if stream == .stdout { stdout += s } else { stderr += s }
        }
        return ProcessResult(stdout: stdout, stderr: stderr, status: status)
    }

    /// What CPython would do but asyncviz cannot: the last line of stderr of a scenario that tries it (which
    /// must end with exit status 1).
    static func refusal(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
        var stderr = ""
        let status = Interpreter.run(SourceFile(path: "refused.py", text: text), options: RunOptions()) { stream, s in
            if stream == .stderr { stderr += s }
        }
        #expect(status == 1, sourceLocation: sourceLocation)
        return lastLine(stderr)
    }

    static func lastLine(_ s: String) -> String {
        s.split(separator: "\n").last.map(String.init) ?? ""
    }

    /// The conformance check: a program prints under asyncviz what it prints under CPython with the harness
    /// (stdout byte for byte, the exit status, the last line of stderr); `status` is the one CPython must give, if fixed.
    static func expectSameAsCPython(_ program: String, status: Int32?, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let expected = try python(program)
        let actual = try asyncviz(program)
        if let status { #expect(expected.status == status, "python3 on \(program): \(expected.stderr)", sourceLocation: sourceLocation) }
        #expect(actual.stdout == expected.stdout, sourceLocation: sourceLocation)
        #expect(actual.status == expected.status, "\(actual.stderr)", sourceLocation: sourceLocation)
        #expect(lastLine(actual.stderr) == lastLine(expected.stderr), sourceLocation: sourceLocation)
    }
}

/// Bytes read on another queue while the process runs.
final class DataBox: @unchecked Sendable {
    var data = Data()
}
