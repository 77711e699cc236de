import Testing
@testable import Runtime

/// Generators and async generators as state machines: the events a run reports for them, the model's
/// state after each, and the Coroutines panel with tasks named by their `name=` and calls.
@Suite struct GeneratorPanelTests {
    static let program = "Tests/Programs/state_machines/generators.py"

    @Test func thePanelShowsEachGeneratorAtItsYield() throws {
        let args = ["frame", Self.program, "--at", "0.25s", "--panel", "coroutines", "--size", "100x12"]
        let r = try Runner.run(Repository.binary.path, args)
        #expect(r.status == 0, "\(r.stderr)")
        let golden = try Repository.golden("Tests/Golden/frames/generators-at-0.25s-coroutines-100x12.txt", r.stdout)
        #expect(golden.actual == golden.expected)
    }

    /// The countdown yields at line 7 three times, then at line 9 (`liftoff`), then ends and is gone.
    @Test func aGeneratorGoesThroughItsYieldSites() throws {
        let store = try TimelineTests.store(Self.program)
        var s = Snapshot()
        var sites: [Int] = []
        var created: Int?
        for i in 0..<store.count {
            Reducer.apply(store[i], to: &s)
            let e = store[i]
            if e.kind == .genCreate, e.text == "countdown(3)" { created = e.subject }
            guard e.subject == created else { continue }
            if e.kind == .genSuspend, case .suspended(let k) = s.generators[e.subject]?.state {
                sites.append(s.code[s.generators[e.subject]!.code]!.sites[k].line)
            }
            if e.kind == .genEnd { #expect(s.generators[e.subject] == nil) }
        }
        #expect(sites == [7, 7, 7, 9])
        #expect(s.generators.isEmpty, "every generator ended with the run")
    }

    /// An async generator waiting at its `await` awaits the future its task waits on.
    @Test func anAsyncGeneratorAwaitsItsTasksFuture() throws {
        let store = try TimelineTests.store(Self.program)
        let timeline = Timeline(store: store)
        let s = timeline.snapshot(at: try #require(timeline.event(atTime: 0.1)) + 1)
        let ticks = try #require(s.generators.values.first { $0.name == "ticks" })
        let future = try #require(ticks.awaiting)
        #expect(s.futures[future]?.state == "pending")
        #expect(ticks.call == "ticks('radar', 3, 0.15)")
    }

    /// A `yield from` is a state too: the outer generator waits there while the inner one yields.
    @Test func yieldFromIsASiteOfTheDelegatingGenerator() {
        let text = """
        def inner():
            yield 1
            yield 2

        def outer():
            yield 0
            yield from inner()
            yield 3

        print(list(outer()))
        """
        let store = EventStore()
        _ = Interpreter.run(SourceFile(path: "yf.py", text: text), sink: store) { _, _ in }
        var s = Snapshot()
        var outerSites: [String] = []
        for i in 0..<store.count {
            Reducer.apply(store[i], to: &s)
            let e = store[i]
            guard e.kind == .genSuspend, let g = s.generators[e.subject], g.name == "outer",
                  case .suspended(let k) = g.state else { continue }
            outerSites.append(s.code[g.code]?.sites[k].text ?? "?")
        }
        #expect(outerSites == ["yield 0", "yield from inner()", "yield from inner()", "yield 3"])
    }
}
