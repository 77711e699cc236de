extension AsyncioLibrarySource {
    /// `sleep` and the two bases the primitives share: binding to the loop they are first used in, and
    /// `async with` as acquire/release.
    static let core = #"""
def _set_result_unless_cancelled(future, value):
    # The timer `sleep` leaves behind; CPython's name, which handle reprs show.
    if not future.cancelled():
        future.set_result(value)


async def sleep(delay, result=None):
    if delay <= 0:
        await _sleep0()
        return result
    alarm = get_running_loop().create_future()
    timer = alarm.get_loop().call_later(delay, _set_result_unless_cancelled, alarm, result)
    try:
        return await alarm
    finally:
        timer.cancel()


class _LoopBound:
    # The loop a primitive waits in: the first one that runs it, and no other after.
    _loop = None

    def _get_loop(self):
        running = get_running_loop()
        if self._loop is None:
            self._loop = running
        elif running is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return running


class _AcquiredInBlock(_LoopBound):
    # `async with primitive:` holds it for the block.
    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, *exc_info):
        self.release()
"""#
}
