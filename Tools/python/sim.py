"""The asyncviz harness for CPython.

With this folder on PYTHONPATH (``PYTHONPATH=Tools/python python3 x.py``),
``sitecustomize`` imports this module, which puts the process on the same
virtual clock asyncviz uses: ``time.time()``, ``time.monotonic()`` and
``time.perf_counter()`` report virtual seconds starting at 0.0, and
``time.sleep``, ``cpu`` and ``io`` advance that clock instead of waiting, so a
scenario prints the same lines under CPython and under ``asyncviz exec``.

Threads share the one clock. The harness runs them one at a time, like a
GIL that is only ever handed over when its holder blocks (the *baton*): a
thread keeps running until it sleeps (``time.sleep``, ``cpu``, ``io``), waits
on a ``threading`` lock, condition, event, semaphore, queue or future, joins a
thread, or runs an idle event loop; the baton then goes to the longest-waiting
ready thread. When no thread is ready, the clock jumps to the earliest
deadline (a sleep, a timed wait, an event loop's next timer) and wakes the
threads due then, in the order they started waiting. A thread's sleep therefore
blocks that thread alone, and an idle event loop wakes at its next timer or
at the moment a thread hands it a result (``call_soon_threadsafe``, which
``run_in_executor`` and ``to_thread`` use), whichever is first. When nothing
can ever run again, the harness prints a deadlock report and exits 1 where
CPython would hang.

To make this work, ``threading.Lock`` and ``threading.RLock`` are replaced by
locks that park on the harness (everything in ``threading``, ``queue``,
``concurrent.futures`` and ``asyncio`` that blocks is built on them), as are
``queue.SimpleQueue`` (by its pure-Python twin), ``Thread.start``, ``join``
and interpreter shutdown. Worker processes (``ProcessPoolExecutor``,
``multiprocessing``) run in real time on their own copy of the clock; a thread
that waits on one of them (a pipe, a semaphore, a join) hands the baton over
while it waits, and while the parent has work out in them (an executor's or a
pool's) it waits for it in real time before moving its clock.

The wall clock starts at the fixed epoch ``EPOCH`` (2026-01-01 00:00:00 UTC)
and the time zone is UTC: ``time.time()`` is ``EPOCH`` plus the virtual
seconds, and ``time.localtime``, ``gmtime``, ``ctime``, ``asctime``,
``strftime`` and ``datetime.now()`` (the pure-Python ``datetime``, which reads
``time.time``) show that clock. ``process_time`` and ``thread_time`` count the
seconds spent in ``cpu`` (by the process, by the calling thread).
"""

import sys as _sys
import time as _time

__all__ = ["cpu", "io", "note", "configure", "now", "EPOCH"]

EPOCH = 1767225600  # 2026-01-01 00:00:00 UTC, what time.time() reads when the program starts
LINE_COST = 2e-08  # virtual seconds per line event of the scenario's code (see "Line events" below)


class _VirtualClock:
    """Virtual seconds since the program started."""

    def __init__(self):
        self.now = 0.0

    def advance(self, seconds):
        if seconds < 0:
            raise ValueError("duration must be non-negative")
        self.now += seconds


_clock = _VirtualClock()


def now():
    """The current virtual time in seconds (after the calling thread has paid for the lines it ran)."""
    _pay_lines()
    return _clock.now


def cpu(seconds):
    """Compute for ``seconds`` of virtual time (holding the GIL in asyncviz)."""
    seconds = float(seconds)
    if seconds < 0:
        raise ValueError("duration must be non-negative")
    _pay_lines()
    _machine.sleep(seconds)
    _cpu_time.spent(seconds)


def io(seconds):
    """Block for ``seconds`` of virtual time without the GIL (a blocking read)."""
    seconds = float(seconds)
    if seconds < 0:
        raise ValueError("duration must be non-negative")
    _pay_lines()
    _machine.sleep(seconds)


def note(text):
    """Narration for the asyncviz viewer; CPython ignores it."""
    if not isinstance(text, str):
        raise TypeError("note() argument must be str, not " + type(text).__name__)


_cpus = [4]
_thread_start = [0.0]


def configure(cpus=4, gil=True, switch_interval=None, process_start=0.05, pickle_cost=0.0005, thread_start=0.0,
              line_cost=None):
    """The machine model for asyncviz; CPython keeps the core count, which ``os.cpu_count()`` reports, the
    cost of starting a thread, which ``Thread.start()`` computes as asyncviz does, and the cost of a line
    event with the switch interval, which set how often a long computation pays for its lines."""
    _cpus[0] = cpus
    _thread_start[0] = float(thread_start)
    _configure_lines(line_cost, switch_interval)


def _cpu_count():
    """The simulated machine's cores (4 unless ``configure`` says otherwise), as asyncviz's ``os.cpu_count()``."""
    return _cpus[0]


def _sched_getaffinity(pid):
    """Every simulated core, as asyncviz's ``os.sched_getaffinity``."""
    return set(range(_cpus[0]))


class _CPUTime:
    """Seconds spent in ``cpu``: by the whole process, and by each thread on its harness state
    (thread idents are reused once a thread has finished)."""

    def __init__(self):
        self.total = 0.0

    def spent(self, seconds):
        self.total += seconds
        st = _machine.current()
        if st is not None:
            st.cpu += seconds

    def of_current_thread(self):
        st = _machine.current()
        return 0.0 if st is None else st.cpu


_cpu_time = _CPUTime()


def _sleep(seconds):
    if seconds < 0:
        raise ValueError("sleep length must be non-negative")
    _pay_lines()
    _machine.sleep(float(seconds))


# ---------------------------------------------------------------------------
# Line events: computation costs time.
#
# Every 'line' event ``sys.settrace`` reports in the scenario's own file (never in the standard library nor
# in this harness) costs ``LINE_COST`` virtual seconds, as in asyncviz, which counts the same events. A
# thread owes the lines it ran and pays them, n lines as one ``n * cost`` addition to the clock, before it
# reads a clock, before it blocks (a sleep, ``cpu``, ``io``, a lock, a join, an idle event loop, a wait on
# another process), when it starts a thread, when it ends, and whenever it owes a switch interval's worth.


import _thread


class _UnpaidLines(_thread._local):
    """Line events the calling thread ran and has not paid for yet."""
    n = 0


_unpaid = _UnpaidLines()
_line_cost = [LINE_COST]
_switch_interval = [0.005]
_line_quantum = [1]
_scenario_files = {}


def _lines_per_payment(cost, switch_interval):
    """A switch interval's worth of line events (as asyncviz computes it)."""
    if cost <= 0:
        return 1 << 40
    per_interval = switch_interval / cost
    return 1 << 40 if per_interval >= float(1 << 40) else max(1, int(per_interval))


def _configure_lines(cost, switch_interval):
    """Only what is given changes. A cost of 0 stops the tracing (frames running now stay traced, and count
    nothing), so CPython runs as it does untraced: where the recursion limit strikes, for one."""
    if switch_interval is not None:
        _switch_interval[0] = float(switch_interval)
    if cost is not None:
        cost = float(cost)
        if not cost >= 0:
            raise ValueError("configure(): line_cost must be a non-negative number of seconds")
        _line_cost[0] = cost
        _trace_all(_trace_calls if cost else None)
    _line_quantum[0] = _lines_per_payment(_line_cost[0], _switch_interval[0])


def _trace_all(function):
    import threading
    _sys.settrace(function)
    threading.settrace(function)


def _pay_lines():
    """The calling thread pays for the line events it ran: one addition to the clock."""
    n = _unpaid.n
    if n:
        _unpaid.n = 0
        before = _clock.now
        _clock.now = before + n * _line_cost[0]
        _cpu_time.spent(_clock.now - before)
        _machine.wake_due()


def _trace_lines(frame, event, arg):
    if event == "line" and _line_cost[0]:
        n = _unpaid.n + 1
        _unpaid.n = n
        if n >= _line_quantum[0]:
            _pay_lines()
    return _trace_lines


def _is_scenario_file(filename):
    import os
    return os.path.abspath(filename) == os.environ.get("ASYNCVIZ_SCENARIO")


def _trace_calls(frame, event, arg):
    filename = frame.f_code.co_filename
    mine = _scenario_files.get(filename)
    if mine is None:
        mine = _scenario_files[filename] = _is_scenario_file(filename)
    return _trace_lines if mine else None


def _install_line_events():
    """Count the scenario's line events in every thread (child processes inherit the file's name)."""
    import os
    if "ASYNCVIZ_SCENARIO" not in os.environ and _sys.argv and _sys.argv[0] not in ("", "-c", "-m"):
        os.environ["ASYNCVIZ_SCENARIO"] = os.path.abspath(_sys.argv[0])
    # ASYNCVIZ_LINE_COST overrides the default: `asyncviz bench` sets 0 to time CPython untraced.
    _configure_lines(float(os.environ.get("ASYNCVIZ_LINE_COST", LINE_COST)), 0.005)
    real_setswitchinterval = _sys.setswitchinterval

    def setswitchinterval(interval):
        real_setswitchinterval(interval)
        _configure_lines(None, interval)

    _sys.setswitchinterval = setswitchinterval


# ---------------------------------------------------------------------------
# The machine: real threads, run one at a time on the virtual clock.

import _thread
import collections as _collections
import heapq as _heapq
import operator as _operator
import os as _os

_real_lock = _thread.allocate_lock
_get_ident = _thread.get_ident


def _real_time_module():
    """A ``time`` module on the real clocks, for code that waits on the real world (multiprocessing)."""
    import types
    real = types.ModuleType("time")
    real.__dict__.update(_time.__dict__)
    return real


_real_time = _real_time_module()


class _ThreadState:
    """What the harness knows about one thread: how it waits and how to wake it."""

    __slots__ = ("thread", "number", "ident", "wake", "status", "woken", "entry", "waitlist",
                 "loop", "joiners", "epoch", "pending", "foreign", "cpu")

    created = 0

    def __init__(self, thread, epoch, foreign=False):
        _ThreadState.created += 1
        self.thread = thread        # the threading.Thread, None for the main thread
        self.number = _ThreadState.created
        self.ident = None
        self.wake = _real_lock()    # held while the thread is parked; released to resume it
        self.wake.acquire()
        # new -> ready -> running -> blocked / outside -> ready -> ... -> finished
        self.status = "new"
        self.woken = None           # why it was resumed: "signal" or "timeout"
        self.entry = None           # its [deadline, seq, state] entry in the timer heap
        self.waitlist = None        # the list it waits in (a lock's waiters, a thread's joiners)
        self.loop = None            # the event loop it idles in
        self.joiners = []
        self.epoch = epoch          # states from before a fork are dead in the child
        self.pending = None         # while outside: tells whether an outside event is coming
        self.foreign = foreign      # not started by threading.Thread: never holds the baton
        self.cpu = 0.0              # seconds spent in cpu()


class _Machine:
    """The baton, the ready queue and the timers of every thread in this process."""

    def __init__(self):
        self.pid = _os.getpid()
        self.mutex = _thread.RLock()
        self.epoch = 0
        self._reset()

    def _reset(self):
        self.holder = None
        self.ready = _collections.deque()
        self.timed = []
        self.seq = 0
        self.states = {}
        self.outside = []
        self.idle_loops = {}
        self.spin_key = None
        self.spins = 0

    # -- the mutex, fork-aware ---------------------------------------------

    def enter(self):
        if self.pid != _os.getpid():
            self._after_fork_child()
        self.mutex.acquire()

    def leave(self):
        self.mutex.release()

    def _before_fork(self):
        self.mutex.acquire()

    def _after_fork_parent(self):
        self.mutex.release()

    def _after_fork_child(self):
        """Only the forking thread exists in the child; it holds the baton."""
        if self.pid == _os.getpid():
            return
        self.pid = _os.getpid()
        self.mutex = _thread.RLock()
        self.epoch += 1
        had_main = bool(self.states)
        _cpu_time.__init__()
        _unpaid.n = 0
        self._reset()
        if had_main:
            self._register_current()

    def _register_current(self, thread=None):
        st = _ThreadState(thread, self.epoch)
        st.ident = _get_ident()
        st.status = "running"
        self.states[st.ident] = st
        self.holder = st
        return st

    def register_main(self):
        self.enter()
        try:
            self._register_current()
        finally:
            self.leave()

    def current(self):
        if self.pid != _os.getpid():
            self.enter()
            self.leave()
        return self.states.get(_get_ident())

    def _me(self):
        """The caller's state; a throwaway one for a thread the harness did not start."""
        st = self.states.get(_get_ident())
        if st is None:
            st = _ThreadState(None, self.epoch, foreign=True)
            st.ident = _get_ident()
        return st

    # -- scheduling (all with the mutex held) -------------------------------

    def _grant(self, st):
        self.holder = st
        st.status = "running"
        st.wake.release()

    def _make_ready(self, st):
        st.status = "ready"
        self.ready.append(st)
        if self.holder is None:
            self._grant(self.ready.popleft())

    def _wake(self, st, why):
        """Resume a parked thread; False when it is not parked (any more)."""
        if st.epoch != self.epoch or st.status != "blocked":
            return False
        st.woken = why
        if st.entry is not None:
            st.entry[2] = None
            st.entry = None
        if st.waitlist is not None:
            if st in st.waitlist:
                st.waitlist.remove(st)
            st.waitlist = None
        if st.loop is not None:
            self.idle_loops.pop(st.loop, None)
            st.loop = None
        if st.foreign:
            st.status = "running"
            st.wake.release()
        else:
            self._make_ready(st)
        return True

    def _park(self, st, deadline):
        """Block the calling thread until woken or until the clock reaches deadline.

        Called with the mutex held (once); returns without it, with the reason
        the thread was woken.
        """
        st.status = "blocked"
        st.woken = None
        if deadline is not None:
            self.seq += 1
            st.entry = [deadline, self.seq, st]
            _heapq.heappush(self.timed, st.entry)
        if self.holder is st or self.holder is None:
            self._pass_baton()
        self.leave()
        st.wake.acquire()
        return st.woken

    def _outside_event_coming(self):
        for st in self.outside:
            try:
                if st.pending():
                    return True
            except Exception:
                return True
        return False

    def _pass_baton(self):
        """Nobody runs now: resume the next ready thread, else move the clock, else report a deadlock."""
        self.holder = None
        while True:
            if self.ready:
                self._grant(self.ready.popleft())
                return
            if self._outside_event_coming():
                return  # the thread waiting outside takes the baton when its event arrives
            timed = self.timed
            while timed and timed[0][2] is None:
                _heapq.heappop(timed)
            if not timed:
                self._nothing_can_happen()
                return
            deadline = timed[0][0]
            if not deadline <= _clock.now:  # (a NaN deadline, like the old clock, makes the clock NaN)
                _clock.now = deadline
            self._wake_timed_out()
            if self.holder is not None:
                return

    def _wake_timed_out(self):
        """Wakes every thread whose deadline is not after the clock, in deadline order (caller holds the lock)."""
        timed = self.timed
        while timed and (timed[0][2] is None or not timed[0][0] > _clock.now):
            st = _heapq.heappop(timed)[2]
            if st is not None:
                st.entry = None
                self._wake(st, "timeout")

    def _nothing_can_happen(self):
        blocked = [st for st in self.states.values() if st.status == "blocked"]
        if not any(st.thread is None or not st.thread.daemon for st in blocked):
            return  # every thread finished, or only daemon threads are left waiting
        if self.outside:
            return  # a thread waits on another process, which may still wake them
        import os
        _sys.stdout.flush()
        if self.idle_loops:
            print(deadlock_report(next(iter(self.idle_loops))), file=_sys.stderr)
        else:
            print(_thread_deadlock_report(blocked), file=_sys.stderr)
        _sys.stderr.flush()
        os._exit(1)

    # -- operations -----------------------------------------------------------

    def wake_due(self):
        """The clock moved while the baton holder computed: the threads whose time came meanwhile are ready, in
        deadline order (in asyncviz they wake at their deadline and queue for the GIL the computing thread holds)."""
        timed = self.timed
        if not timed or timed[0][0] > _clock.now and timed[0][2] is not None:
            return
        self.enter()
        try:
            self._wake_timed_out()
        finally:
            self.leave()

    def sleep(self, seconds):
        """Block the calling thread for ``seconds`` of virtual time."""
        self.enter()
        st = self.states.get(_get_ident())
        if st is None:
            _clock.now += seconds
            self.leave()
            return
        self._park(st, _clock.now + seconds)

    def yield_(self):
        """Let the threads that are ready run before the caller goes on."""
        _pay_lines()
        self.enter()
        st = self.states.get(_get_ident())
        if st is None or self.holder is not st or not self.ready:
            self.leave()
            return
        st.status = "ready"
        self.ready.append(st)
        self._pass_baton()
        self.leave()
        st.wake.acquire()

    def wait_for_lock(self, lock, timeout):
        """Block until ``lock`` is ours, or the timeout passes.

        As in asyncviz: a release wakes the first waiter, which must still win
        the lock when it runs; if the lock was taken again meanwhile it waits
        again at the head of the line. A waiter whose time is up still takes
        the lock if it is free.
        """
        _pay_lines()
        self.enter()
        st = self._me()
        deadline = None if timeout is None else _clock.now + timeout
        first = False
        while True:
            if first:
                lock._waiters.insert(0, st)
            else:
                lock._waiters.append(st)
            if lock._real.acquire(False):  # released before we queued up
                lock._waiters.remove(st)
                self.leave()
                return True
            st.waitlist = lock._waiters
            why = self._park(st, deadline)
            self.enter()
            if lock._real.acquire(False):
                self.leave()
                return True
            if why == "timeout":
                self.leave()
                return False
            first = True

    def wake_first(self, lock):
        """``lock`` was released and has waiters: wake the first one."""
        self.enter()
        try:
            while lock._waiters:
                st = lock._waiters.pop(0)
                st.waitlist = None
                if self._wake(st, "signal"):
                    return
        finally:
            self.leave()

    def failed_try(self):
        """A non-blocking acquire failed. Code that polls until a deadline (``as_completed``'s
        ``end_time - monotonic() < 0``) would spin forever on a clock that only moves when
        every thread waits, so after many failures at one instant the poller yields to the
        ready threads or, when there are none, the clock moves by the smallest step."""
        key = (_get_ident(), _clock.now)
        if key != self.spin_key:
            self.spin_key = key
            self.spins = 0
            return
        self.spins += 1
        if self.spins < 1000:
            return
        self.spins = 0
        self.enter()
        st = self.states.get(_get_ident())
        if st is not None and self.holder is st and self.ready:
            self.leave()
            self.yield_()
            return
        import math
        _clock.now = math.nextafter(_clock.now, math.inf)
        self.leave()

    def thread_begins(self, st):
        """A started thread registers and queues for the baton (its starter runs on first)."""
        self.enter()
        try:
            if st.epoch != self.epoch:
                st.epoch = self.epoch
            st.ident = _get_ident()
            self.states[st.ident] = st
            self._make_ready(st)
        finally:
            self.leave()

    def thread_ends(self, st):
        self.enter()
        try:
            if st.epoch != self.epoch:
                return
            was_holder = self.holder is st
            if st in self.ready:
                self.ready.remove(st)
            st.status = "finished"
            if self.states.get(st.ident) is st:
                del self.states[st.ident]
            for joiner in list(st.joiners):
                self._wake(joiner, "signal")
            if was_holder:
                self._pass_baton()
        finally:
            self.leave()

    def join(self, target, timeout):
        self.enter()
        if target.status == "finished" or target.epoch != self.epoch or (timeout is not None and timeout <= 0):
            self.leave()
            return
        _pay_lines()
        st = self._me()
        target.joiners.append(st)
        st.waitlist = target.joiners
        self._park(st, None if timeout is None else _clock.now + timeout)

    def loop_idle(self, loop, deadline):
        """The event loop has nothing ready: wait for its next timer or for a thread to wake it."""
        _pay_lines()
        self.enter()
        st = self.states.get(_get_ident())
        if st is None:  # a loop in a thread the harness did not start: the old single-thread rule
            self.leave()
            if deadline is None:
                self._report_loop_deadlock(loop)
            if deadline > _clock.now:
                _clock.now = deadline
            return
        if loop._ready:
            self.leave()
            return
        st.loop = loop
        self.idle_loops[loop] = st
        self._park(st, deadline)

    def _report_loop_deadlock(self, loop):
        import os
        _sys.stdout.flush()
        print(deadlock_report(loop), file=_sys.stderr)
        _sys.stderr.flush()
        os._exit(1)

    def wake_loop(self, loop):
        self.enter()
        try:
            st = self.idle_loops.get(loop)
            if st is not None:
                self._wake(st, "signal")
        finally:
            self.leave()

    def outside_begin(self, pending):
        """The holder blocks in the real world (a pipe to a worker process); others may run meanwhile."""
        _pay_lines()
        self.enter()
        st = self.states.get(_get_ident())
        if st is None or self.holder is not st:
            self.leave()
            return None
        st.status = "outside"
        st.pending = pending
        self.outside.append(st)
        self._pass_baton()
        self.leave()
        return st

    def outside_end(self, st):
        if st is None:
            return
        self.enter()
        if st.epoch != self.epoch:
            self.leave()
            return
        self.outside.remove(st)
        st.pending = None
        self._make_ready(st)
        self.leave()
        st.wake.acquire()


_machine = _Machine()


class _Lock:
    """``threading.Lock``: a lock whose waiters park on the harness."""

    __slots__ = ("_real", "_waiters", "__weakref__")

    def __init__(self):
        self._real = _real_lock()
        self._waiters = []

    def acquire(self, blocking=True, timeout=-1):
        blocking = _operator.index(blocking)
        if not isinstance(timeout, float):
            timeout = _operator.index(timeout)
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout < 0 and timeout != -1:
            raise ValueError("timeout value must be positive")
        if self._real.acquire(False):
            return True
        if not blocking or timeout == 0:
            _machine.failed_try()
            return False
        return _machine.wait_for_lock(self, None if timeout == -1 else float(timeout))

    def __enter__(self):
        return self.acquire()

    def release(self):
        self._real.release()
        if self._waiters:
            _machine.wake_first(self)

    def __exit__(self, *exc_info):
        self.release()

    def locked(self):
        return self._real.locked()

    def _at_fork_reinit(self):
        self._real = _real_lock()
        self._waiters = []

    def __repr__(self):
        return "<%s _thread.lock object at %#x>" % ("locked" if self._real.locked() else "unlocked", id(self))


_Lock.__name__ = _Lock.__qualname__ = "lock"
_Lock.__module__ = "_thread"


def _bool_result(method):
    def acquire(self, blocking=True, timeout=-1):
        return bool(method(self, blocking, timeout))
    return acquire


class _StartedEvent:
    """``Thread._started`` of a thread the harness starts: the starter waits for it for real,
    holding the baton, and the new thread queues for the baton when it sets it."""

    def __init__(self, state):
        self._state = state
        self._flag = False
        self._lock = _real_lock()
        self._lock.acquire()

    def is_set(self):
        return self._flag

    def set(self):
        st = self._state
        _machine.thread_begins(st)
        self._flag = True
        self._lock.release()
        st.wake.acquire()

    def wait(self, timeout=None):
        self._lock.acquire()
        self._lock.release()
        return True

    def _at_fork_reinit(self):
        self._lock = _real_lock()
        if not self._flag:
            self._lock.acquire()


def _frame_site(frame):
    """``file:line 'text'`` of the call or await ``frame`` is stopped at."""
    import linecache
    import os
    code = frame.f_code
    line, end_line, col, end_col = list(code.co_positions())[frame.f_lasti // 2]
    text = linecache.getline(code.co_filename, line).rstrip("\n").encode()
    if col is None:
        snippet = text.decode().strip()
    else:
        snippet = (text[col:end_col] if end_line == line else text[col:]).decode()
    return "%s:%d '%s'" % (os.path.basename(code.co_filename), line, snippet)


_thread_join_code = None


def _waits_on(frames):
    """What a thread blocked in ``frames`` (its library calls, outermost first) waits for, in asyncviz's words."""
    for frame in frames:
        code = frame.f_code
        module = code.co_filename.replace("\\", "/").rsplit("/", 2)
        where = "/".join(module[-2:])
        if code.co_name == "join" and (where.endswith("/threading.py") or code is _thread_join_code):
            return "a thread to finish"
        if where.endswith("/threading.py"):
            owner = type(frame.f_locals.get("self")).__name__
            if owner == "Event":
                return "an event"
            if owner in ("Semaphore", "BoundedSemaphore"):
                return "a semaphore"
        elif where == "futures/_base.py":
            return "a future"
        elif where.endswith("/queue.py"):
            return "a queue"
    return "a lock"


def _thread_deadlock_report(blocked):
    """asyncviz's report for threads that all wait: who waits at which line of the program, on what."""
    import __main__
    import os
    import threading
    main_file = os.path.abspath(getattr(__main__, "__file__", ""))
    current = _sys._current_frames()
    lines = ["asyncviz: deadlock at t=%r: every thread waits and nothing can wake them" % _clock.now]
    for st in sorted(blocked, key=lambda s: s.number):
        name = st.thread.name if st.thread is not None else threading.main_thread().name
        frames = []
        frame = current.get(st.ident)
        while frame is not None:
            frames.append(frame)
            frame = frame.f_back
        frames.reverse()
        site, library = "?", frames
        for i, frame in enumerate(frames):
            if os.path.abspath(frame.f_code.co_filename) == main_file:
                site = "%s:%d" % (os.path.basename(main_file), frame.f_lineno)
                library = frames[i + 1:]
        lines.append("  %s waits at %s on %s" % (name, site, _waits_on(library)))
    lines.append("DeadlockError: every thread waits on another (CPython would hang here forever)")
    return "\n".join(lines)


def _install_threads():
    """Put ``threading``, ``queue`` and thread start, join and shutdown on the machine."""
    import threading
    import queue

    class RLock(threading._PyRLock):
        acquire = _bool_result(threading._PyRLock.acquire)
        __enter__ = acquire

    RLock.__module__ = "_thread"

    class SimpleQueue(queue._PySimpleQueue):
        pass

    SimpleQueue.__module__ = "_queue"

    threading.Lock = _Lock
    threading._allocate_lock = _Lock
    threading._CRLock = RLock
    threading._time = now
    queue.SimpleQueue = SimpleQueue
    queue.time = now

    original_start = threading.Thread.start
    original_bootstrap_inner = threading.Thread._bootstrap_inner
    original_join = threading.Thread.join
    original_shutdown = threading._shutdown

    def start(self):
        if getattr(self, "_initialized", False) and not self._started.is_set():
            _pay_lines()
            state = _ThreadState(self, _machine.epoch)
            self.__dict__["_asyncviz_state"] = state
            self._started = _StartedEvent(state)
            if _thread_start[0] > 0:
                cpu(_thread_start[0])
        original_start(self)
        # As in CPython (and asyncviz), the new thread goes first: the starter waits for the threads
        # ready before it, the new one last of them, to run until they block.
        _machine.yield_()

    def _bootstrap_inner(self):
        try:
            original_bootstrap_inner(self)
        finally:
            _pay_lines()
            state = self.__dict__.get("_asyncviz_state")
            if state is not None:
                _machine.thread_ends(state)

    def join(self, timeout=None):
        if timeout is not None:
            timeout = max(timeout, 0)
        original_join(self, 0)  # Python's own checks: not started, joining itself
        target = self.__dict__.get("_asyncviz_state")
        if target is None:
            return original_join(self, timeout)
        _machine.join(target, timeout)
        if target.status == "finished":
            original_join(self)  # what is left is the thread's last C steps

    def _shutdown():
        if (not threading._main_thread._is_stopped and threading._main_thread.ident == _get_ident()
                and _machine.current() is not None):
            threading._SHUTTING_DOWN = True
            calls = list(reversed(threading._threading_atexits))
            del threading._threading_atexits[:]
            for call in calls:
                call()
            while True:
                others = [t for t in threading.enumerate()
                          if not t.daemon and "_asyncviz_state" in t.__dict__ and t.is_alive()]
                if not others:
                    break
                for t in others:
                    t.join()
        return original_shutdown()

    global _thread_join_code
    _thread_join_code = join.__code__
    threading.Thread.start = start
    threading.Thread._bootstrap_inner = _bootstrap_inner
    threading.Thread.join = join
    threading._shutdown = _shutdown
    _machine.register_main()
    _os.register_at_fork(before=_machine._before_fork,
                         after_in_parent=_machine._after_fork_parent,
                         after_in_child=_machine._after_fork_child)


def _outside(pending, block):
    """Run ``block()``, a wait in the real world, letting the other threads run meanwhile."""
    st = _machine.outside_begin(pending)
    try:
        return block()
    finally:
        _machine.outside_end(st)


def _nothing_pending():
    return False


def _patch_connection(mc):
    """Waits on pipes to other processes (``wait``, ``recv``) hand the baton over while they block."""
    mc.time = _real_time
    real_wait = mc.wait

    def wait(object_list, timeout=None):
        if timeout is not None and timeout <= 0:
            return real_wait(object_list, timeout)
        import threading
        me = threading.current_thread()

        def pending():
            # work is out in the workers (an executor's manager, a pool's result handler), or a pipe has data
            extra = getattr(me, "_asyncviz_pending", None)
            return (bool(getattr(me, "pending_work_items", None)) or (extra is not None and extra())
                    or bool(real_wait(object_list, 0)))

        return _outside(pending, lambda: real_wait(object_list, timeout))

    def receiving(method):
        def receive(self, *args, **kwargs):
            if not self.poll(0):
                wait([self])
            return method(self, *args, **kwargs)
        receive.__name__ = method.__name__
        return receive

    base = mc._ConnectionBase
    for name in ("recv", "recv_bytes", "recv_bytes_into"):
        setattr(base, name, receiving(getattr(base, name)))
    mc.wait = wait

    # A manager's server accepts its clients in real time: the baton passes on meanwhile, so the thread
    # it starts for a client runs.
    real_accept = mc.Listener.accept
    mc.Listener.accept = lambda self: _outside(_nothing_pending, lambda: real_accept(self))


def _patch_synchronize(ms):
    """``multiprocessing``'s locks are semaphores shared with other processes: a blocked acquire waits outside."""
    ms.time = _real_time

    def outside_acquire(real):
        def acquire(block=True, timeout=None):
            if real(False):
                return True
            if not block:
                return False
            return _outside(_nothing_pending, lambda: real(True, timeout))
        return acquire

    def _make_methods(self):
        self.acquire = outside_acquire(self._semlock.acquire)
        self.release = self._semlock.release

    def __enter__(self):
        return self.acquire()

    ms.SemLock._make_methods = _make_methods
    ms.SemLock.__enter__ = __enter__


def _patch_popen_fork(pf):
    """Joining a child process waits for it outside, so the parent's other threads (a queue's feeder) run."""
    real_wait = pf.Popen.wait

    def wait(self, timeout=None):
        if self.returncode is None and timeout is None:
            from multiprocessing.connection import wait as wait_ready
            wait_ready([self.sentinel])
        return real_wait(self, timeout)

    pf.Popen.wait = wait


def _patch_pool(mp):
    """A pool's result handler has work out in the workers while its cache holds jobs: the clock waits for them."""
    real_handle_results = mp.Pool._handle_results

    def _handle_results(outqueue, get, cache):
        import threading
        threading.current_thread()._asyncviz_pending = lambda: bool(cache)
        return real_handle_results(outqueue, get, cache)

    mp.Pool._handle_results = staticmethod(_handle_results)


def _patch_queues(mq):
    mq.time = _real_time


def _patch_uuid(module):
    """``uuid4`` draws its 128 bits from ``random`` (as asyncviz does, from the run's seeded generator)."""
    import random

    module.uuid4 = lambda: module.UUID(int=random.getrandbits(128), version=4)


_AFTER_IMPORT = {
    "uuid": _patch_uuid,
    "multiprocessing.connection": _patch_connection,
    "multiprocessing.synchronize": _patch_synchronize,
    "multiprocessing.popen_fork": _patch_popen_fork,
    "multiprocessing.pool": _patch_pool,
    "multiprocessing.queues": _patch_queues,
}


class _AfterImport:
    """A meta path finder that patches a module of ``_AFTER_IMPORT`` as soon as it has been executed."""

    def find_spec(self, name, path, target=None):
        patch = _AFTER_IMPORT.get(name)
        if patch is None:
            return None
        for finder in _sys.meta_path:
            find = getattr(finder, "find_spec", None)
            if finder is self or find is None:
                continue
            spec = find(name, path, target)
            if spec is not None:
                break
        else:
            return None
        real_exec = spec.loader.exec_module

        def exec_module(module):
            real_exec(module)
            patch(module)

        spec.loader.exec_module = exec_module
        return spec


# ---------------------------------------------------------------------------
# asyncio


def _describe_awaited(fut):
    if fut is None:
        return "nothing"
    if hasattr(fut, "get_name"):
        return fut.get_name()
    children = getattr(fut, "_children", None)
    if children is not None:
        return "gather(" + ", ".join(_describe_awaited(c) for c in children) + ")"
    return "a Future nobody resolves"


def _await_site(task):
    """``file:line 'await text'`` of the innermost scenario frame ``task`` is suspended in."""
    import __main__
    import os
    main_file = os.path.abspath(getattr(__main__, "__file__", ""))
    coro = task.get_coro()
    found = None
    while coro is not None and getattr(coro, "cr_frame", None) is not None:
        if os.path.abspath(coro.cr_frame.f_code.co_filename) == main_file:
            found = coro.cr_frame
        coro = getattr(coro, "cr_await", None)
    if found is None:
        return "?"
    return _frame_site(found)


def deadlock_report(loop):
    """What asyncviz prints where CPython would hang: every waiting task, where it waits and on what."""
    lines = ["asyncviz: deadlock at t=%r: no task is ready, no timer is pending and no thread can wake the loop" % _clock.now]
    for task in loop.created_tasks:
        if not task.done():
            lines.append("  %s waits at %s on %s" % (task.get_name(), _await_site(task), _describe_awaited(task._fut_waiter)))
    lines.append("DeadlockError: every task waits and nothing can wake them (CPython would hang here forever)")
    return "\n".join(lines)


def _install_event_loop():
    """An event-loop policy whose loops run on the virtual clock and jump to the earliest timer."""
    import asyncio
    import selectors

    class VirtualSelector(selectors.DefaultSelector):
        """The default selector, waiting on the virtual clock; named as the one it stands for (logs show it)."""
        def __init__(self):
            super().__init__()
            self.loop = None

        def select(self, timeout=None):
            loop = self.loop
            if timeout is not None and (timeout <= 0 or not loop._scheduled):
                _machine.yield_()
            else:
                deadline = None if timeout is None else float(loop._scheduled[0]._when)
                _machine.loop_idle(loop, deadline)
            return super().select(0)

    VirtualSelector.__name__ = VirtualSelector.__qualname__ = selectors.DefaultSelector.__name__

    class VirtualEventLoop(asyncio.SelectorEventLoop):
        def __init__(self):
            selector = VirtualSelector()
            super().__init__(selector)
            selector.loop = self
            self._clock_resolution = 1e-09
            self.created_tasks = []

        def create_task(self, coro, **kwargs):
            task = super().create_task(coro, **kwargs)
            self.created_tasks.append(task)
            return task

        def time(self):
            return now()

        def _write_to_self(self):
            super()._write_to_self()
            _machine.wake_loop(self)

    # Programs print the loop's type and repr: the name of the loop it stands for.
    VirtualEventLoop.__name__ = VirtualEventLoop.__qualname__ = asyncio.SelectorEventLoop.__name__

    class VirtualPolicy(asyncio.DefaultEventLoopPolicy):
        _loop_factory = VirtualEventLoop

    asyncio.set_event_loop_policy(VirtualPolicy())


def _install_wall_clock():
    """``time`` and ``datetime`` on the virtual clock, from ``EPOCH``, in UTC.

    The replacements are static methods (callable, and not bound when a class keeps one,
    as ``logging.Formatter.converter`` keeps ``time.localtime``)."""
    _os.environ["TZ"] = "UTC"
    _time.tzset()
    # The pure-Python datetime reads time.time(); the C one reads the real clock.
    _sys.modules.setdefault("_datetime", None)
    real = _real_time

    def wall():
        return EPOCH + now()

    def ns(seconds):
        return round(seconds * 1e9)

    def process_time():
        _pay_lines()
        return _cpu_time.total

    def thread_time():
        _pay_lines()
        return _cpu_time.of_current_thread()

    def struct(convert):
        return lambda secs=None: convert(wall() if secs is None else secs)

    def strftime(format, t=None):
        return real.strftime(format, real.localtime(wall()) if t is None else t)

    def asctime(t=None):
        return real.asctime(real.localtime(wall()) if t is None else t)

    patches = {
        "time": wall, "monotonic": now, "perf_counter": now, "sleep": _sleep,
        "time_ns": lambda: EPOCH * 1000000000 + ns(now()),
        "monotonic_ns": lambda: ns(now()), "perf_counter_ns": lambda: ns(now()),
        "process_time": process_time, "process_time_ns": lambda: ns(process_time()),
        "thread_time": thread_time, "thread_time_ns": lambda: ns(thread_time()),
        "localtime": struct(real.localtime), "gmtime": struct(real.gmtime), "ctime": struct(real.ctime),
        "strftime": strftime, "asctime": asctime,
    }
    for name, function in patches.items():
        setattr(_time, name, staticmethod(function))


def install():
    """Patch the ``time`` module onto the virtual clock, threads onto the machine and asyncio onto a virtual-clock loop."""
    _install_wall_clock()
    _os.cpu_count = _cpu_count
    _os.sched_getaffinity = _sched_getaffinity
    _install_threads()
    _install_event_loop()
    _install_line_events()
    _sys.meta_path.insert(0, _AfterImport())
    _unblock_signals()
    _os.environ['COLUMNS'] = '80'  # argparse wraps help to the terminal; asyncviz's is 80 columns wide


def _unblock_signals():
    """Deliver SIGTERM as a shell-started python3 does: a test runner that spawns it from a thread pool
    passes its blocked-signal mask on, and a pool's ``terminate`` (SIGTERM to its workers) would then hang.
    (Only SIGTERM: with SIGINT left as the runner has it, an uncaught KeyboardInterrupt still exits 130.)"""
    import signal
    signal.pthread_sigmask(signal.SIG_UNBLOCK, (signal.SIGTERM,))
