extension AsyncioLibrarySource {
    /// `Queue`, `LifoQueue` and `PriorityQueue`: items in a list, and two lines of waiting futures (`_getters` for an
    /// empty queue, `_putters` for a full one); `_init`, `_get`, `_put` are the hooks subclasses override.
    static let queues = #"""
def _wake_one(line):
    # The first waiter still waiting leaves the line, resolved; those already done just leave.
    while line:
        sleeper = line.pop(0)
        if not sleeper.done():
            sleeper.set_result(None)
            return


class Queue(_LoopBound):
    __module__ = 'asyncio.queues'

    def __init__(self, maxsize: int = 0) -> None:
        self._maxsize = self.maxsize = maxsize
        self._getters = []
        self._putters = []
        self._unfinished = 0
        self._drained = Event()
        self._drained.set()
        self._init(maxsize)
        _trace('sync.create', self, None, maxsize)

    def _init(self, maxsize: int) -> None:
        self._queue = []

    def _put(self, item: object) -> None:
        self._queue.append(item)

    def _get(self):
        return self._queue.pop(0)

    def _summary(self):
        parts = [f'maxsize={self._maxsize!r}']
        if self._queue:
            parts.append(f'_queue={list(self._queue)!r}')
        for label, line in (('_getters', self._getters), ('_putters', self._putters)):
            if line:
                parts.append(f'{label}[{len(line)}]')
        if self._unfinished:
            parts.append(f'tasks={self._unfinished}')
        return ' '.join(parts)

    def __repr__(self) -> str:
        address = _object_repr(self).split(' at ')[-1][:-1]
        return f'<{type(self).__name__} at {address} {self._summary()}>'

    def __str__(self) -> str:
        return f'<{type(self).__name__} {self._summary()}>'

    def qsize(self) -> int:
        return len(self._queue)

    def empty(self) -> bool:
        return self.qsize() == 0

    def full(self) -> bool:
        return 0 < self._maxsize <= self.qsize()

    def _waiting_failed(self, line, turn, still_blocked):
        # A wait left by an exception: a wake-up this waiter received but cannot use goes on to the
        # next one in its line.
        turn.cancel()
        if turn in line:
            line.remove(turn)
        if not still_blocked() and not turn.cancelled():
            _wake_one(line)

    async def put(self, item: object) -> None:
        while self.full():
            room = self._loop_in_use().create_future()
            self._putters.append(room)
            _trace('queue.wait', self, room, 1)
            try:
                await room
            except BaseException:
                self._waiting_failed(self._putters, room, self.full)
                raise
        self.put_nowait(item)

    def put_nowait(self, item: object) -> None:
        if self.full():
            raise QueueFull
        self._put(item)
        _trace('queue.put', self, None, item)
        self._unfinished += 1
        self._drained.clear()
        _wake_one(self._getters)

    async def get(self) -> object:
        while self.empty():
            arrival = self._loop_in_use().create_future()
            self._getters.append(arrival)
            _trace('queue.wait', self, arrival, 0)
            try:
                await arrival
            except BaseException:
                self._waiting_failed(self._getters, arrival, self.empty)
                raise
        return self.get_nowait()

    def get_nowait(self) -> object:
        if self.empty():
            raise QueueEmpty
        taken = self._get()
        _trace('queue.get', self, None, taken)
        _wake_one(self._putters)
        return taken

    def task_done(self) -> None:
        if self._unfinished <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished -= 1
        if not self._unfinished:
            self._drained.set()

    async def join(self) -> None:
        if self._unfinished:
            await self._drained.wait()


class LifoQueue(Queue):
    __module__ = 'asyncio.queues'

    def _get(self):
        return self._queue.pop()


class PriorityQueue(Queue):
    # Smallest first; `_queue` is a binary heap in `heapq`'s order (`str(q)` shows it).
    __module__ = 'asyncio.queues'

    def _put(self, item: object) -> None:
        _heap_push(self._queue, item)

    def _get(self):
        return _heap_pop(self._queue)
"""#
}
