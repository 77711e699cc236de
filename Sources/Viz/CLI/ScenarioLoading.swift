import ArgumentParser
import Foundation
import Runtime

/// Reading a scenario file from disk, with one clear line for each way it can fail.
enum ScenarioLoading {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The scenario at `path`, or its one-line problem on stderr and exit status 2.
    static func loadOrExit(_ path: String) throws -> SourceFile {
        do { return try load(path) } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
    }

    /// The scenario at `path` when it compiles, or every load error on stderr and exit status 1.
    static func loadCheckedOrExit(_ path: String) throws -> SourceFile {
        let source = try loadOrExit(path)
        if let errors = Interpreter.check(source) {
            Console.error(errors.rendered(in: source, escaped: true))
            throw ExitCode(1)
        }
        return source
    }

    static func load(_ path: String) throws -> SourceFile {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Failure(description: "asyncviz: \(path): no such file")
        }
        if isDirectory.boolValue {
            throw Failure(description: "asyncviz: \(path): is a directory, not a scenario file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(description: "asyncviz: \(path): cannot be read (permission denied?)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let offset = firstInvalidUTF8(data)
            throw Failure(description: "asyncviz: \(path): not UTF-8 text (invalid byte 0x\(String(data[offset], radix: 16)) at offset \(offset))")
        }
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return SourceFile(path: path, tracebackPath: absolute, text: text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
    }

    private static func firstInvalidUTF8(_ data: Data) -> Int {
        var low = 0, high = data.count
        while low < high {
            let mid = (low + high) / 2
            if String(data: data.prefix(mid + 1), encoding: .utf8) == nil && String(data: data.prefix(mid), encoding: .utf8) != nil {
                return mid
            }
            if String(data: data.prefix(mid + 1), encoding: .utf8) != nil { low = mid + 1 } else { high = mid }
        }
        return min(low, data.count - 1)
    }
}

/// Buffered stdout/stderr for a run: stdout in large writes, stderr at once.
final class ProcessOutput {
    private var buffer: [UInt8] = []

    func write(_ stream: StandardStream, _ text: String) {
        switch stream {
        case .stdout:
            buffer.append(contentsOf: text.utf8)
            if buffer.count >= 1 << 16 { flush() }
        case .stderr:
            flush()
            FileHandle.standardError.write(Data(text.utf8))
        }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
