extension AsyncioLibrarySource {
    /// `sleep`, and the base of the primitives and queues: bound to the loop they are first used in.
    static let core = #"""
def _set_result_unless_cancelled(future, value):
    # The timer `sleep` leaves behind; CPython's name, which handle reprs show.
    if not future.cancelled():
        future.set_result(value)


async def _wrap_awaitable(awaitable):
    # What ensure_future and gather make a task of when given an object with __await__.
    return await awaitable


async def sleep(delay, result=None):
    if delay <= 0:
        await _sleep0()
        return result
    alarm = get_running_loop().create_future()
    timer = alarm.get_loop().call_later(_late(delay), _set_result_unless_cancelled, alarm, result)
    try:
        return await alarm
    finally:
        timer.cancel()


class _LoopBound:
    # The loop a primitive waits in: the first one that runs it, and no other after.
    _loop = None

    def _loop_in_use(self):
        running = get_running_loop()
        bound = self._loop
        if bound is None:
            self._loop = running
        elif bound is not running:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return running

"""#
}
