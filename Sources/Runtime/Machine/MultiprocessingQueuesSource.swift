/// `multiprocessing`'s queues (`Queue`, `JoinableQueue`, `SimpleQueue`), written for asyncviz: a thread queue
/// seen by every simulated process, with what crosses it pickled on the way in and unpickled on the way out.
enum MultiprocessingQueuesSource {
    static let text = #"""


class Queue:
    __module__ = 'multiprocessing.queues'

    def __init__(self, maxsize: int = 0, *, ctx: object = None) -> None:
        self._made_by = _made_in(ctx)
        self._items = _ThreadQueue(maxsize if maxsize > 0 else 0)
        self._shut = False
        _trace('sync.create', self, None, maxsize if maxsize > 0 else 0)

    def _check_open(self) -> None:
        if self._shut:
            raise ValueError(f"Queue {self!r} is closed")

    def put(self, obj: object, block: bool = True, timeout: float | None = None) -> None:
        self._check_open()
        queued = block and self._items.full()
        if queued:
            _trace('queue.wait', self, None, 1)
        try:
            self._items.put(_pickle(obj, "put"), block, timeout)
        finally:
            if queued:
                _trace('sync.leave', self)
        _trace('queue.put', self, None, obj)

    def get(self, block: bool = True, timeout: float | None = None) -> object:
        self._check_open()
        queued = block and self._items.empty()
        if queued:
            _trace('queue.wait', self, None, 0)
        try:
            item = _unpickle(self._items.get(block, timeout))
        finally:
            if queued:
                _trace('sync.leave', self)
        _trace('queue.get', self, None, item)
        return item

    def put_nowait(self, obj: object) -> None:
        self.put(obj, False)

    def get_nowait(self) -> object:
        return Queue.get(self, False)

    def qsize(self) -> int:
        return self._items.qsize()

    def empty(self) -> bool:
        return self._items.empty()

    def full(self) -> bool:
        return self._items.full()

    def close(self) -> None:
        self._shut = True

    def join_thread(self) -> None:
        if not self._shut:
            raise AssertionError(f"Queue {self!r} not closed")

    def cancel_join_thread(self) -> None:
        return None


class JoinableQueue(Queue):
    __module__ = 'multiprocessing.queues'

    def task_done(self) -> None:
        self._items.task_done()

    def join(self) -> None:
        self._items.join()


class SimpleQueue:
    __module__ = 'multiprocessing.queues'

    def __init__(self, *, ctx: object = None) -> None:
        self._made_by = _made_in(ctx)
        self._items = _ThreadQueue()
        self._shut = False

    def put(self, obj: object) -> None:
        self._items.put(_pickle(obj, "put"))

    def get(self) -> object:
        return _unpickle(self._items.get())

    def empty(self) -> bool:
        return self._items.empty()

    def close(self) -> None:
        self._shut = True
"""#
}
