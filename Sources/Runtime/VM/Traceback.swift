/// Renders an uncaught exception as CPython 3.11 prints it: chained
/// exceptions first, each traceback outermost frame first, repeated frames
/// folded, then `Type: message` with any hint.
enum Traceback {
    /// CPython's `max_group_width`: members of an exception group shown before "and N more".
    static let maxGroupWidth = 15
    static let maxGroupDepth = 10

    static func render(_ exc: PyException, source: SourceFile) -> String {
        var printer = Printer(source: source)
        printer.render(exc)
        return printer.out
    }

    /// `traceback.TracebackException.format` with its `_ExceptionPrintContext`: exception groups nest in `|` margins.
    private struct Printer {
        let source: SourceFile
        var out = ""
        var seen: [ObjectIdentifier] = []
        var groupDepth = 0
        var needClose = false

        init(source: SourceFile) {
            self.source = source
        }

        var indent: String { String(repeating: " ", count: 2 * groupDepth) }

        mutating func emit(_ text: String, margin: Character = "|") {
            var prefix = indent
            if groupDepth > 0 { prefix += "\(margin) " }
            for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
                out += prefix + line + "\n"
            }
        }

        mutating func render(_ exc: PyException) {
            seen.append(ObjectIdentifier(exc))
            if let cause = exc.cause, !seen.contains(ObjectIdentifier(cause)) {
                render(cause)
                emit("\nThe above exception was the direct cause of the following exception:\n\n")
            } else if let context = exc.context, !exc.suppressContext, !seen.contains(ObjectIdentifier(context)) {
                render(context)
                emit("\nDuring handling of the above exception, another exception occurred:\n\n")
            }
            guard let members = exc.attributes["exceptions"]?.asTuple?.items.compactMap({ $0.object as? PyException }) else {
                if !exc.traceback.isEmpty {
                    emit("Traceback (most recent call last):\n")
                    emit(Traceback.frames(exc, source: source))
                }
                emit(Traceback.exceptionOnly(exc))
                return
            }
            if groupDepth > Traceback.maxGroupDepth {
                emit("... (max_group_depth is \(Traceback.maxGroupDepth))\n")
                return
            }
            let topLevel = groupDepth == 0
            if topLevel { groupDepth += 1 }
            if !exc.traceback.isEmpty {
                emit("Exception Group Traceback (most recent call last):\n", margin: topLevel ? "+" : "|")
                emit(Traceback.frames(exc, source: source))
            }
            emit(Traceback.exceptionOnly(exc))
            let count = members.count > Traceback.maxGroupWidth ? Traceback.maxGroupWidth + 1 : members.count
            needClose = false
            for i in 0..<count {
                let last = i == count - 1
                if last { needClose = true }
                let truncated = i >= Traceback.maxGroupWidth
                out += indent + (i == 0 ? "+-" : "  ") + "+---------------- \(truncated ? "..." : String(i + 1)) ----------------\n"
                groupDepth += 1
                if truncated {
                    let remaining = members.count - Traceback.maxGroupWidth
                    emit("and \(remaining) more exception\(remaining > 1 ? "s" : "")\n")
                } else {
                    render(members[i])
                }
                if last && needClose {
                    out += indent + "+------------------------------------\n"
                    needClose = false
                }
                groupDepth -= 1
            }
            if topLevel { groupDepth = 0 }
        }
    }

    /// The frames of one exception, outermost first, repeats folded; library frames left out.
    static func frames(_ exc: PyException, source: SourceFile) -> String {
        var out = ""
        var previous: (String, Int, String)?
        var repeats = 0
        func flushRepeats() {
            if repeats > 3 {
                out += "  [Previous line repeated \(repeats - 3) more time\(repeats - 3 == 1 ? "" : "s")]\n"
            }
        }
        for entry in exc.traceback.reversed() where !LibraryCode.isLibrary(entry.code) {
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
        return out
    }

    /// `format_exception_only`: the last line and any notes.
    static func exceptionOnly(_ exc: PyException) -> String {
        var out = lastLine(exc) + "\n"
        if let notes = exc.attributes["__notes__"]?.asList {
            for note in notes.items { out += Repr.str(note) + "\n" }
        }
        return out
    }

    /// `Type: message`, with "Did you mean" and keyword hints.
    static func lastLine(_ exc: PyException) -> String {
        let message = Repr.exceptionStr(exc)
        let typeName = exc.type.moduleName == "__main__" ? exc.type.qualName : exc.type.qualifiedName
        var line = message.isEmpty ? typeName : "\(typeName): \(message)"
        if let s = exc.attributes["suggestion"]?.asStr {
            line += ". Did you mean: '\(s.value)'?"
        } else if exc.type.isSubtype(of: ExceptionTypes.attributeError), let name = exc.attributes["name"]?.asStr?.value,
                  let obj = exc.attributes["obj"],
                  let s = Suggestions.closest(to: name, among: ObjectModelBuiltins.directory(obj).sorted()) {
            line += ". Did you mean: '\(s)'?"
        }
        if let h = exc.attributes["hint"]?.asStr { line += " (did you mean '\(h.value)'?)" }
        return line
    }
}
