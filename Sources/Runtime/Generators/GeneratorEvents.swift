/// Generators and async generators of the scenario as state machines in the events (`gen.create`,
/// `gen.resume`, `gen.suspend`, `gen.end`), one state per `yield` (and `await`) site like a coroutine's.
/// A generator is reported from its first resumption (one never started is no state machine yet); the
/// generators of library code and generator expressions are not reported.
enum GeneratorEvents {
    /// Whether generators of `code` are reported at all.
    static func reports(_ code: CodeObject) -> Bool {
        !code.isComprehension && !LibraryCode.isLibrary(code)
    }
}

extension VM {
    /// The generator runs again (reported first, with its code's sites, on its first resumption).
    func generatorResumed(_ g: GeneratorBody) {
        if g.eventId < 0 {
            guard !g.started, let call = g.call else { return }
            g.eventId = nextId()
            announce(g.code)
            emit(.genCreate, g.eventId, other: g.code.eventId(in: self), text: call)
        }
        let site = g.started ? g.fiber.frames.first.flatMap { resumedSite($0) } ?? -1 : -1
        emit(.genResume, g.eventId, other: runningTaskId, index: site)
    }

    /// The generator stopped at a `yield`, or (an async generator) at an `await` on `awaiting`.
    func generatorSuspended(_ g: GeneratorBody, awaiting: Value?) {
        guard let frame = g.fiber.frames.first else { return }
        let awaited = (awaiting?.object as? PyFuture)?.eventId ?? -1
        emit(.genSuspend, g.eventId, other: awaited, index: resumedSite(frame) ?? -1,
             text: awaiting == nil ? "yield" : "")
    }

    /// The site the generator's own frame waits at: the `yield` just run, or the `await` it is at.
    private func resumedSite(_ frame: Fiber.Frame) -> Int? {
        frame.code.awaitSite(atInstruction: frame.ip - 1) ?? frame.code.awaitSite(atInstruction: frame.ip)
    }
}
