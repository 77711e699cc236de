/// `queue`: `Queue` (first in, first out), `LifoQueue`, `PriorityQueue`
/// (a binary heap that yields equal keys in heapq's order) and `SimpleQueue`,
/// written for asyncviz over threading's Condition and Semaphore, with
/// CPython's `Empty` and `Full`. Every blocking put and get goes through one
/// helper that waits on a condition while the queue is full or empty.
enum QueueModule {
    static let empty = PyType("Empty", base: ExceptionTypes.exception, module: "_queue")
    static let full = PyType("Full", base: ExceptionTypes.exception, module: "queue")

    static func make(_ vm: VM) throws -> PyModule {
        let threading = try vm.importModule("threading", leaf: true)
        let module = PyModule(name: "queue", attributes: ["Empty": .object(empty), "Full": .object(full)])
        var natives = threading.attributes
        natives["Empty"] = .object(empty)
        natives["Full"] = .object(full)
        natives["_monotonic"] = .object(PyBuiltin("_monotonic", qualifiedName: "_monotonic") { vm, _, _ in
            try vm.readClock { vm, _ in .float(vm.clock) }
        })
        try LibraryCode.load("queue", path: "<asyncviz>/queue.py", text: source, natives: natives,
                             exported: ["Queue", "LifoQueue", "PriorityQueue", "SimpleQueue"], into: module, vm: vm)
        return module
    }

    static let source = #"""
def _heap_push(heap: list, item: object) -> None:
    spot = len(heap)
    heap.append(item)
    while spot > 0:
        above = (spot - 1) // 2
        if not item < heap[above]:
            break
        heap[spot] = heap[above]
        spot = above
    heap[spot] = item


def _heap_pop(heap: list) -> object:
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    size = len(heap)
    spot = 0
    below = 1
    while below < size:
        if below + 1 < size and not heap[below] < heap[below + 1]:
            below += 1
        heap[spot] = heap[below]
        spot = below
        below = 2 * spot + 1
    while spot > 0:
        above = (spot - 1) // 2
        if not last < heap[above]:
            break
        heap[spot] = heap[above]
        spot = above
    heap[spot] = last
    return top


def _wait_while(owner: object, side: int, gate: Condition, blocked: object, block: bool, timeout: float | None,
                failure: type) -> None:
    # `side` is 1 for a putter waiting for room, 0 for a getter waiting for an item.
    if not block:
        if blocked():
            raise failure
        return
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    deadline = None if timeout is None else _monotonic() + timeout
    queued = False
    try:
        while blocked():
            left = None
            if deadline is not None:
                left = deadline - _monotonic()
                if left <= 0.0:
                    raise failure
            _set_wait_reason("queue")
            if not queued:
                queued = True
                _trace('queue.wait', owner, None, side)
            gate.wait(left)
    finally:
        if queued:
            _trace('sync.leave', owner)


class Queue:
    __module__ = 'queue'

    def __init__(self, maxsize: int = 0) -> None:
        self.maxsize = maxsize
        self.queue = []
        self.mutex = Lock()
        self._readable = Condition(self.mutex)
        self._writable = Condition(self.mutex)
        self._settled = Condition(self.mutex)
        self.unfinished_tasks = 0
        _trace('sync.create', self, None, maxsize)

    def _full(self) -> bool:
        return 0 < self.maxsize <= len(self.queue)

    def task_done(self) -> None:
        with self.mutex:
            if self.unfinished_tasks == 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks -= 1
            if self.unfinished_tasks == 0:
                self._settled.notify_all()

    def join(self) -> None:
        with self.mutex:
            while self.unfinished_tasks > 0:
                _set_wait_reason("queue")
                self._settled.wait()

    def qsize(self) -> int:
        with self.mutex:
            return len(self.queue)

    def empty(self) -> bool:
        with self.mutex:
            return len(self.queue) == 0

    def full(self) -> bool:
        with self.mutex:
            return self._full()

    def put(self, item: object, block: bool = True, timeout: float | None = None) -> None:
        with self.mutex:
            if self.maxsize > 0:
                _wait_while(self, 1, self._writable, self._full, block, timeout, Full)
            self._put(item)
            _trace('queue.put', self, None, item)
            self.unfinished_tasks += 1
            self._readable.notify()

    def get(self, block: bool = True, timeout: float | None = None) -> object:
        with self.mutex:
            _wait_while(self, 0, self._readable, lambda: len(self.queue) == 0, block, timeout, Empty)
            item = self._get()
            _trace('queue.get', self, None, item)
            self._writable.notify()
            return item

    def put_nowait(self, item: object) -> None:
        return self.put(item, False)

    def get_nowait(self) -> object:
        return self.get(False)

    def _put(self, item: object) -> None:
        self.queue.append(item)

    def _get(self) -> object:
        return self.queue.pop(0)


class LifoQueue(Queue):
    __module__ = 'queue'

    def _get(self) -> object:
        return self.queue.pop()


class PriorityQueue(Queue):
    __module__ = 'queue'

    def _put(self, item: object) -> None:
        _heap_push(self.queue, item)

    def _get(self) -> object:
        return _heap_pop(self.queue)


class SimpleQueue:
    __module__ = '_queue'

    def __init__(self) -> None:
        self._items = []
        self._available = Semaphore(0)
        _trace('sync.create', self, None, 0)

    def put(self, item: object, block: bool = True, timeout: float | None = None) -> None:
        self._items.append(item)
        _trace('queue.put', self, None, item)
        self._available.release()

    def get(self, block: bool = True, timeout: float | None = None) -> object:
        if timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if len(self._items) == 0:
            _set_wait_reason("queue")
        queued = block and len(self._items) == 0
        if queued:
            _trace('queue.wait', self, None, 0)
        got = self._available.acquire(block, timeout)
        if queued:
            _trace('sync.leave', self)
        if not got:
            raise Empty
        item = self._items.pop(0)
        _trace('queue.get', self, None, item)
        return item

    def put_nowait(self, item: object) -> None:
        return self.put(item)

    def get_nowait(self) -> object:
        return self.get(False)

    def empty(self) -> bool:
        return len(self._items) == 0

    def qsize(self) -> int:
        return len(self._items)
"""#
}
