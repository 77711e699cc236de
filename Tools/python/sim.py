"""The asyncviz harness for CPython.

With this folder on PYTHONPATH (``PYTHONPATH=Tools/python python3 x.py``),
``sitecustomize`` imports this module, which puts the process on the same
virtual clock asyncviz uses: ``time.time()``, ``time.monotonic()`` and
``time.perf_counter()`` report virtual seconds starting at 0.0, and
``time.sleep``, ``cpu`` and ``io`` advance that clock instead of waiting, so a
scenario prints the same lines under CPython and under ``asyncviz exec``.
"""

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


def install():
    """Patch the ``time`` module onto the virtual clock."""
    _time.time = now
    _time.monotonic = now
    _time.perf_counter = now
    _time.sleep = _sleep
