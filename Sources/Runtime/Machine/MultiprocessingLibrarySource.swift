/// The Python half of `multiprocessing`, written for asyncviz: `Process`
/// (each start forks or spawns a simulated process whose main thread runs
/// the target), the process registry behind `current_process`, the start
/// methods and their contexts, and the locks and queues shared between
/// processes. Simulated
/// processes share one interpreter, so a lock or a queue is one object seen
/// by every process; what crosses a queue is pickled on the way in and
/// unpickled on the way out, at pickling's cost.
enum MultiprocessingLibrarySource {
    static let text = processes + synchronize + MultiprocessingQueuesSource.text + ConnectionSource.text + SharedValuesSource.text + pool
        + ManagerSource.text

    static let processes = #"""
_identities = 0
_by_pid = {}
_children = []
_start_method = None


def _next_identity() -> int:
    global _identities
    _identities += 1
    return _identities


class Process:
    __module__ = 'multiprocessing.context'
    _method = None  # the start method; None: the default one when it starts
    _kept = ()  # what a spawned child receives as itself, unpickled (a pool's own queues)

    def __init__(self, group: None = None, target: object = None, name: object = None, args: object = (),
                 kwargs: object = None, *, daemon: bool | None = None) -> None:
        if group is not None:
            raise AssertionError("group argument must be None for now")
        number = _next_identity()
        self._call = target
        self._call_args = tuple(args)
        self._call_kwargs = {} if kwargs is None else dict(kwargs)
        self._label = name if name else f"{type(self).__name__}-{number}"
        self._daemon = current_process().daemon if daemon is None else daemon
        self._main_thread = None
        self._os_id = None
        self._parent_os_id = _os_pid()
        self._status = None

    def run(self) -> None:
        if self._call is not None:
            _forked(self._call)(*self._call_args, **self._call_kwargs)

    def start(self) -> None:
        if self._main_thread is not None:
            raise AssertionError('cannot start a process twice')
        if current_process()._daemon and current_process() is not _the_main_process:
            raise AssertionError('daemonic processes are not allowed to have children')
        method = self._method or get_start_method()
        main = Thread(name="MainThread", daemon=self._daemon)
        if method == 'fork':
            _children.append(self)
            _inherit_ends(self)
            main._native, self._os_id = _launch(_process_body, main, (self,), self._label, self._daemon)
        else:
            payload = _spawn_pickle(self, self._kept, method)
            _children.append(self)
            _inherit_passed(self)
            word = 'ForkServer' if method == 'forkserver' else 'Spawn'
            main._native, self._os_id = _spawn(_spawned_body, main, (self, payload), self._label, self._daemon, word)
        main._launched.set()
        self._main_thread = main

    def terminate(self) -> None:
        self._signal(15, 'terminate')

    def kill(self) -> None:
        self._signal(9, 'kill')

    def _signal(self, number: int, word: str) -> None:
        if self._main_thread is None:
            raise AttributeError(f"'NoneType' object has no attribute '{word}'")
        if self._main_thread.is_alive():
            self._status = -number
            _kill_process(self._main_thread._native)
            _drop_ends(self)

    def join(self, timeout: float | None = None) -> None:
        if self._main_thread is None:
            raise AssertionError('can only join a started process')
        if current_process() is self:
            raise AssertionError('can only join a child process')
        self._main_thread.join(timeout)
        if not self._main_thread.is_alive() and self in _children:
            _children.remove(self)

    def is_alive(self) -> bool:
        if self is _the_main_process:
            return True
        return self._main_thread is not None and self._main_thread.is_alive()

    def close(self) -> None:
        if self.is_alive():
            message = "Cannot close a process while it is still running."
            raise ValueError(message + " You should first call join() or terminate().")

    @property
    def name(self) -> str:
        return self._label

    @name.setter
    def name(self, label: str) -> None:
        if not isinstance(label, str):
            raise AssertionError('name must be a string')
        self._label = label

    @property
    def daemon(self) -> bool:
        return self._daemon

    @daemon.setter
    def daemon(self, daemonic: bool) -> None:
        if self._main_thread is not None:
            raise AssertionError('process has already started')
        self._daemon = daemonic

    @property
    def pid(self) -> int | None:
        return self._os_id

    @property
    def ident(self) -> int | None:
        return self._os_id

    @property
    def exitcode(self) -> int | None:
        if self._main_thread is None or self._main_thread.is_alive():
            return None
        return self._status

    def __repr__(self) -> str:
        words = [type(self).__name__, f"name={self._label!r}"]
        if self._main_thread is not None:
            words.append(f"pid={self._os_id}")
        words.append(f"parent={self._parent_os_id}")
        if self is _the_main_process or self.is_alive():
            words.append("started")
        elif self._main_thread is None:
            words.append("initial")
        else:
            words.append("stopped")
            words.append(f"exitcode={_signal_names.get(self._status, self._status)}")
        if self._daemon:
            words.append("daemon")
        return "<" + " ".join(words) + ">"


class ForkProcess(Process):
    __module__ = 'multiprocessing.context'
    _method = 'fork'


class SpawnProcess(Process):
    __module__ = 'multiprocessing.context'
    _method = 'spawn'


class ForkServerProcess(Process):
    __module__ = 'multiprocessing.context'
    _method = 'forkserver'


class _MainProcess(Process):
    __module__ = 'multiprocessing.process'

    def __init__(self, label: str = 'MainProcess') -> None:
        self._label = label
        self._daemon = False
        self._main_thread = None
        self._os_id = _os_pid()
        self._parent_os_id = None
        self._status = None
        self._call = None


_the_main_process = _MainProcess()
_signal_names = {-9: '-SIGKILL', -15: '-SIGTERM'}


def _exit_status(status: object) -> int:
    if status is None or isinstance(status, int):
        return status or 0
    _write_stderr(str(status) + "\n")
    return 1


def _run_process(proc: Process) -> int:
    _by_pid[_os_pid()] = proc
    try:
        proc.run()
    except SystemExit as stop:
        return _exit_status(stop.code)
    except BaseException as failure:
        _log_exception(f"Process {proc._label}:", failure)
        return 1
    return 0


def _process_body(proc: Process) -> None:
    _process_started()
    code = _run_process(proc)
    _drop_ends(proc)
    proc._status = code


def _spawned_body(proc: Process, payload: object) -> None:
    _spawn_started()
    _by_pid[_os_pid()] = _MainProcess(proc._label)
    try:
        _main_script()()
        _bootstrapped()
        child = _unpickle(payload)
    except BaseException as failure:
        _write_traceback(failure)
        code = 1
    else:
        _adopt_ends(proc, child)
        code = _run_process(child)
        _drop_ends(child)
    _drop_ends(proc)
    proc._status = code


def current_process() -> Process:
    return _by_pid.get(_os_pid(), _the_main_process)


def parent_process() -> Process | None:
    if current_process() is _the_main_process:
        return None
    return _the_main_process


def active_children() -> list:
    for child in list(_children):
        if not child.is_alive():
            _children.remove(child)
    return _children[:]


def cpu_count() -> int:
    return _cpu_count()


def freeze_support() -> None:
    return None


def _check_method(method: str) -> None:
    if method not in ('fork', 'spawn', 'forkserver'):
        raise ValueError(f"cannot find context for {method!r}")


def get_start_method(allow_none: bool = False) -> str | None:
    global _start_method
    if _start_method is None:
        if allow_none:
            return None
        _start_method = 'fork'
    return _start_method


def get_all_start_methods() -> list:
    return ['fork', 'spawn', 'forkserver']


def set_start_method(method: str | None, force: bool = False) -> None:
    global _start_method
    if _start_method is not None and not force:
        raise RuntimeError('context has already been set')
    if method is not None:
        _check_method(method)
    _start_method = method


def _made_in(ctx: object) -> str:
    # The start method of the context an object is made in (a lock made in the fork context cannot go to a
    # spawned child).
    return get_start_method() if ctx is None else ctx._name


def get_context(method: str | None = None) -> object:
    if method is None:
        method = get_start_method()
    _check_method(method)
    return _contexts[method]
"""#

    static let synchronize = #"""


def _owner_key() -> tuple:
    return (_os_pid(), get_ident())


def _owner_word(owner: tuple | None) -> str:
    if owner is None:
        return 'None'
    if owner[0] != _os_pid():
        return 'SomeOtherProcess'
    if owner[1] != get_ident():
        return 'SomeOtherThread'
    word = current_process().name
    if current_thread().name != 'MainThread':
        word += '|' + current_thread().name
    return word


def _acquire_inner(inner: object, block: bool, timeout: float | None) -> bool:
    if not block:
        return inner.acquire(False)
    return inner.acquire() if timeout is None else inner.acquire(True, max(timeout, 0))


def _traced_acquire(lock: object, block: bool, timeout: float | None) -> bool:
    # Takes a Lock's or RLock's inner lock, reporting the wait when it is held and the caller blocks.
    queued = block and lock._inner.locked()
    if queued:
        _trace('lock.wait', lock)
    if not _acquire_inner(lock._inner, block, timeout):
        if queued:
            _trace('sync.leave', lock)
        return False
    _trace('lock.acquire', lock)
    return True


class _Owned:
    # What Lock and RLock share: the with-block, and whether the running thread holds it.
    def __enter__(self) -> bool:
        return self.acquire()

    def __exit__(self, *exc_info: object) -> None:
        self.release()

    def _is_mine(self) -> bool:
        return self._holder_key == _owner_key()


class Lock(_Owned):
    __module__ = 'multiprocessing.synchronize'

    def __init__(self, *, ctx: object = None) -> None:
        self._made_by = _made_in(ctx)
        self._inner = _allocate_lock()
        self._holder_key = None
        _trace('sync.create', self)

    def acquire(self, block: bool = True, timeout: float | None = None) -> bool:
        if not _traced_acquire(self, block, timeout):
            return False
        self._holder_key = _owner_key()
        return True

    def release(self) -> None:
        if not self._inner.locked():
            raise ValueError("semaphore or lock released too many times")
        self._holder_key = None
        _trace('lock.release', self)
        self._inner.release()

    def _surrender(self) -> None:
        self.release()

    def _reclaim(self, kept: None) -> None:
        self.acquire()

    def __repr__(self) -> str:
        return f"<Lock(owner={_owner_word(self._holder_key)})>"


class RLock(_Owned):
    __module__ = 'multiprocessing.synchronize'

    def __init__(self, *, ctx: object = None) -> None:
        self._made_by = _made_in(ctx)
        self._inner = _allocate_lock()
        self._holder_key = None
        self._depth = 0
        _trace('sync.create', self)

    def acquire(self, block: bool = True, timeout: float | None = None) -> bool:
        if self._holder_key != _owner_key():
            if not _traced_acquire(self, block, timeout):
                return False
            self._holder_key = _owner_key()
        self._depth += 1
        return True

    def release(self) -> None:
        if self._holder_key != _owner_key():
            raise AssertionError("attempt to release recursive lock not owned by thread")
        self._depth -= 1
        if self._depth == 0:
            self._holder_key = None
            _trace('lock.release', self)
            self._inner.release()

    def _surrender(self) -> int:
        kept = self._depth
        self._depth = 0
        self._holder_key = None
        _trace('lock.release', self)
        self._inner.release()
        return kept

    def _reclaim(self, kept: int) -> None:
        _traced_acquire(self, True, None)
        self._holder_key = _owner_key()
        self._depth = kept

    def __repr__(self) -> str:
        mine = self._holder_key is None or self._holder_key == _owner_key()
        return f"<RLock({_owner_word(self._holder_key)}, {self._depth if mine else 'nonzero'})>"


class Semaphore:
    __module__ = 'multiprocessing.synchronize'
    _ceiling = None

    def __init__(self, value: int = 1, *, ctx: object = None) -> None:
        self._made_by = _made_in(ctx)
        self._inner = _ThreadSemaphore(value)
        _trace('sync.create', self, None, value)

    def acquire(self, block: bool = True, timeout: float | None = None) -> bool:
        queued = block and self._inner._permits == 0
        if queued:
            _trace('semaphore.wait', self)
        if not self._inner.acquire(block, None if not block else timeout):
            if queued:
                _trace('sync.leave', self)
            return False
        _trace('semaphore.acquire', self, None, self._inner._permits)
        return True

    def release(self) -> None:
        if self._ceiling is not None and self._inner._permits >= self._ceiling:
            raise ValueError("semaphore or lock released too many times")
        _trace('semaphore.release', self, None, self._inner._permits + 1)
        self._inner.release()

    def get_value(self) -> int:
        return self._inner._permits

    def __enter__(self) -> bool:
        return self.acquire()

    def __exit__(self, *exc_info: object) -> None:
        self.release()

    def __repr__(self) -> str:
        return f"<Semaphore(value={self.get_value()})>"


class BoundedSemaphore(Semaphore):
    __module__ = 'multiprocessing.synchronize'

    def __init__(self, value: int = 1, *, ctx: object = None) -> None:
        Semaphore.__init__(self, value=value, ctx=ctx)
        self._ceiling = value

    def __repr__(self) -> str:
        return f"<BoundedSemaphore(value={self.get_value()}, maxvalue={self._ceiling})>"


class Condition:
    __module__ = 'multiprocessing.synchronize'

    def __init__(self, lock: object = None, *, ctx: object = None) -> None:
        self._guard = RLock(ctx=ctx) if lock is None else lock
        self._made_by = getattr(self._guard, '_made_by', None)
        self.acquire = self._guard.acquire
        self.release = self._guard.release
        self._tickets = []
        _trace('sync.create', self)

    def __enter__(self) -> bool:
        return self._guard.__enter__()

    def __exit__(self, *exc_info: object) -> None:
        return self._guard.__exit__(*exc_info)

    def __repr__(self) -> str:
        return f"<Condition({self._guard!r}, {len(self._tickets)})>"

    def wait(self, timeout: float | None = None) -> bool:
        if not self._guard._is_mine():
            raise AssertionError('must acquire() condition before using wait()')
        ticket = _allocate_lock()
        ticket.acquire()
        self._tickets.append(ticket)
        kept = self._guard._surrender()
        woken = False
        _trace('condition.wait', self)
        try:
            woken = _acquire_inner(ticket, True, timeout)
            return woken
        finally:
            _trace('sync.leave', self)
            self._guard._reclaim(kept)
            if not woken and ticket in self._tickets:
                self._tickets.remove(ticket)

    def wait_for(self, predicate: object, timeout: float | None = None) -> object:
        deadline = None if timeout is None else _monotonic() + timeout
        outcome = predicate()
        while not outcome:
            budget = None
            if deadline is not None:
                budget = deadline - _monotonic()
                if budget <= 0:
                    return outcome
            self.wait(budget)
            outcome = predicate()
        return outcome

    def notify(self, n: int = 1) -> None:
        if not self._guard._is_mine():
            raise AssertionError('lock is not owned')
        woken = 0
        while woken < n and self._tickets:
            self._tickets.pop(0).release()
            woken += 1
        if woken:
            _trace('condition.notify', self, None, woken)

    def notify_all(self) -> None:
        self.notify(len(self._tickets))


class Event:
    __module__ = 'multiprocessing.synchronize'

    def __init__(self, *, ctx: object = None) -> None:
        self._made_by = _made_in(ctx)
        self._inner = _ThreadEvent()
        _trace('sync.create', self)

    def is_set(self) -> bool:
        return self._inner.is_set()

    def set(self) -> None:
        _trace('event.set', self)
        self._inner.set()

    def clear(self) -> None:
        _trace('event.clear', self)
        self._inner.clear()

    def wait(self, timeout: float | None = None) -> bool:
        if self._inner.is_set():
            return True
        _trace('event.wait', self)
        try:
            return self._inner.wait(timeout)
        finally:
            _trace('sync.leave', self)


class Barrier(_ThreadBarrier):
    __module__ = 'multiprocessing.synchronize'

    def __init__(self, parties: int, action: object = None, timeout: float | None = None, *,
                 ctx: object = None) -> None:
        _ThreadBarrier.__init__(self, parties, action, timeout)
        self._made_by = _made_in(ctx)

    def __repr__(self) -> str:
        if self.broken:
            return f"<multiprocessing.synchronize.Barrier at {_address(self)}: broken>"
        return f"<multiprocessing.synchronize.Barrier at {_address(self)}: waiters={self.n_waiting}/{self.parties}>"
"""#
}
