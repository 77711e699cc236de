/// Where `print` writes: `file=`, or else `sys.stdout` (a scenario may replace it), or else standard output.
/// asyncviz's own streams take the whole line at once; any other object's `write` gets each piece, as CPython's.
enum PrintTarget {
    static func write(_ pieces: [String], sep: String, end: String, file: Value, flush: Bool, vm: VM) throws {
        let target = file.isNoneValue ? vm.modules["sys"]?.attributes["stdout"] : file
        guard let target else {
            vm.write(.stdout, pieces.joined(separator: sep) + end)
            return
        }
        if let stream = target.object as? PyTextStream {
            vm.write(stream.destination, pieces.joined(separator: sep) + end)
            return
        }
        if target.isNoneValue { return }
        let write = try Attributes.get(target, "write", vm: vm)
        for (i, piece) in pieces.enumerated() {
            if i > 0 { _ = try vm.call(write, [.str(sep)]) }
            _ = try vm.call(write, [.str(piece)])
        }
        _ = try vm.call(write, [.str(end)])
        if flush { _ = try vm.call(try Attributes.get(target, "flush", vm: vm), []) }
    }
}
