import Testing
@testable import Runtime

/// `Reducer.applySync`: what each sync event does to the snapshot, event by event.
@Suite struct SyncReducerTests {
    static func fold(_ events: [RuntimeEvent]) -> Snapshot {
        var s = Snapshot()
        for e in events { Reducer.apply(e, to: &s) }
        return s
    }

    static func event(_ kind: RuntimeEvent.Kind, _ subject: Int = 5, other: Int = -1, actor: Int = -1,
                      column: Int = -1, text: String = "") -> RuntimeEvent {
        RuntimeEvent(kind: kind, time: 0, subject: subject, other: other, index: actor, column: column, text: text)
    }

    @Test func aLockHasOneHolderAndWaitersInArrivalOrder() {
        let s = Self.fold([
            Self.event(.syncCreate, text: "threading.Lock"),
            Self.event(.lockAcquire, actor: 1), Self.event(.lockWait, actor: 2), Self.event(.lockWait, actor: 3),
            Self.event(.lockRelease, actor: 1), Self.event(.lockAcquire, actor: 2),
        ])
        let lock = s.sync[5]
        #expect(lock?.holders == [2])
        #expect(lock?.waiters.map(\.actor) == [3])
    }

    @Test func aSemaphoreShowsTheValueItsEventsReportAndWhoTookIt() {
        var s = Self.fold([
            Self.event(.syncCreate, actor: 2, text: "asyncio.Semaphore"),
            Self.event(.semaphoreAcquire, actor: 1, column: 1), Self.event(.semaphoreAcquire, actor: 2, column: 0),
            Self.event(.semaphoreWait, other: 9, actor: 3),
        ])
        #expect(s.sync[5]?.size == 2 && s.sync[5]?.value == 0 && s.sync[5]?.holders == [1, 2])
        Reducer.apply(Self.event(.semaphoreRelease, actor: 2, column: 0), to: &s)
        #expect(s.sync[5]?.holders == [1] && s.sync[5]?.value == 0)
        Reducer.apply(RuntimeEvent(kind: .futureCreate, time: 0, subject: 9, text: "Future"), to: &s)
        Reducer.apply(RuntimeEvent(kind: .futureState, time: 0, subject: 9, text: "finished result=True"), to: &s)
        #expect(s.sync[5]?.waiters.isEmpty == true, "a waiter whose future is resolved no longer waits")
    }

    @Test func aQueueKeepsItsItemsAndTellsPuttersFromGetters() {
        let s = Self.fold([
            Self.event(.syncCreate, actor: 2, text: "queue.LifoQueue"),
            Self.event(.queuePut, actor: 1, text: "'a'"), Self.event(.queuePut, actor: 1, text: "'b'"),
            Self.event(.queueWait, actor: 1, column: 1), Self.event(.queueGet, actor: 4, text: "'b'"),
            Self.event(.queueWait, actor: 6, column: 0),
        ])
        #expect(s.sync[5]?.items == ["'a'"])
        #expect(s.sync[5]?.waiters.map(\.putter) == [true, false])
        let left = Self.fold([
            Self.event(.syncCreate, text: "queue.Queue"), Self.event(.queueWait, actor: 1, column: 1),
            Self.event(.syncLeave, actor: 1),
        ])
        #expect(left.sync[5]?.waiters.isEmpty == true)
    }

    @Test func aBarrierCountsItsPartiesUntilTheRoundPassesOrBreaks() {
        var s = Self.fold([
            Self.event(.syncCreate, actor: 3, text: "threading.Barrier"),
            Self.event(.barrierWait, actor: 1, column: 1), Self.event(.barrierWait, actor: 2, column: 2),
        ])
        #expect(s.sync[5]?.value == 2 && s.sync[5]?.waiters.map(\.actor) == [1, 2])
        Reducer.apply(Self.event(.barrierState, text: "broken"), to: &s)
        #expect(s.sync[5]?.phase == "broken" && s.sync[5]?.waiters.isEmpty == true && s.sync[5]?.value == 0)
    }

    @Test func anEventIsSetAndCleared() {
        var s = Self.fold([Self.event(.syncCreate, text: "asyncio.Event"), Self.event(.eventSet)])
        #expect(s.sync[5]?.isSet == true)
        Reducer.apply(Self.event(.eventClear), to: &s)
        #expect(s.sync[5]?.isSet == false)
    }

    @Test func objectsTheScenarioDidNotMakeAreNotShown() {
        let s = Self.fold([Self.event(.lockAcquire, actor: 1), Self.event(.queuePut, text: "1")])
        #expect(s.sync.isEmpty)
    }
}
