import Foundation
import Testing
@testable import Runtime

/// `--log`, `--record` and `-o`: refused before the run when they cannot be written, never replacing what is at
/// the path (a symlink is followed, a device written into), and a write that fails part-way reported with exit 1.
@Suite struct OutputPathTests {
    func asyncviz(_ args: String...) throws -> ProcessResult {
        try Runner.run(Repository.binary.path, args)
    }

    static func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("asyncviz-paths-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func aMissingFolderIsRefusedBeforeTheRun() throws {
        let missing = try Self.folder().appendingPathComponent("no/such/folder/out").path
        for args in [["exec", "Scenarios/07_event_loop.py", "--log", missing],
                     ["trace", "Scenarios/07_event_loop.py", "-o", missing],
                     ["watch", "Scenarios/07_event_loop.py", "--record", missing]] {
            let r = try Runner.run(Repository.binary.path, args)
            #expect(r.status == 2, "\(args)")
            #expect(r.stdout.isEmpty, "nothing ran: \(args)")
            #expect(r.stderr.hasPrefix("asyncviz: \(missing): cannot be written (no such folder"), "\(args): \(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1)
        }
    }

    @Test func aFolderIsRefused() throws {
        let dir = try Self.folder().path
        let r = try asyncviz("trace", "Scenarios/07_event_loop.py", "-o", dir)
        #expect(r.status == 2)
        #expect(r.stderr == "asyncviz: \(dir): cannot be written (is a directory)\n")
    }

    @Test func aSymlinkIsFollowedNotReplaced() throws {
        let dir = try Self.folder()
        let target = dir.appendingPathComponent("target.jsonl").path
        let link = dir.appendingPathComponent("link.jsonl").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        #expect(try asyncviz("exec", "Scenarios/07_event_loop.py", "--log", link).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        let written = try String(contentsOfFile: target, encoding: .utf8)
        #expect(written.hasPrefix("{\"format\":\"asyncviz-log\""))
        #expect(try asyncviz("trace", "Scenarios/07_event_loop.py", "--format", "chrome", "-o", link).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("{\"displayTimeUnit\""), "emptied in place and rewritten")
    }

    @Test func aDeviceIsWrittenInto() throws {
        let r = try asyncviz("exec", "Scenarios/07_event_loop.py", "--log", "/dev/stdout")
        #expect(r.status == 0)
        #expect(r.stdout.contains("{\"format\":\"asyncviz-log\""))
        #expect(r.stdout.contains("\"kind\":\"run.end\""))
        let trace = try asyncviz("trace", "Scenarios/07_event_loop.py", "-o", "/dev/stdout")
        #expect(trace.status == 0)
        #expect(trace.stdout.contains("loop.iteration"))
    }

    @Test func aFIFOIsWrittenInto() throws {
        let fifo = try Self.folder().appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = try Runner.run("sh", ["-c", "cat '\(fifo)' > '\(fifo).out' & '\(Repository.binary.path)' exec Scenarios/07_event_loop.py --log '\(fifo)'; wait"])
        #expect(reader.status == 0)
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO, "still a FIFO")
        #expect(try String(contentsOfFile: fifo + ".out", encoding: .utf8).contains("\"kind\":\"run.end\""))
    }

    /// `ulimit -f` stops the log part-way: one line, exit 1, and every line kept in the file is whole.
    @Test func aWriteThatFailsLaterKeepsTheCompleteLines() throws {
        let log = try Self.folder().appendingPathComponent("cut.jsonl").path
        let r = try Runner.run("sh", ["-c", "ulimit -f 8; exec '\(Repository.binary.path)' exec Scenarios/01_thread_pool.py --log '\(log)'"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("asyncviz: \(log): writing the log failed (File too large); it keeps every complete line written before"))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: log))
        #expect(bytes.count > 0 && bytes.count <= 8 * 1024)
        #expect(bytes.last == UInt8(ascii: "\n"))
        let contents = try LogReader.read(path: log)
        #expect(contents.error == nil && contents.warnings.isEmpty)
        #expect(contents.store.count > 0)
    }

    /// A full disk under standard output (`/dev/full`): one line and exit status 1, for exec and for trace.
    @Test func aFullDiskUnderStandardOutputIsReported() throws {
        for command in ["exec", "trace"] {
            let r = try Runner.run("sh", ["-c", "exec '\(Repository.binary.path)' \(command) Scenarios/07_event_loop.py > /dev/full"])
            #expect(r.status == 1, "\(command)")
            #expect(r.stderr.hasSuffix("asyncviz: standard output: write failed (No space left on device)\n"), "\(command): \(r.stderr)")
        }
    }

    @Test func flagErrorsAreOneLineWithExitStatus2() throws {
        let unknown = try asyncviz("frame", "Scenarios/07_event_loop.py", "--bogus")
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "asyncviz: Unknown option '--bogus'. Did you mean '--cpus'? (see asyncviz --help)\n")
        let negative = try asyncviz("watch", "Scenarios/07_event_loop.py", "--speed", "-1")
        #expect(negative.status == 2)
        #expect(negative.stderr == "asyncviz: --speed must be a positive number of events per second (see asyncviz --help)\n")
        let cpus = try asyncviz("stats", "Scenarios/07_event_loop.py", "--cpus", "-3")
        #expect(cpus.status == 2)
        #expect(cpus.stderr == "asyncviz: --cpus must be from 1 to 1024 (see asyncviz --help)\n")
        let notANumber = try asyncviz("stats", "Scenarios/07_event_loop.py", "--max-steps", "many")
        #expect(notANumber.status == 2)
        #expect(notANumber.stderr.split(separator: "\n").count == 1)
        #expect(try asyncviz("stats", "Scenarios/07_event_loop.py", "--seed", "-7").status == 0, "a negative seed is a value")
    }
}
