import Foundation

/// Where asyncviz writes a file (`--log`, `--record`, `-o`), the way Unix tools do: it follows a symlink,
/// writes into a FIFO or a device (`/dev/stdout`) and empties a regular file in place, never replacing
/// what is at the path; a path that cannot be written is refused before anything runs.
public enum OutputFile {
    /// Why `path` cannot be written, or nil when it can (nothing is created or changed).
    public static func problem(_ path: String) -> String? {
        if path.isEmpty { return "no file name" }
        var info = stat()
        if stat(path, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFDIR { return "is a directory" }
            return access(path, W_OK) == 0 ? nil : String(cString: strerror(errno))
        }
        let folder = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        let parent = folder.isEmpty ? "/" : folder
        var folderInfo = stat()
        guard stat(parent, &folderInfo) == 0 else { return "no such folder: \(parent)" }
        guard (folderInfo.st_mode & S_IFMT) == S_IFDIR else { return "\(parent) is not a folder" }
        return access(parent, W_OK | X_OK) == 0 ? nil : "cannot create files in \(parent) (\(String(cString: strerror(errno))))"
    }

    /// `asyncviz: PATH: cannot be written (why)`, or nil when `path` can be written.
    public static func refusal(_ path: String) -> String? {
        problem(path).map { "asyncviz: \(path): cannot be written (\($0))" }
    }

    /// Opens `path` for writing (created, or emptied when a regular file); the descriptor, or why not.
    public static func open(_ path: String) throws(LogProblem) -> Int32 {
        if let refusal = refusal(path) { throw LogProblem(refusal) }
        let fd = Foundation.open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw LogProblem("asyncviz: \(path): cannot be written (\(String(cString: strerror(errno))))") }
        if isRegular(fd) { _ = ftruncate(fd, 0) }
        return fd
    }

    /// Whether `fd` is a regular file (one that can be cut back to its last complete line).
    public static func isRegular(_ fd: Int32) -> Bool {
        var info = stat()
        return fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// Writes every byte of `bytes` to `fd`, retrying short writes; the system's reason when it refuses.
    public static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> String? {
        var offset = 0
        while offset < bytes.count {
            let n = Foundation.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 && errno == EINTR { continue }
            if n < 0 { return String(cString: strerror(errno)) }
            if n == 0 { return "nothing written" }
            offset += n
        }
        return nil
    }
}
