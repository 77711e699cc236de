import Testing
@testable import Runtime

/// The compact store gives back exactly the events it was given, in at most 24 bytes an event.
@Suite struct EventStoreTests {
    @Test func everyFieldRoundTrips() {
        let events = [
            RuntimeEvent(kind: .runStart, time: 0, text: "x.py"),
            RuntimeEvent(kind: .codeAwait, time: 0, subject: 2, other: 7, index: 1, column: 4, text: "await fut"),
            RuntimeEvent(kind: .loopIteration, time: 0.5, subject: 3, other: 2, index: 9),
            RuntimeEvent(kind: .handleSchedule, time: 0.5, subject: 11, when: 0.30000000000000004, text: "cb()"),
            RuntimeEvent(kind: .coroSuspend, time: 0.5, subject: 5, other: -1, index: 0, text: "yield"),
            RuntimeEvent(kind: .loopSelect, time: 0.5, subject: 3, when: 1.25),
            RuntimeEvent(kind: .stdout, time: 1.25, text: "héllo\n"),
            RuntimeEvent(kind: .runEnd, time: 1.25, index: 0),
        ]
        let store = EventStore()
        for e in events { store.record(e) }
        #expect(store.allEvents == events)
        #expect(store.firstIndex(atOrAfter: 0.5) == 2)
        #expect(store.firstIndex(atOrAfter: 0.6) == 6)
        #expect(store.firstIndex(atOrAfter: 9) == store.count)
        #expect(store.time(at: 5) == 0.5)
        // Reading a stretch in order (as a seek folds it) gives what the subscript gives, from any start.
        for start in 0...events.count {
            var read: [RuntimeEvent] = []
            store.forEach(in: start..<events.count) { read.append($0) }
            #expect(read == Array(events[start...]), "from \(start)")
        }
    }

    @Test func aRealRunTakesAtMostTwentyFourBytesAnEvent() throws {
        let text = """
        import asyncio

        async def worker(i, q):
            for k in range(20):
                await asyncio.sleep(0.001 * ((i + k) % 7))
            await q.put(i)

        async def main():
            q = asyncio.Queue()
            tasks = [asyncio.create_task(worker(i, q)) for i in range(200)]
            for _ in range(200):
                await q.get()
            await asyncio.gather(*tasks)

        asyncio.run(main())
        """
        let store = EventStore()
        let status = Interpreter.run(SourceFile(path: "w.py", text: text), sink: store) { _, _ in }
        #expect(status == 0)
        #expect(store.count > 50_000)
        let perEvent = Double(store.storageBytes) / Double(store.count)
        #expect(perEvent <= 24, "\(perEvent) bytes per event")
    }
}
