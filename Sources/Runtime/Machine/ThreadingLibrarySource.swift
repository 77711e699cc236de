/// The Python half of `threading`, written for asyncviz over the native
/// lock and thread handles of `ThreadingModule`: a re-entrant lock, a
/// condition that parks each waiter on a lock of its own (woken first come,
/// first served), a semaphore with an optional ceiling (the bounded one), an
/// event, a barrier whose rounds end passed or broken, `Thread` and `Timer`.
/// Attributes are plain where CPython has properties (`name`, `daemon`,
/// `ident`, a barrier's `parties`, `n_waiting`, `broken`); waits name what
/// they wait on for the viewer.
enum ThreadingLibrarySource {
    static let text = #"""
TIMEOUT_MAX = 9223372036.0
Lock = _allocate_lock
_issued_names = 0
_live = {}
_exit_hooks = []
_exiting = False


def _fresh_name(target: object) -> str:
    global _issued_names
    _issued_names += 1
    label = f"Thread-{_issued_names}"
    if target is None:
        return label
    try:
        return f"{label} ({target.__name__})"
    except AttributeError:
        return label


def _held_by_me(lock: object) -> bool:
    if type(lock) is RLock:
        return lock._holder == get_ident()
    if lock.acquire(False):
        lock.release()
        return False
    return True


def _let_go(lock: object) -> object:
    if type(lock) is RLock:
        return lock._surrender()
    lock.release()
    return None


def _take_back(lock: object, kept: object) -> None:
    if type(lock) is RLock:
        lock._reclaim(kept)
    else:
        lock.acquire()


class RLock:
    __module__ = '_thread'

    def __init__(self) -> None:
        self._inner = _allocate_lock()
        self._holder = None
        self._depth = 0
        _trace('sync.create', self)

    def __repr__(self) -> str:
        word = "locked" if self._inner.locked() else "unlocked"
        where = _address(self)
        return f"<{word} _thread.RLock object owner={self._holder or 0!r} count={self._depth} at {where}>"

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        caller = get_ident()
        if self._holder != caller:
            queued = blocking and self._inner.locked()
            if queued:
                _trace('lock.wait', self)
            if not self._inner.acquire(blocking, timeout):
                if queued:
                    _trace('sync.leave', self)
                return False
            self._holder = caller
            _trace('lock.acquire', self)
        self._depth += 1
        return True

    def __enter__(self) -> bool:
        return self.acquire()

    def release(self) -> None:
        if self._holder != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._depth -= 1
        if self._depth == 0:
            self._holder = None
            _trace('lock.release', self)
            self._inner.release()

    def __exit__(self, *exc_info: object) -> None:
        self.release()

    def _surrender(self) -> tuple:
        if self._depth == 0:
            raise RuntimeError("cannot release un-acquired lock")
        kept = (self._depth, self._holder)
        self._depth, self._holder = 0, None
        _trace('lock.release', self)
        self._inner.release()
        return kept

    def _reclaim(self, kept: tuple) -> None:
        self._inner.acquire()
        self._depth, self._holder = kept
        _trace('lock.acquire', self)


class Condition:
    __module__ = 'threading'

    def __init__(self, lock: object = None) -> None:
        self._lock = RLock() if lock is None else lock
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        self._tickets = []
        _trace('sync.create', self)

    def __enter__(self) -> bool:
        return self._lock.__enter__()

    def __exit__(self, *exc_info: object) -> None:
        return self._lock.__exit__(*exc_info)

    def __repr__(self) -> str:
        return f"<Condition({self._lock!r}, {len(self._tickets)})>"

    def wait(self, timeout: float | None = None) -> bool:
        if not _held_by_me(self._lock):
            raise RuntimeError("cannot wait on un-acquired lock")
        ticket = _allocate_lock()
        ticket.acquire()
        self._tickets.append(ticket)
        kept = _let_go(self._lock)
        woken = False
        _trace('condition.wait', self)
        try:
            if timeout is None:
                woken = ticket.acquire()
            elif timeout > 0:
                woken = ticket.acquire(True, timeout)
            else:
                woken = ticket.acquire(False)
            return woken
        finally:
            _trace('sync.leave', self)
            _take_back(self._lock, kept)
            if not woken and ticket in self._tickets:
                self._tickets.remove(ticket)

    def wait_for(self, predicate: object, timeout: float | None = None) -> object:
        deadline = None
        outcome = predicate()
        while not outcome:
            budget = timeout
            if timeout is not None:
                if deadline is None:
                    deadline = _monotonic() + timeout
                else:
                    budget = deadline - _monotonic()
                    if budget <= 0:
                        return outcome
            self.wait(budget)
            outcome = predicate()
        return outcome

    def notify(self, n: int = 1) -> None:
        if not _held_by_me(self._lock):
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = 0
        while woken < n and self._tickets:
            ticket = self._tickets.pop(0)
            try:
                ticket.release()
                woken += 1
            except RuntimeError:
                pass
        if woken:
            _trace('condition.notify', self, None, woken)

    def notify_all(self) -> None:
        self.notify(len(self._tickets))

    def notifyAll(self) -> None:
        _deprecated("notifyAll() is deprecated, use notify_all() instead")
        self.notify_all()


class Semaphore:
    __module__ = 'threading'
    _ceiling = None

    def __init__(self, value: int = 1) -> None:
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._gate = Condition(Lock())
        self._permits = value
        _trace('sync.create', self, None, value)

    def __repr__(self) -> str:
        return f"<threading.{type(self).__name__} at {_address(self)}: value={self._permits}>"

    def acquire(self, blocking: bool = True, timeout: float | None = None) -> bool:
        if timeout is not None and not blocking:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        budget = timeout
        with self._gate:
            queued = False
            while self._permits == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if deadline is None:
                        deadline = _monotonic() + timeout
                    else:
                        budget = deadline - _monotonic()
                        if budget <= 0:
                            _trace('sync.leave', self)
                            return False
                _suggest_wait_reason("semaphore")
                if not queued:
                    queued = True
                    _trace('semaphore.wait', self)
                self._gate.wait(budget)
            self._permits -= 1
            _trace('semaphore.acquire', self, None, self._permits)
            return True

    def __enter__(self) -> bool:
        return self.acquire()

    def release(self, n: int = 1) -> None:
        if n < 1:
            raise ValueError('n must be one or more')
        with self._gate:
            if self._ceiling is not None and self._permits + n > self._ceiling:
                raise ValueError("Semaphore released too many times")
            self._permits += n
            _trace('semaphore.release', self, None, self._permits)
            self._gate.notify(n)

    def __exit__(self, *exc_info: object) -> None:
        self.release()


class BoundedSemaphore(Semaphore):
    __module__ = 'threading'

    def __init__(self, value: int = 1) -> None:
        Semaphore.__init__(self, value)
        self._ceiling = value


class Event:
    __module__ = 'threading'

    def __init__(self) -> None:
        self._gate = Condition(Lock())
        self._is_up = False
        _trace('sync.create', self)

    def __repr__(self) -> str:
        word = 'set' if self._is_up else 'unset'
        return f"<threading.Event at {_address(self)}: {word}>"

    def is_set(self) -> bool:
        return self._is_up

    def isSet(self) -> bool:
        _deprecated("isSet() is deprecated, use is_set() instead")
        return self._is_up

    def set(self) -> None:
        with self._gate:
            self._is_up = True
            _trace('event.set', self)
            self._gate.notify_all()

    def clear(self) -> None:
        with self._gate:
            self._is_up = False
            _trace('event.clear', self)

    def wait(self, timeout: float | None = None) -> bool:
        with self._gate:
            if self._is_up:
                return True
            _suggest_wait_reason("event")
            _trace('event.wait', self)
            try:
                return self._gate.wait(timeout)
            finally:
                _trace('sync.leave', self)


class _Round:
    def __init__(self) -> None:
        self.outcome = None


class Barrier:
    __module__ = 'threading'

    def __init__(self, parties: int, action: object = None, timeout: float | None = None) -> None:
        self._gate = Condition(Lock())
        self._on_trip = action
        self._default_timeout = timeout
        self._round = _Round()
        self.parties = parties
        self.n_waiting = 0
        self.broken = False
        _trace('sync.create', self, None, parties)

    def __repr__(self) -> str:
        if self.broken:
            return f"<threading.Barrier at {_address(self)}: broken>"
        return f"<threading.Barrier at {_address(self)}: waiters={self.n_waiting}/{self.parties}>"

    def wait(self, timeout: float | None = None) -> bool:
        if timeout is None:
            timeout = self._default_timeout
        with self._gate:
            if self.broken:
                raise BrokenBarrierError
            mine = self._round
            index = self.n_waiting
            self.n_waiting += 1
            _trace('barrier.wait', self, None, self.n_waiting)
            if self.n_waiting == self.parties:
                self._trip(mine)
                return index
            _suggest_wait_reason("barrier")
            if not self._gate.wait_for(lambda: mine.outcome is not None, timeout):
                self._end_round(mine, "broken")
            if mine.outcome == "passed":
                return index
            raise BrokenBarrierError

    def _trip(self, mine: _Round) -> None:
        if self._on_trip is not None:
            try:
                self._on_trip()
            except BaseException:
                self._end_round(mine, "broken")
                raise
        self._end_round(mine, "passed")

    def _end_round(self, mine: _Round, outcome: str) -> None:
        if mine.outcome is None:
            mine.outcome = outcome
        self.broken = outcome == "broken"
        self.n_waiting = 0
        _trace('barrier.state', self, None, outcome)
        self._round = _Round()
        self._gate.notify_all()

    def reset(self) -> None:
        with self._gate:
            if self.n_waiting:
                self._end_round(self._round, "broken")
            self.broken = False
            _trace('barrier.state', self, None, "filling")

    def abort(self) -> None:
        with self._gate:
            self._end_round(self._round, "broken")


class Thread:
    __module__ = 'threading'

    def __init__(self, group: None = None, target: object = None, name: object = None, args: object = (),
                 kwargs: dict | None = None, *, daemon: bool | None = None) -> None:
        if group is not None:
            raise AssertionError("group argument must be None for now")
        self._target = target
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self.name = str(name) if name else _fresh_name(target)
        self.daemon = current_thread().daemon if daemon is None else daemon
        self.ident = None
        self.native_id = None
        self._launched = Event()
        self._native = None

    def __repr__(self) -> str:
        words = ["initial"]
        if self._launched.is_set():
            words[0] = "started"
        if self._native is not None and not _alive(self._native):
            words[0] = "stopped"
        if self.daemon:
            words.append("daemon")
        if self.ident is not None:
            words.append(str(self.ident))
        return f"<{type(self).__name__}({self.name}, {' '.join(words)})>"

    def start(self) -> None:
        if self._launched.is_set():
            raise RuntimeError("threads can only be started once")
        _starting()
        self._native = _start_new_thread(_thread_body, self, self.name, self.daemon)
        self._launched.wait()

    def run(self) -> None:
        job = self._target
        try:
            if job is not None:
                job(*self._args, **self._kwargs)
        finally:
            self._target = self._args = self._kwargs = None

    def join(self, timeout: float | None = None) -> None:
        if not self._launched.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if current_thread() is self:
            raise RuntimeError("cannot join current thread")
        _join(self._native, timeout)

    def is_alive(self) -> bool:
        if self._native is None:
            return False
        return _alive(self._native)

    def getName(self) -> str:
        _deprecated("getName() is deprecated, get the name attribute instead")
        return self.name

    def setName(self, name: object) -> None:
        _deprecated("setName() is deprecated, set the name attribute instead")
        self.name = str(name)

    def isDaemon(self) -> bool:
        _deprecated("isDaemon() is deprecated, get the daemon attribute instead")
        return self.daemon

    def setDaemon(self, daemonic: bool) -> None:
        _deprecated("setDaemon() is deprecated, set the daemon attribute instead")
        self.daemon = daemonic


def _thread_body(thread: Thread) -> None:
    caller = get_ident()
    thread.ident = caller
    thread.native_id = get_native_id()
    _live[caller] = thread
    thread._launched.set()
    try:
        thread.run()
    except BaseException as failure:
        hook = _installed_excepthook()
        if hook is _excepthook or isinstance(failure, SystemExit):
            raise
        hook(ExceptHookArgs((type(failure), failure, failure.__traceback__, thread)))
    finally:
        del _live[caller]


class _ExceptHookArgs:
    __module__ = '_thread'

    def __init__(self, fields: tuple) -> None:
        self.exc_type, self.exc_value, self.exc_traceback, self.thread = fields

    def __repr__(self) -> str:
        return (f"_thread._ExceptHookArgs(exc_type={self.exc_type!r}, exc_value={self.exc_value!r}, "
                f"exc_traceback={self.exc_traceback!r}, thread={self.thread!r})")


ExceptHookArgs = _ExceptHookArgs
excepthook = _excepthook
__excepthook__ = _excepthook


class Timer(Thread):
    __module__ = 'threading'

    def __init__(self, interval: float, function: object, args: object = None, kwargs: dict | None = None) -> None:
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self) -> None:
        self.finished.set()

    def run(self) -> None:
        if not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    __module__ = 'threading'

    def __init__(self) -> None:
        Thread.__init__(self, name="MainThread", daemon=False)
        self.ident = get_ident()
        self.native_id = get_native_id()
        self._native = _main_handle()
        self._launched.set()
        _live[self.ident] = self


_the_main_thread = _MainThread()
_set_main_thread(_the_main_thread)


def current_thread() -> Thread:
    return _current_thread()


def currentThread() -> Thread:
    _deprecated("currentThread() is deprecated, use current_thread() instead")
    return _current_thread()


def main_thread() -> Thread:
    return _the_main_thread


def active_count() -> int:
    return len(_live)


def activeCount() -> int:
    _deprecated("activeCount() is deprecated, use active_count() instead")
    return len(_live)


def enumerate() -> list:
    return list(_live.values())


def _register_atexit(hook: object, *args: object, **kwargs: object) -> None:
    if _exiting:
        raise RuntimeError("can't register atexit after shutdown")
    _exit_hooks.append((hook, args, kwargs))


def _shutdown() -> None:
    global _exiting
    _exiting = True
    while _exit_hooks:
        hook, args, kwargs = _exit_hooks.pop()
        hook(*args, **kwargs)
    for t in list(_live.values()):
        if not t.daemon and t is not _the_main_thread:
            t.join()
"""#
}
