/// Renders an uncaught exception as CPython 3.11 prints it: chained
/// exceptions first, each traceback outermost frame first, repeated frames
/// folded, then `Type: message` with any hint.
enum Traceback {
    static func render(_ exc: PyException, source: SourceFile) -> String {
        var out = ""
        var seen: [ObjectIdentifier] = []
        render(exc, source: source, into: &out, seen: &seen)
        return out
    }

    private static func render(_ exc: PyException, source: SourceFile, into out: inout String, seen: inout [ObjectIdentifier]) {
        seen.append(ObjectIdentifier(exc))
        if let cause = exc.cause, !seen.contains(ObjectIdentifier(cause)) {
            render(cause, source: source, into: &out, seen: &seen)
            out += "\nThe above exception was the direct cause of the following exception:\n\n"
        } else if let context = exc.context, !exc.suppressContext, !seen.contains(ObjectIdentifier(context)) {
            render(context, source: source, into: &out, seen: &seen)
            out += "\nDuring handling of the above exception, another exception occurred:\n\n"
        }
        if !exc.traceback.isEmpty {
            out += "Traceback (most recent call last):\n"
            var previous: (String, Int, String)?
            var repeats = 0
            func flushRepeats() {
                if repeats > 3 {
                    out += "  [Previous line repeated \(repeats - 3) more time\(repeats - 3 == 1 ? "" : "s")]\n"
                }
            }
            for entry in exc.traceback.reversed() where !AsyncioLibrary.isLibrary(entry.code) {
                let key = (entry.code.sourcePath, entry.line, entry.code.name)
                if let p = previous, p == key {
                    repeats += 1
                    if repeats > 3 { continue }
                } else {
                    flushRepeats()
                    previous = key
                    repeats = 1
                }
                out += "  File \"\(entry.code.sourcePath)\", line \(entry.line), in \(entry.code.name)\n"
                guard entry.code.sourcePath == source.tracebackPath else { continue }
                let original = source.line(entry.line)
                let text = original.trimmingPythonWhitespace()
                guard !text.isEmpty else { continue }
                out += "    \(text)\n"
                if let range = entry.range, let carets = ErrorCarets.line(for: range, in: original) { out += carets + "\n" }
            }
            flushRepeats()
        }
        out += lastLine(exc) + "\n"
        if let notes = exc.attributes["__notes__"]?.asList {
            for note in notes.items { out += Repr.str(note) + "\n" }
        }
    }

    /// `Type: message`, with "Did you mean" and keyword hints.
    static func lastLine(_ exc: PyException) -> String {
        let message = Repr.exceptionStr(exc)
        var line = message.isEmpty ? exc.type.qualifiedName : "\(exc.type.qualifiedName): \(message)"
        if let s = exc.attributes["suggestion"]?.asStr { line += ". Did you mean: '\(s.value)'?" }
        if let h = exc.attributes["hint"]?.asStr { line += " (did you mean '\(h.value)'?)" }
        return line
    }
}
