extension AsyncioLibrarySource {
    /// `wait`, `wait_for`, `as_completed`, `shield`: each waits on a private future that done-callbacks
    /// (and a timer, when there is a timeout) resolve.
    static let tasks = #"""
def _distinct(awaitables):
    kept = []
    for item in awaitables:
        if item not in kept:
            kept.append(item)
    return kept


def _release_waiter(waiter, *ignored):
    # The callback of every timer and done-callback here; CPython's name, which handle reprs show.
    if not waiter.done():
        waiter.set_result(None)


def _check_collection(fs, expected):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect {expected} of futures, not {type(fs).__name__}")


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    _check_collection(fs, 'a list')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    members = _distinct(fs)
    for item in members:
        if iscoroutine(item):
            raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = get_running_loop()
    enough = loop.create_future()
    timer = None if timeout is None else loop.call_later(timeout, _release_waiter, enough)
    outstanding = len(members)

    def _on_completion(member):
        nonlocal outstanding
        outstanding -= 1
        if outstanding > 0 and return_when == ALL_COMPLETED:
            return
        if outstanding > 0 and return_when == FIRST_EXCEPTION:
            if member.cancelled() or member.exception() is None:
                return
        if timer is not None:
            timer.cancel()
        _release_waiter(enough)

    for item in members:
        item.add_done_callback(_on_completion)
    try:
        await enough
    finally:
        if timer is not None:
            timer.cancel()
        for item in members:
            item.remove_done_callback(_on_completion)
    finished, unfinished = set(), set()
    for item in members:
        (finished if item.done() else unfinished).add(item)
    return finished, unfinished


async def _cancel_and_wait(fut, loop):
    # Cancel `fut` and wait until it is done, whatever it does with the cancellation.
    settled = loop.create_future()
    notice = lambda f: _release_waiter(settled)
    fut.add_done_callback(notice)
    try:
        fut.cancel()
        await settled
    finally:
        fut.remove_done_callback(notice)


def _outcome_after_timeout(fut):
    try:
        return fut.result()
    except CancelledError as cancelled:
        raise TimeoutError() from cancelled


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut)
        if not fut.done():
            await _cancel_and_wait(fut, loop)
            return _outcome_after_timeout(fut)
        return fut.result()
    wake = loop.create_future()
    timer = loop.call_later(timeout, _release_waiter, wake)
    notice = lambda f: _release_waiter(wake)
    fut = ensure_future(fut)
    fut.add_done_callback(notice)
    try:
        try:
            await wake
        except CancelledError:
            if not fut.done():
                fut.remove_done_callback(notice)
                await _cancel_and_wait(fut, loop)
                raise
            return fut.result()
        if not fut.done():
            fut.remove_done_callback(notice)
            await _cancel_and_wait(fut, loop)
            return _outcome_after_timeout(fut)
        return fut.result()
    finally:
        timer.cancel()


def as_completed(fs, *, timeout=None):
    _check_collection(fs, 'an iterable')
    arrivals = Queue()
    loop = get_event_loop()
    pending = {}
    for item in _distinct(fs):
        pending[ensure_future(item)] = None
    timer = None

    def _on_timeout():
        for member in pending:
            member.remove_done_callback(_on_completion)
            arrivals.put_nowait(None)
        pending.clear()

    def _on_completion(member):
        if pending:
            del pending[member]
            arrivals.put_nowait(member)
            if not pending and timer is not None:
                timer.cancel()

    async def _wait_for_one():
        member = await arrivals.get()
        if member is None:
            raise TimeoutError
        return member.result()

    for member in pending:
        member.add_done_callback(_on_completion)
    if pending and timeout is not None:
        timer = loop.call_later(timeout, _on_timeout)
    return (_wait_for_one() for _ in range(len(pending)))


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = inner.get_loop().create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
        elif inner.cancelled():
            outer.cancel()
        elif inner.exception() is not None:
            outer.set_exception(inner.exception())
        else:
            outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer
"""#
}
