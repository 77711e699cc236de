/// Reports what happens to the locks, events, semaphores, conditions, barriers and queues a scenario made
/// (`sync.create`, `lock.acquire`, `queue.put`, … in docs/EVENTS.md): the native half of the `_trace`
/// calls in asyncio's and threading's library Python, and of `threading.Lock`. Objects library code makes
/// for its own use (the lock inside a semaphore, a queue's mutex) are never reported. Nothing is built
/// when no sink listens.
enum SyncReporting {
    /// Who acts now: the task the running loop steps, else the thread.
    static func actor(_ vm: VM) -> Int {
        vm.eventLoop?.currentTask?.eventId ?? vm.machine.current.eventId
    }

    /// A native object made now is the scenario's when the code calling it is.
    static func nativeMadeByScenario(_ vm: VM) -> Bool {
        guard let frame = vm.fiber.frames.last else { return true }
        return !LibraryCode.isLibrary(frame.code)
    }

    /// An instance of `type` whose `__init__` is running is the scenario's when, below the `__init__`
    /// frames of `type`'s classes, the code that asked for it is the scenario's.
    static func madeByScenario(_ type: PyType, _ vm: VM) -> Bool {
        let constructors = Set(type.mro.compactMap { cls -> ObjectIdentifier? in
            (cls.classAttributes?["__init__"]?.object as? PyFunction).map { ObjectIdentifier($0.code) }
        })
        for frame in vm.fiber.frames.reversed() where !constructors.contains(ObjectIdentifier(frame.code)) {
            guard LibraryCode.isLibrary(frame.code) else { return true }
            if !passThroughFactories.contains(frame.code.qualifiedName) { return false }
        }
        return true
    }

    /// Library functions that only make what their caller asked for: `multiprocessing.get_context().Lock()`
    /// is made by the scenario that called it.
    private static let passThroughFactories: Set<String> = ["_made_here.<locals>.made"]

    /// `asyncio.Lock`, `threading.Semaphore`, `queue.Queue`: the library class (a scenario's subclass is
    /// named by the library class it extends) under the module a program imports it from.
    static func className(_ type: PyType) -> String {
        func module(_ t: PyType) -> String {
            let first = t.moduleName.split(separator: ".").first.map(String.init) ?? t.moduleName
            return ["_thread": "threading", "_queue": "queue"][first] ?? first
        }
        let libraries: Set<String> = ["asyncio", "threading", "queue", "multiprocessing"]
        let base = type.mro.first { libraries.contains(module($0)) } ?? type
        return module(base) + "." + base.name
    }

    /// `_trace(kind, owner, waiter=None, detail=None)`: `detail` is a count for the event's `column`
    /// (a semaphore's value, a barrier's waiting parties, 1 for a queue's putter), the initial value of a
    /// `sync.create` (a semaphore's value, a queue's maxsize, a barrier's parties), the item a queue
    /// takes or gives, or a barrier's phase.
    static func trace(_ vm: VM, _ args: [Value]) {
        guard vm.sink != nil, let name = args.first?.asStr?.value, let kind = RuntimeEvent.Kind(rawValue: name),
              args.count > 1, let owner = args[1].object as? PyInstance else { return }
        let waiter = args.count > 2 ? (args[2].object as? PyFuture)?.eventId ?? -1 : -1
        let detail = args.count > 3 ? args[3] : Value.none
        let number: Int
        if case .int(let n) = detail { number = n } else { number = -1 }
        switch kind {
        case .syncCreate:
            guard madeByScenario(owner.type, vm) else { return }
            vm.reportedSync.insert(owner.eventId)
            vm.emit(kind, owner.eventId, index: number, text: className(owner.type))
        case _ where !vm.reportedSync.contains(owner.eventId):
            return
        case .queuePut, .queueGet:
            vm.emit(kind, owner.eventId, index: actor(vm), text: EventRepr.short(detail))
        case .barrierState:
            vm.emit(kind, owner.eventId, text: detail.asStr?.value ?? "")
        default:
            vm.emit(kind, owner.eventId, other: waiter, index: actor(vm), column: number, text: owner.type.name)
        }
    }
}
