extension AsyncioLibrarySource {
    /// `Timeout`, `timeout`, `timeout_at`: a timer that cancels the task in the block; on the way out a
    /// cancellation that timer caused becomes `TimeoutError`. States: created, active, expiring, expired,
    /// finished (the repr shows them).
    static let timeouts = #"""
class Timeout:
    __module__ = 'asyncio.timeouts'

    def __init__(self, when):
        self._state = 'created'
        self._deadline = when
        self._alarm = None
        self._guarded = None
        self._cancelling = 0

    def __repr__(self):
        if self._state != 'active':
            return f'<Timeout [{self._state}]>'
        deadline = None if self._deadline is None else round(self._deadline, 3)
        return f'<Timeout [active] when={deadline}>'

    def when(self):
        return self._deadline

    def expired(self):
        return self._state == 'expiring' or self._state == 'expired'

    def _disarm(self):
        if self._alarm is not None:
            self._alarm.cancel()
            self._alarm = None

    def reschedule(self, when):
        if self._state == 'created':
            raise RuntimeError("Timeout has not been entered")
        if self._state != 'active':
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")
        self._deadline = when
        self._disarm()
        if when is not None:
            loop = get_running_loop()
            if when > loop.time():
                self._alarm = loop.call_at(when, self._on_timeout)
            else:
                self._alarm = loop.call_soon(self._on_timeout)

    async def __aenter__(self):
        if self._state != 'created':
            raise RuntimeError("Timeout has already been entered")
        self._guarded = current_task()
        if self._guarded is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = 'active'
        self._cancelling = self._guarded.cancelling()
        self.reschedule(self._deadline)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self._disarm()
        if self._state == 'active':
            self._state = 'finished'
        elif self._state == 'expiring':
            self._state = 'expired'
            ours = self._guarded.uncancel() <= self._cancelling
            if ours and exc_type is CancelledError:
                raise TimeoutError from exc

    def _on_timeout(self):
        # CPython's name, which the timer's handle shows.
        self._guarded.cancel()
        self._state = 'expiring'
        self._alarm = None


def timeout(delay):
    now = get_running_loop().time()
    return Timeout(None if delay is None else now + delay)


def timeout_at(when):
    return Timeout(when)
"""#
}
