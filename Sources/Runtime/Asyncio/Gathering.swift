/// `asyncio.gather`, ported from `Lib/asyncio/tasks.py`: children complete in
/// any order, results come back in argument order.
final class GatheringFuture: PyFuture {
    static let type = PyType("_GatheringFuture", base: PyFuture.futureType, module: "asyncio.tasks")
    var children: [PyFuture] = []
    var cancelRequested = false

    init(loop: EventLoop) {
        super.init(loop: loop, type: GatheringFuture.type)
    }

    /// Cancelling the gather cancels its children.
    @discardableResult
    override func cancel(message: Value = .none) -> Bool {
        if isDone { return false }
        var cancelledAny = false
        for child in children {
            let done = child.cancel(message: message)
            if done { cancelledAny = true }
        }
        if cancelledAny { cancelRequested = true }
        return cancelledAny
    }
}

enum Gathering {
    static func gather(_ args: [Value], returnExceptions: Bool, vm: VM) throws -> PyFuture {
        if args.isEmpty {
            let outer = PyFuture(loop: try vm.currentEventLoop())
            try outer.setResult(.object(PyList()))
            return outer
        }
        var children: [PyFuture] = []
        // Each awaitable passed more than once is awaited once: found by identity in constant time.
        var seen: [ObjectIdentifier: PyFuture] = [:]
        var outer: GatheringFuture?
        var finished = 0
        var count = 0
        let done = FutureCallback.native("gather._done_callback") { fut in
            finished += 1
            guard let gathering = outer, !gathering.isDone else {
                if !fut.isCancelled { _ = try? fut.exceptionOrRaise() }
                return
            }
            if !returnExceptions {
                if fut.isCancelled {
                    try gathering.setException(fut.makeCancelledError())
                    return
                }
                if case .object(let e as PyException) = try fut.exceptionOrRaise() {
                    try gathering.setException(e)
                    return
                }
            }
            guard finished == count else { return }
            var results: [Value] = []
            for child in children {
                if child.isCancelled {
                    results.append(.object(PyException(AsyncioTypes.cancelledError, [child.cancelMessage.isNoneValue ? .str("") : child.cancelMessage])))
                } else {
                    let e = try child.exceptionOrRaise()
                    results.append(e.isNoneValue ? try child.resultOrRaise() : e)
                }
            }
            if gathering.cancelRequested {
                try gathering.setException(fut.makeCancelledError())
            } else {
                try gathering.setResult(.object(PyList(results)))
            }
        }
        var loop: EventLoop?
        for arg in args {
            try Cost.charge(1)
            if case .object(let o) = arg, let existing = seen[ObjectIdentifier(o)] {
                children.append(existing)
                continue
            }
            let fut = try vm.ensureFuture(arg)
            if loop == nil { loop = fut.loop }
            count += 1
            if case .object(let o) = arg { seen[ObjectIdentifier(o)] = fut }
            fut.addDoneCallback(done)
            children.append(fut)
        }
        let gathering = GatheringFuture(loop: loop!)
        gathering.children = children
        outer = gathering
        return gathering
    }
}
