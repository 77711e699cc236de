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
    import linecache
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
    code = found.f_code
    line, end_line, col, end_col = list(code.co_positions())[found.f_lasti // 2]
    text = linecache.getline(code.co_filename, line).rstrip("\n").encode()
    if col is None:
        snippet = text.decode().strip()
    else:
        snippet = (text[col:end_col] if end_line == line else text[col:]).decode()
    return "%s:%d '%s'" % (os.path.basename(code.co_filename), line, snippet)


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
        def __init__(self):
            super().__init__()
            self.loop = None

        def select(self, timeout=None):
            loop = self.loop
            if timeout is None:
                import os
                _sys.stdout.flush()
                print(deadlock_report(loop), file=_sys.stderr)
                _sys.stderr.flush()
                os._exit(1)
            if timeout > 0 and loop._scheduled:
                _clock.now = max(_clock.now, float(loop._scheduled[0]._when))
            return super().select(0)

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
