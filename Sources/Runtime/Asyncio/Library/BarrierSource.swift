extension AsyncioLibrarySource {
    /// `Barrier` (3.11). A round fills until `parties` tasks wait, then drains:
    /// every waiter leaves with its arrival index, and no task joins the next round before the last one
    /// has left. A reset or an abort wakes the waiters with `BrokenBarrierError`. One condition guards it.
    static let barrier = #"""
class Barrier(_LoopBound):
    __module__ = 'asyncio.locks'

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._parties = self.parties = parties
        self._inside = 0
        self._guard = Condition()
        self._enter_phase('filling')
        _trace('sync.create', self, None, parties)

    def __repr__(self):
        detail = self._phase
        if self._phase != 'broken':
            detail += f', waiters:{self.n_waiting}/{self._parties}'
        return f'<{_object_repr(self)[1:-1]} [{detail}]>'

    def _enter_phase(self, phase):
        # `n_waiting` and `broken` are plain attributes here, kept current at every change.
        self._phase = phase
        self._publish()
        _trace('barrier.state', self, None, phase)

    def _publish(self):
        self.n_waiting = self._inside if self._phase == 'filling' else 0
        self.broken = self._phase == 'broken'

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *ignored):
        return None

    async def wait(self):
        async with self._guard:
            # A task arriving while the last round drains (or resets) waits for it to end.
            await self._guard.wait_for(lambda: self._phase not in ('draining', 'resetting'))
            if self._phase == 'broken':
                raise BrokenBarrierError("Barrier aborted")
            position = self._inside
            self._inside += 1
            self._publish()
            _trace('barrier.wait', self, None, self.n_waiting)
            try:
                if position == self._parties - 1:
                    self._enter_phase('draining')
                    self._guard.notify_all()
                else:
                    await self._guard.wait_for(lambda: self._phase != 'filling')
                    if self._phase != 'draining':
                        raise BrokenBarrierError("Abort or reset of barrier")
                return position
            finally:
                self._inside -= 1
                self._publish()
                _trace('sync.leave', self, None, self.n_waiting)
                self._leave()

    def _leave(self):
        # The last task out opens the next round (a broken barrier stays broken).
        if self._inside:
            return
        if self._phase != 'broken':
            self._enter_phase('filling')
        self._guard.notify_all()

    async def reset(self):
        async with self._guard:
            self._enter_phase('resetting' if self._inside else 'filling')
            self._guard.notify_all()

    async def abort(self):
        async with self._guard:
            self._enter_phase('broken')
            self._guard.notify_all()
"""#
}
