extension AsyncioLibrarySource {
    /// `Lock`, `Event`, `Condition`, `Semaphore`, `BoundedSemaphore`. Each keeps a line of futures, one
    /// per waiting task in arrival order (`_waiters`, CPython's name, which programs look at), and wakes
    /// a task by resolving its future; the repr shows the state and the length of the line.
    static let locks = #"""
def _queue_up(owner, line, event):
    # A new future at the end of `line`, for the caller to await.
    turn = owner._loop_in_use().create_future()
    line.append(turn)
    _trace(event, owner, turn)
    return turn


def _still_waiting(line):
    return [turn for turn in line or () if not turn.done()]


class _Primitive(_LoopBound):
    # `Lock` and `Semaphore` make their line on the first wait (`_waiters` is None until then, as in
    # CPython); `Event` and `Condition` start with one.
    _waiters = None

    def _line(self):
        if self._waiters is None:
            self._waiters = []
        return self._waiters

    def _someone_queued(self):
        return any(not turn.cancelled() for turn in self._waiters or ())

    def __repr__(self) -> str:
        state = self._status_word()
        if self._waiters:
            state += f', waiters:{len(self._waiters)}'
        return f'<{_object_repr(self)[1:-1]} [{state}]>'


class _AcquiredInBlock(_Primitive):
    # `async with primitive:` holds it for the block.
    async def __aenter__(self) -> None:
        await self.acquire()

    async def __aexit__(self, *ignored):
        self.release()


class Lock(_AcquiredInBlock):
    __module__ = 'asyncio.locks'

    def __init__(self) -> None:
        self._held = False
        _trace('sync.create', self)

    def _status_word(self):
        return 'locked' if self._held else 'unlocked'

    def locked(self) -> bool:
        return self._held

    async def acquire(self) -> bool:
        if self._held or self._someone_queued():
            turn = _queue_up(self, self._line(), 'lock.wait')
            try:
                await turn
            except BaseException as stop:
                self._waiters.remove(turn)
                if isinstance(stop, CancelledError) and not self._held:
                    self._wake_head()
                raise
            self._waiters.remove(turn)
        self._held = True
        _trace('lock.acquire', self)
        return True

    def release(self) -> None:
        if not self._held:
            raise RuntimeError('Lock is not acquired.')
        self._held = False
        _trace('lock.release', self)
        self._wake_head()

    def _wake_head(self):
        # Only the head of the line is woken; it takes the lock when it runs.
        head = self._waiters[0] if self._waiters else None
        if head is not None and not head.done():
            head.set_result(True)


class Event(_Primitive):
    __module__ = 'asyncio.locks'

    def __init__(self) -> None:
        self._line()
        self._flag = False
        _trace('sync.create', self)

    def _status_word(self):
        return 'set' if self._flag else 'unset'

    def is_set(self) -> bool:
        return self._flag

    def set(self):
        if self.is_set():
            return
        self._flag = True
        _trace('event.set', self)
        for turn in _still_waiting(self._waiters):
            turn.set_result(True)

    def clear(self) -> None:
        self._flag = False
        _trace('event.clear', self)

    async def wait(self) -> bool:
        if not self.is_set():
            turn = _queue_up(self, self._waiters, 'event.wait')
            try:
                await turn
            finally:
                self._waiters.remove(turn)
        return True


class Condition(_AcquiredInBlock):
    __module__ = 'asyncio.locks'

    def __init__(self, lock: object = None) -> None:
        self._lock = Lock() if lock is None else lock
        self._line()
        # The condition is its lock: the same three methods.
        self.locked, self.acquire, self.release = self._lock.locked, self._lock.acquire, self._lock.release
        _trace('sync.create', self)

    def _status_word(self):
        return 'locked' if self.locked() else 'unlocked'

    def _check_held(self, verb):
        if not self.locked():
            raise RuntimeError(f'cannot {verb} on un-acquired lock')

    async def wait(self) -> bool:
        self._check_held('wait')
        self.release()
        try:
            turn = _queue_up(self, self._waiters, 'condition.wait')
            try:
                await turn
            finally:
                self._waiters.remove(turn)
            return True
        finally:
            # The lock is held again on the way out, however often the task is cancelled meanwhile.
            interrupted = False
            while True:
                try:
                    await self.acquire()
                except CancelledError:
                    interrupted = True
                else:
                    break
            if interrupted:
                raise CancelledError

    async def wait_for(self, predicate: object) -> object:
        while True:
            outcome = predicate()
            if outcome:
                return outcome
            await self.wait()

    def notify(self, n: int = 1) -> None:
        self._check_held('notify')
        for turn in _still_waiting(self._waiters)[:max(n, 0)]:
            _trace('condition.notify', self, turn)
            turn.set_result(False)

    def notify_all(self) -> None:
        self.notify(len(self._waiters))


class Semaphore(_AcquiredInBlock):
    __module__ = 'asyncio.locks'

    def __init__(self, value: int = 1) -> None:
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._value = value
        _trace('sync.create', self, None, value)

    def _status_word(self):
        return 'locked' if self.locked() else f'unlocked, value:{self._value}'

    def locked(self) -> bool:
        return self._value == 0 or self._someone_queued()

    async def acquire(self) -> bool:
        if self.locked():
            turn = _queue_up(self, self._line(), 'semaphore.wait')
            try:
                await turn
            except BaseException as stop:
                self._waiters.remove(turn)
                if isinstance(stop, CancelledError) and not turn.cancelled():
                    # The permit was granted but is not taken: it goes to the next in line.
                    self._value += 1
                    self._grant_next()
                raise
            self._waiters.remove(turn)
            _trace('semaphore.acquire', self, None, self._value)
            if self._value:
                self._grant_next()
        else:
            self._value -= 1
            _trace('semaphore.acquire', self, None, self._value)
        return True

    def release(self) -> None:
        self._value += 1
        self._grant_next()
        _trace('semaphore.release', self, None, self._value)

    def _grant_next(self):
        # A permit is taken on the waiter's behalf when it is granted.
        for turn in _still_waiting(self._waiters)[:1]:
            self._value -= 1
            turn.set_result(True)


class BoundedSemaphore(Semaphore):
    __module__ = 'asyncio.locks'

    def __init__(self, value: int = 1) -> None:
        self._limit = value
        Semaphore.__init__(self, value)

    def release(self) -> None:
        if self._value >= self._limit:
            raise ValueError('BoundedSemaphore released too many times')
        Semaphore.release(self)
"""#
}
