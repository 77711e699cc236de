/// The Python half of `threading`, ported from CPython 3.11's
/// `Lib/threading.py` (`_PyRLock`, `Condition`, `Semaphore`,
/// `BoundedSemaphore`, `Event`, `Thread`, `_shutdown`). Differences: plain
/// attributes where CPython has properties (`name`, `daemon`, `ident`),
/// lists for deques, and waits that tell the machine what they wait on.
enum ThreadingLibrarySource {
    static let text = #"""
TIMEOUT_MAX = 9223372036.0
Lock = _allocate_lock
_counter = 0
_active = {}
_threading_atexits = []
_SHUTTING_DOWN = False


def _newname():
    global _counter
    _counter += 1
    return f"Thread-{_counter}"


class RLock:
    __module__ = '_thread'

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        state = "locked" if self._block.locked() else "unlocked"
        return f"<{state} _thread.RLock object owner={self._owner!r} count={self._count} at {_address(self)}>"

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        rc = self._block.acquire(blocking, timeout)
        if rc:
            self._owner = me
            self._count = 1
        return rc

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count = count = self._count - 1
        if not count:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        count = self._count
        self._count = 0
        owner = self._owner
        self._owner = None
        self._block.release()
        return (count, owner)

    def _is_owned(self):
        return self._owner == get_ident()


class Condition:
    __module__ = 'threading'

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        if type(lock) is RLock:
            self._release_save = lock._release_save
            self._acquire_restore = lock._acquire_restore
            self._is_owned = lock._is_owned
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, t, v, tb):
        return self._lock.__exit__(t, v, tb)

    def __repr__(self):
        return f"<Condition({self._lock!r}, {len(self._waiters)})>"

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, x):
        self._lock.acquire()

    def _is_owned(self):
        if self._lock.acquire(False):
            self._lock.release()
            return False
        else:
            return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved_state = self._release_save()
        gotit = False
        try:
            if timeout is None:
                waiter.acquire()
                gotit = True
            else:
                if timeout > 0:
                    gotit = waiter.acquire(True, timeout)
                else:
                    gotit = waiter.acquire(False)
            return gotit
        finally:
            self._acquire_restore(saved_state)
            if not gotit:
                if waiter in self._waiters:
                    self._waiters.remove(waiter)

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _monotonic() + waittime
                else:
                    waittime = endtime - _monotonic()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters[0]
            try:
                waiter.release()
            except RuntimeError:
                pass
            else:
                n -= 1
            if waiter in waiters:
                waiters.remove(waiter)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore:
    __module__ = 'threading'

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return f"<threading.{type(self).__name__} at {_address(self)}: value={self._value}>"

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _monotonic() + timeout
                    else:
                        timeout = endtime - _monotonic()
                        if timeout <= 0:
                            break
                _suggest_wait_reason("semaphore")
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
        return rc

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            for i in range(n):
                self._cond.notify()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    __module__ = 'threading'

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            for i in range(n):
                self._cond.notify()


class Event:
    __module__ = 'threading'

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        status = 'set' if self._flag else 'unset'
        return f"<threading.Event at {_address(self)}: {status}>"

    def is_set(self):
        return self._flag

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                _suggest_wait_reason("event")
                signaled = self._cond.wait(timeout)
            return signaled


class Thread:
    __module__ = 'threading'

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname()
            if target is not None:
                try:
                    target_name = target.__name__
                    name += f" ({target_name})"
                except AttributeError:
                    pass
        self._target = target
        self.name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self.daemon = daemon
        else:
            self.daemon = current_thread().daemon
        self.ident = None
        self.native_id = None
        self._started = Event()
        self._handle = None

    def __repr__(self):
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._handle is not None and not _alive(self._handle):
            status = "stopped"
        if self.daemon:
            status += " daemon"
        if self.ident is not None:
            status += f" {self.ident}"
        return f"<{type(self).__name__}({self.name}, {status})>"

    def start(self):
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        self._handle = _start_new_thread(_bootstrap, self, self.name, self.daemon)
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            self._target = None
            self._args = None
            self._kwargs = None

    def join(self, timeout=None):
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        _join(self._handle, timeout)

    def is_alive(self):
        return self._handle is not None and _alive(self._handle)

    def getName(self):
        return self.name

    def isDaemon(self):
        return self.daemon


def _bootstrap(thread):
    ident = get_ident()
    thread.ident = ident
    thread.native_id = ident
    _active[ident] = thread
    thread._started.set()
    try:
        thread.run()
    finally:
        _active.pop(ident, None)


class _MainThread(Thread):
    __module__ = 'threading'

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self.ident = get_ident()
        self.native_id = self.ident
        self._handle = _main_handle()
        _active[self.ident] = self


_main_thread = _MainThread()
_set_main_thread(_main_thread)


def current_thread():
    return _current_thread()


def main_thread():
    return _main_thread


def active_count():
    return len(_active)


def enumerate():
    return list(_active.values())


def _register_atexit(func, *arg, **kwargs):
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append((func, arg, kwargs))


def _shutdown():
    global _SHUTTING_DOWN
    _SHUTTING_DOWN = True
    for func, arg, kwargs in reversed(_threading_atexits):
        func(*arg, **kwargs)
    for t in list(_active.values()):
        if t is not _main_thread and not t.daemon:
            t.join()
"""#
}
