"""The asyncviz harness for CPython.

With this folder on PYTHONPATH (``PYTHONPATH=Tools/python python3 x.py``),
``sitecustomize`` imports this module, which puts the process on the same
virtual clock asyncviz uses: ``time.time()``, ``time.monotonic()`` and
``time.perf_counter()`` report virtual seconds starting at 0.0, and
``time.sleep``, ``cpu`` and ``io`` advance that clock instead of waiting, so a
scenario prints the same lines under CPython and under ``asyncviz exec``.
"""

import sys as _sys
import time as _time

__all__ = ["cpu", "io", "note", "configure", "now"]


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
    """The current virtual time in seconds."""
    return _clock.now


def cpu(seconds):
    """Compute for ``seconds`` of virtual time (holding the GIL in asyncviz)."""
    _clock.advance(float(seconds))


def io(seconds):
    """Block for ``seconds`` of virtual time without the GIL (a blocking read)."""
    _clock.advance(float(seconds))


def note(text):
    """Narration for the asyncviz viewer; CPython ignores it."""
    if not isinstance(text, str):
        raise TypeError("note() argument must be str, not " + type(text).__name__)


def configure(cpus=4, gil=True, switch_interval=0.005, process_start=0.05, pickle_cost=0.0005):
    """The machine model for asyncviz; CPython ignores it."""


def _sleep(seconds):
    if seconds < 0:
        raise ValueError("sleep length must be non-negative")
    _clock.advance(float(seconds))


class DeadlockExit(SystemExit):
    """Raised where CPython would wait forever; exits with status 1."""


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
    """``file:line 'await text'`` of the innermost coroutine frame ``task`` is suspended in."""
    coro = task.get_coro()
    while getattr(coro, "cr_await", None) is not None and hasattr(coro.cr_await, "cr_frame"):
        coro = coro.cr_await
    frame = coro.cr_frame
    if frame is None:
        return "?"
    code = frame.f_code
    positions = list(code.co_positions())
    line, _, col, end_col = positions[frame.f_lasti // 2]
    import linecache
    text = linecache.getline(code.co_filename, line).rstrip("\n")
    snippet = text.encode()[col:end_col].decode() if col is not None else text.strip()
    import os
    return "%s:%d '%s'" % (os.path.basename(code.co_filename), line, snippet)


def deadlock_report(loop):
    """The lines asyncviz prints where CPython would hang: who waits on what, where."""
    import asyncio
    lines = ["asyncviz: deadlock at t=%r: no task is ready, no timer is pending and no thread can wake the loop" % _clock.now]
    for task in sorted(asyncio.all_tasks(loop), key=lambda t: int(t.get_name().rpartition("-")[2]) if t.get_name().startswith("Task-") else 0):
        lines.append("  %s waits at %s on %s" % (task.get_name(), _await_site(task), _describe_awaited(task._fut_waiter)))
    lines.append("DeadlockError: every task waits and nothing can wake them (CPython would hang here forever)")
    return "\n".join(lines)


def _install_event_loop():
    """An event-loop policy whose loops run on the virtual clock and jump to the earliest timer."""
    import asyncio
    import selectors

    class VirtualSelector(selectors.DefaultSelector):
        def __init__(self):
            super().__init__()
            self.loop = None

        def select(self, timeout=None):
            loop = self.loop
            if timeout is None:
                print(deadlock_report(loop), file=_sys.stderr)
                _sys.stderr.flush()
                raise DeadlockExit(1)
            if timeout > 0 and loop._scheduled:
                _clock.now = max(_clock.now, loop._scheduled[0]._when)
            return super().select(0)

    class VirtualEventLoop(asyncio.SelectorEventLoop):
        def __init__(self):
            selector = VirtualSelector()
            super().__init__(selector)
            selector.loop = self
            self._clock_resolution = 1e-09

        def time(self):
            return _clock.now

    class VirtualPolicy(asyncio.DefaultEventLoopPolicy):
        _loop_factory = VirtualEventLoop

    asyncio.set_event_loop_policy(VirtualPolicy())


def install():
    """Patch the ``time`` module onto the virtual clock and asyncio onto a virtual-clock loop."""
    _time.time = now
    _time.monotonic = now
    _time.perf_counter = now
    _time.sleep = _sleep
    _install_event_loop()
