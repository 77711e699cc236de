/// The Python half of `concurrent.futures`, written for asyncviz over
/// threading and queue: `Future` (a state word guarded by a condition, with
/// watches that `wait` and `as_completed` install), `Executor.map`, the
/// thread pool (workers named `<prefix>_<n>`, started one per submit until an
/// idle one can take the job) and the asyncio bridge (`run_in_executor`,
/// `wrap_future`). Lists and insertion-ordered dicts keep `wait` and
/// `as_completed` deterministic; `as_completed` times out once its deadline
/// is reached on the virtual clock; executors live until shutdown (no weak
/// references); work items report their start and end to the event log.
enum FuturesLibrarySource {
    /// The whole module: futures and the thread pool, then the process pool.
    static let text = base + "\n\n" + processPool

    static let base = #"""
FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED = 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED'
_ONE_BY_ONE = 'one by one'
PENDING, RUNNING, FINISHED = 'PENDING', 'RUNNING', 'FINISHED'
CANCELLED, CANCELLED_AND_NOTIFIED = 'CANCELLED', 'CANCELLED_AND_NOTIFIED'
_SETTLED = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)
_DROPPED = (CANCELLED, CANCELLED_AND_NOTIFIED)
_WORDS = {PENDING: "pending", RUNNING: "running", CANCELLED: "cancelled",
          CANCELLED_AND_NOTIFIED: "cancelled", FINISHED: "finished"}


class _Watch:
    def __init__(self, mode: str, outstanding: int) -> None:
        self.mode = mode
        self.outstanding = outstanding
        self.arrivals = []
        self.ready = Event()
        self.guard = Lock()

    def note(self, future: "Future", failed: bool) -> None:
        with self.guard:
            self.arrivals.append(future)
            if self.mode in (_ONE_BY_ONE, FIRST_COMPLETED) or (failed and self.mode == FIRST_EXCEPTION):
                self.ready.set()
                return
            self.outstanding -= 1
            if self.outstanding == 0:
                self.ready.set()

    def take(self) -> list:
        with self.guard:
            got = self.arrivals
            self.arrivals = []
            self.ready.clear()
        return got


def _lock_all(fs: list) -> None:
    for f in fs:
        f._condition.acquire()


def _unlock_all(fs: list) -> None:
    for f in fs:
        f._condition.release()


def _distinct(fs: object) -> list:
    seen = {}
    for f in fs:
        seen[f] = True
    return list(seen)


def _watch(fs: list, mode: str) -> _Watch:
    if mode not in (_ONE_BY_ONE, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f"Invalid return condition: {mode!r}")
    watch = _Watch(mode, len([f for f in fs if f._stage not in (CANCELLED_AND_NOTIFIED, FINISHED)]))
    for f in fs:
        f._watches.append(watch)
    return watch


def _unwatch(fs: list, watch: _Watch) -> None:
    for f in fs:
        with f._condition:
            if watch in f._watches:
                f._watches.remove(watch)


def _is_over(f: "Future") -> bool:
    return f._stage in (CANCELLED_AND_NOTIFIED, FINISHED)


def as_completed(fs: object, timeout: float | None = None) -> object:
    deadline = None if timeout is None else _monotonic() + timeout
    fs = _distinct(fs)
    _lock_all(fs)
    try:
        ready = [f for f in fs if _is_over(f)]
        waiting = [f for f in fs if not _is_over(f)]
        watch = _watch(fs, _ONE_BY_ONE)
    finally:
        _unlock_all(fs)
    try:
        ready.reverse()
        while True:
            for f in ready:
                if f in waiting:
                    waiting.remove(f)
                with f._condition:
                    f._watches.remove(watch)
                yield f
            if not waiting:
                return
            budget = None
            if deadline is not None:
                budget = deadline - _monotonic()
                if budget <= 0:
                    raise TimeoutError(f'{len(waiting)} (of {len(fs)}) futures unfinished')
            _set_wait_reason("future")
            watch.ready.wait(budget)
            _set_wait_reason(None)
            ready = watch.take()
    finally:
        _unwatch(fs, watch)


def wait(fs: object, timeout: float | None = None, return_when: str = ALL_COMPLETED) -> tuple:
    fs = _distinct(fs)
    _lock_all(fs)
    try:
        done = set([f for f in fs if _is_over(f)])
        enough = len(done) == len(fs)
        if done and return_when == FIRST_COMPLETED:
            enough = True
        if done and return_when == FIRST_EXCEPTION:
            enough = enough or any([not f.cancelled() and f.exception() is not None for f in done])
        if enough:
            return DoneAndNotDoneFutures(done, set([f for f in fs if f not in done]))
        watch = _watch(fs, return_when)
    finally:
        _unlock_all(fs)
    _set_wait_reason("future")
    watch.ready.wait(timeout)
    _set_wait_reason(None)
    for f in fs:
        with f._condition:
            f._watches.remove(watch)
    done.update(watch.arrivals)
    return DoneAndNotDoneFutures(done, set([f for f in fs if f not in done]))


class Future:
    __module__ = 'concurrent.futures._base'

    def __init__(self) -> None:
        self._condition = Condition()
        self._stage = PENDING
        self._value = None
        self._failure = None
        self._watches = []
        self._hooks = []

    def __repr__(self) -> str:
        with self._condition:
            head = f'<Future at {_address(self)} state={_WORDS[self._stage]}'
            if self._stage != FINISHED:
                return head + '>'
            if self._failure:
                return f'{head} raised {type(self._failure).__name__}>'
            return f'{head} returned {type(self._value).__name__}>'

    def _run_callbacks(self) -> None:
        for hook in self._hooks:
            _call_hook(hook, self)

    def cancel(self) -> bool:
        with self._condition:
            if self._stage in (RUNNING, FINISHED):
                return False
            if self._stage == PENDING:
                self._stage = CANCELLED
                self._condition.notify_all()
                cancelled_now = True
            else:
                cancelled_now = False
        if cancelled_now:
            self._run_callbacks()
        return True

    def cancelled(self) -> bool:
        with self._condition:
            return self._stage in _DROPPED

    def running(self) -> bool:
        with self._condition:
            return self._stage == RUNNING

    def done(self) -> bool:
        with self._condition:
            return self._stage in _SETTLED

    def add_done_callback(self, fn: object) -> None:
        with self._condition:
            later = self._stage not in _SETTLED
            if later:
                self._hooks.append(fn)
        if not later:
            _call_hook(fn, self)

    def _await_outcome(self, timeout: float | None) -> None:
        if self._stage not in _SETTLED:
            _set_wait_reason("future")
            self._condition.wait(timeout)
        if self._stage in _DROPPED:
            raise CancelledError()
        if self._stage != FINISHED:
            raise TimeoutError()

    def result(self, timeout: float | None = None) -> object:
        with self._condition:
            self._await_outcome(timeout)
            if self._failure is not None:
                raise self._failure
            return self._value

    def exception(self, timeout: float | None = None) -> BaseException | None:
        with self._condition:
            self._await_outcome(timeout)
            return self._failure

    def set_running_or_notify_cancel(self) -> bool:
        with self._condition:
            if self._stage == PENDING:
                self._stage = RUNNING
                return True
            if self._stage != CANCELLED:
                raise RuntimeError('Future in unexpected state')
            self._stage = CANCELLED_AND_NOTIFIED
            for watch in self._watches:
                watch.note(self, False)
            return False

    def _settle(self, value: object, error: BaseException | None) -> None:
        with self._condition:
            if self._stage in _SETTLED:
                raise InvalidStateError(f'{self._stage}: {self!r}')
            self._value = value
            self._failure = error
            self._stage = FINISHED
            for watch in self._watches:
                watch.note(self, error is not None)
            self._condition.notify_all()
        self._run_callbacks()

    def set_result(self, result: object) -> None:
        self._settle(result, None)

    def set_exception(self, exception: BaseException) -> None:
        self._settle(None, exception)


def _call_hook(hook: object, future: Future) -> None:
    try:
        hook(future)
    except Exception as failure:
        _log_callback_error(future, failure)


def _results_in_order(futures: list, deadline: float | None) -> object:
    futures.reverse()
    try:
        while futures:
            head = futures.pop()
            try:
                value = head.result(None if deadline is None else deadline - _monotonic())
            finally:
                head.cancel()
            yield value
    finally:
        for left in futures:
            left.cancel()


class Executor:
    __module__ = 'concurrent.futures._base'

    def submit(self, fn: object, /, *args: object, **kwargs: object) -> Future:
        raise NotImplementedError()

    def map(self, fn: object, *iterables: object, timeout: float | None = None, chunksize: int = 1) -> object:
        deadline = None if timeout is None else _monotonic() + timeout
        return _results_in_order([self.submit(fn, *args) for args in zip(*iterables)], deadline)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        return None

    def __enter__(self) -> "Executor":
        return self

    def __exit__(self, *exc_info: object) -> bool:
        self.shutdown(True)
        return False


class _Job:
    def __init__(self, future: Future, fn: object, args: tuple, kwargs: dict) -> None:
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self) -> None:
        if not self.future.set_running_or_notify_cancel():
            return
        _workitem_start(self.fn, self.args)
        try:
            value = self.fn(*self.args, **self.kwargs)
        except BaseException as failure:
            _workitem_end("raised " + type(failure).__name__)
            self.future.set_exception(failure)
        else:
            _workitem_end("returned")
            self.future.set_result(value)


_pool_workers = []
_exiting = False
_exit_lock = Lock()
_pools_made = 0


def _stop_thread_pools() -> None:
    global _exiting
    with _exit_lock:
        _exiting = True
    workers = list(_pool_workers)
    for _, inbox in workers:
        inbox.put(None)
    for worker, _ in workers:
        worker.join()


_register_atexit(_stop_thread_pools)


def _pool_thread(pool: "ThreadPoolExecutor", inbox: object, initializer: object, initargs: tuple) -> None:
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException as failure:
            _log_exception("Exception in initializer:", failure)
            pool._initializer_failed()
            return
    while True:
        job = inbox.get(block=True)
        if job is None:
            if _exiting or pool._closed:
                pool._closed = True
                inbox.put(None)
                return
            continue
        job.run()
        job = None
        pool._idle.release()


def _drain(inbox: object) -> list:
    jobs = []
    while True:
        try:
            job = inbox.get_nowait()
        except Empty:
            return jobs
        if job is not None:
            jobs.append(job)


class ThreadPoolExecutor(Executor):
    __module__ = 'concurrent.futures.thread'

    def __init__(self, max_workers: int | None = None, thread_name_prefix: str = '',
                 initializer: object = None, initargs: tuple = ()) -> None:
        global _pools_made
        if max_workers is None:
            max_workers = min(32, _cpu_count() + 4)
        max_workers = _workers_override(max_workers)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if not thread_name_prefix:
            thread_name_prefix = f"ThreadPoolExecutor-{_pools_made}"
            _pools_made += 1
        self._max_workers = max_workers
        self._thread_name_prefix = thread_name_prefix
        self._init = initializer
        self._init_args = initargs
        self._inbox = SimpleQueue()
        self._idle = Semaphore(0)
        self._threads = []
        self._broken_reason = False
        self._closed = False
        self._guard = Lock()
        _executor_event("create", "ThreadPoolExecutor " + thread_name_prefix, max_workers)

    def submit(self, fn: object, /, *args: object, **kwargs: object) -> Future:
        with self._guard:
            with _exit_lock:
                if self._broken_reason:
                    raise BrokenThreadPool(self._broken_reason)
                if self._closed:
                    raise RuntimeError('cannot schedule new futures after shutdown')
                if _exiting:
                    raise RuntimeError('cannot schedule new futures after interpreter shutdown')
                future = Future()
                _submitted(self._thread_name_prefix, fn, args)
                self._inbox.put(_Job(future, fn, args, kwargs))
                self._grow()
                return future

    def _grow(self) -> None:
        if self._idle.acquire(timeout=0):
            return
        count = len(self._threads)
        if count >= self._max_workers:
            return
        worker = Thread(name=f'{self._thread_name_prefix}_{count}', target=_pool_thread,
                        args=(self, self._inbox, self._init, self._init_args))
        worker.start()
        self._threads.append(worker)
        _pool_workers.append((worker, self._inbox))

    def _initializer_failed(self) -> None:
        with self._guard:
            self._broken_reason = 'A thread initializer failed, the thread pool is not usable anymore'
            for job in _drain(self._inbox):
                job.future.set_exception(BrokenThreadPool(self._broken_reason))

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        _executor_event("shutdown", "ThreadPoolExecutor " + self._thread_name_prefix)
        with self._guard:
            self._closed = True
            if cancel_futures:
                for job in _drain(self._inbox):
                    job.future.cancel()
            self._inbox.put(None)
        if wait:
            for worker in self._threads:
                worker.join()


def _chain_to_loop(loop: object, source: Future) -> object:
    mirror = loop.create_future()

    def _set_state(done: Future) -> None:
        if mirror.cancelled():
            return
        if done.cancelled():
            mirror.cancel()
            return
        failure = done.exception()
        if failure is None:
            mirror.set_result(done.result())
        else:
            mirror.set_exception(failure)

    def _call_check_cancel(m: object) -> None:
        if m.cancelled():
            source.cancel()

    def _call_set_state(done: Future) -> None:
        loop.call_soon_threadsafe(_set_state, done)

    mirror.add_done_callback(_call_check_cancel)
    source.add_done_callback(_call_set_state)
    return mirror


def _wrap_future(future: object, loop: object) -> object:
    if not isinstance(future, Future):
        raise AssertionError(f'concurrent.futures.Future is expected, got {future!r}')
    return _chain_to_loop(loop, future)


def _shutdown_default_executor(executor: Executor) -> None:
    closer = Thread(target=executor.shutdown, args=(True,))
    closer.start()
    closer.join()


def _run_in_executor(loop: object, executor: object, func: object, args: tuple) -> object:
    if executor is None:
        executor = _default_executor(loop)
    if executor is None:
        executor = ThreadPoolExecutor(thread_name_prefix='asyncio')
        _set_default_executor(loop, executor)
    return _chain_to_loop(loop, executor.submit(func, *args))
"""#
}
