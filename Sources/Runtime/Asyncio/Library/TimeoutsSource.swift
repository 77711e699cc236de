extension AsyncioLibrarySource {
    /// `Timeout`, `timeout`, `timeout_at`: a timer that cancels the task in the block; on the way out a
    /// cancellation that timer caused becomes `TimeoutError`. States: created, active, expiring, expired,
    /// finished (the repr shows them).
    static let timeouts = #"""
class Timeout:
    __module__ = 'asyncio.timeouts'

    def __init__(self, when):
        self._when = when
        self._state = 'created'
        self._alarm = None
        self._task = None
        self._cancelling = 0

    def __repr__(self):
        if self._state != 'active':
            return f'<Timeout [{self._state}]>'
        deadline = None if self._when is None else round(self._when, 3)
        return f'<Timeout [active] when={deadline}>'

    def when(self):
        return self._when

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
        self._when = when
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
        self._task = current_task()
        if self._task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = 'active'
        self._cancelling = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        self._disarm()
        if self._state == 'active':
            self._state = 'finished'
        elif self._state == 'expiring':
            self._state = 'expired'
            ours = self._task.uncancel() <= self._cancelling
            if ours and exc_type is CancelledError:
                raise TimeoutError from exc_val

    def _on_timeout(self):
        # CPython's name, which the timer's handle shows.
        self._task.cancel()
        self._state = 'expiring'
        self._alarm = None


def timeout(delay):
    now = get_running_loop().time()
    return Timeout(None if delay is None else now + delay)


def timeout_at(when):
    return Timeout(when)
"""#
}
