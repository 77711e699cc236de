/// `queue`: `Queue`, `LifoQueue` and `SimpleQueue` as CPython's Python code
/// (`Lib/queue.py`, `_PySimpleQueue`) over threading's Condition and
/// Semaphore, with CPython's `Empty` and `Full`.
enum QueueModule {
    static let empty = PyType("Empty", base: ExceptionTypes.exception, module: "_queue")
    static let full = PyType("Full", base: ExceptionTypes.exception, module: "queue")

    static func make(_ vm: VM) throws -> PyModule {
        let threading = try vm.importModule("threading", leaf: true)
        let module = PyModule(name: "queue", attributes: ["Empty": .object(empty), "Full": .object(full)])
        var natives = threading.attributes
        natives["Empty"] = .object(empty)
        natives["Full"] = .object(full)
        natives["_monotonic"] = .object(PyBuiltin("_monotonic", qualifiedName: "_monotonic") { vm, _, _ in .float(vm.clock) })
        try LibraryCode.load("queue", path: "<asyncviz>/queue.py", text: source, natives: natives,
                             exported: ["Queue", "LifoQueue", "SimpleQueue"], into: module, vm: vm)
        return module
    }

    static let source = #"""
class Queue:
    __module__ = 'queue'

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self.queue = []
        self.mutex = Lock()
        self.not_empty = Condition(self.mutex)
        self.not_full = Condition(self.mutex)
        self.all_tasks_done = Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished <= 0:
                if unfinished < 0:
                    raise ValueError('task_done() called too many times')
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        with self.all_tasks_done:
            while self.unfinished_tasks:
                _set_wait_reason("queue")
                self.all_tasks_done.wait()

    def qsize(self):
        with self.mutex:
            return len(self.queue)

    def empty(self):
        with self.mutex:
            return not len(self.queue)

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= len(self.queue)

    def put(self, item, block=True, timeout=None):
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if len(self.queue) >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while len(self.queue) >= self.maxsize:
                        _set_wait_reason("queue")
                        self.not_full.wait()
                elif timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")
                else:
                    endtime = _monotonic() + timeout
                    while len(self.queue) >= self.maxsize:
                        remaining = endtime - _monotonic()
                        if remaining <= 0.0:
                            raise Full
                        _set_wait_reason("queue")
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        with self.not_empty:
            if not block:
                if not len(self.queue):
                    raise Empty
            elif timeout is None:
                while not len(self.queue):
                    _set_wait_reason("queue")
                    self.not_empty.wait()
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            else:
                endtime = _monotonic() + timeout
                while not len(self.queue):
                    remaining = endtime - _monotonic()
                    if remaining <= 0.0:
                        raise Empty
                    _set_wait_reason("queue")
                    self.not_empty.wait(remaining)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop(0)


class LifoQueue(Queue):
    __module__ = 'queue'

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    __module__ = '_queue'

    def __init__(self):
        self._queue = []
        self._count = Semaphore(0)

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)
        self._count.release()

    def get(self, block=True, timeout=None):
        if timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if not self._queue:
            _set_wait_reason("queue")
        if not self._count.acquire(block, timeout):
            raise Empty
        return self._queue.pop(0)

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return len(self._queue) == 0

    def qsize(self):
        return len(self._queue)
"""#
}
