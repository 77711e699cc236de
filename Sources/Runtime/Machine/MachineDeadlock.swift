/// Every thread waits and nothing on the agenda can wake one: CPython would
/// hang; asyncviz stops and says who waits where on what.
struct MachineDeadlock: Error {
    let time: Double
    let lines: [String]

    init(time: Double, threads: [SimThread], source: SourceFile) {
        self.time = time
        let file = source.path.split(separator: "/").last.map(String.init) ?? source.path
        lines = threads.map { t in
            let line = t.fiber.frames.last { !LibraryCode.isLibrary($0.code) }.map { "\(file):\($0.code.line(at: $0.ip - 1))" } ?? "?"
            return "  \(TerminalText.escaped(t.name)) waits at \(line) on \(MachineDeadlock.describe(t))"
        }
    }

    static func describe(_ t: SimThread) -> String {
        switch t.wait {
        case .lock(let reason)?:
            switch reason {
            case "join": return "a thread to finish"
            case "event": return "an event"
            default: return "a " + reason
            }
        case .select?: return "its event loop's selector"
        default: return t.stateName
        }
    }

    func report() -> String {
        (["asyncviz: deadlock at t=\(FloatRepr.repr(time)): every thread waits and nothing can wake them"] + lines
            + ["DeadlockError: every thread waits on another (CPython would hang here forever)"]).joined(separator: "\n") + "\n"
    }
}
