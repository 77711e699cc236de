extension FuturesLibrarySource {
    /// `ProcessPoolExecutor` (the fork start method, as on Linux, or the
    /// `mp_context`'s: a spawned worker imports the script again and
    /// receives its initializer pickled): all worker processes start at the
    /// first submit; a manager thread feeds a bounded
    /// call queue (pickling each call) and settles futures from the reply
    /// queue, which also carries its wake-ups; workers unpickle, call, and
    /// pickle the outcome back. Pickling is charged to the thread that does it. A worker that cannot
    /// unpickle a call (a class defined after the fork) dies, which breaks the pool as in CPython.
    /// With `max_tasks_per_child`, a worker retires after that many calls and
    /// the manager spawns one in its place.
    static let processPool = #"""
_EXTRA_CALLS = 1
_NUDGE = 'wakeup'
_WORKER_DIED = 'broken'
_RETIRED = 'retired'


def _process_main(calls: object, replies: object, initializer: object, initargs: tuple) -> None:
    _process_started()
    _serve(calls, replies, initializer, initargs)


def _spawned_main(calls: object, replies: object, setup: object, maxtasks: int | None, slot: int) -> None:
    _spawn_started()
    try:
        _main_script()()
        _bootstrapped()
        initializer, initargs = _unpickle(setup)
    except BaseException as failure:
        _write_traceback(failure)
        replies.put(_WORKER_DIED)
        return
    if _serve(calls, replies, initializer, initargs, maxtasks):
        replies.put((_RETIRED, slot))


def _serve(calls: object, replies: object, initializer: object, initargs: tuple, maxtasks: int | None = None) -> bool:
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException as failure:
            _log_exception("Exception in initializer:", failure)
            replies.put(_WORKER_DIED)
            return False
    done = 0
    while maxtasks is None or done < maxtasks:
        done += 1
        packet = calls.get(block=True)
        if packet is None:
            return False
        try:
            job_id, fn, args, kwargs = _unpickle(packet)
        except BaseException as failure:
            _log_exception("Process worker:", failure)
            replies.put(_WORKER_DIED)
            return False
        _workitem_start(fn, args)
        try:
            value = fn(*args, **kwargs)
        except BaseException as failure:
            _workitem_end("raised " + type(failure).__name__)
            reply = _pickle((job_id, failure, None), "exception")
        else:
            _workitem_end("returned")
            try:
                reply = _pickle((job_id, None, value), "result")
            except BaseException as failure:
                reply = _pickle((job_id, failure, None), "exception")
        replies.put(reply)
    return True


def _feed_workers(pool: "ProcessPoolExecutor") -> None:
    while not pool._calls.full():
        try:
            job_id = pool._ids.get(block=False)
        except Empty:
            return
        job = pool._jobs.get(job_id)
        if job is None:
            continue
        if not job.future.set_running_or_notify_cancel():
            del pool._jobs[job_id]
            continue
        try:
            packet = _pickle((job_id, job.fn, job.args, job.kwargs), "call")
        except BaseException as failure:
            del pool._jobs[job_id]
            job.future.set_exception(failure)
            continue
        pool._calls.put(packet, block=True)


def _break_pool(pool: "ProcessPoolExecutor") -> None:
    pool._broken = 'A child process terminated abruptly, the process pool is not usable anymore'
    for job in list(pool._jobs.values()):
        job.future.set_exception(BrokenProcessPool(
            "A process in the process pool was terminated abruptly while the future was running or pending."))
    pool._jobs.clear()
    pool._closing = True
    for _ in pool._processes:
        pool._calls.put(None, block=True)


def _wind_down(pool: "ProcessPoolExecutor") -> bool:
    if pool._cancel_pending:
        for job_id, job in list(pool._jobs.items()):
            if job.future.cancel():
                del pool._jobs[job_id]
        while not pool._ids.empty():
            pool._ids.get(block=False)
        pool._cancel_pending = False
    if pool._jobs:
        return False
    for _ in pool._processes:
        pool._calls.put(None, block=True)
    for worker in pool._processes:
        _join(worker, None)
    return True


def _retire(pool: "ProcessPoolExecutor", slot: int) -> None:
    _join(pool._processes[slot], None)
    if pool._jobs or not (pool._closing or _exiting):
        pool._processes[slot] = pool._start_worker(slot)


def _manage_pool(pool: "ProcessPoolExecutor") -> None:
    while True:
        _feed_workers(pool)
        reply = pool._replies.get(block=True)
        if reply == _WORKER_DIED:
            _break_pool(pool)
            return
        if isinstance(reply, tuple):
            _retire(pool, reply[1])
        elif reply != _NUDGE:
            job_id, failure, value = _unpickle(reply)
            job = pool._jobs.pop(job_id, None)
            if job is not None and failure is not None:
                job.future.set_exception(failure)
            elif job is not None:
                job.future.set_result(value)
        if (_exiting or pool._closing) and _wind_down(pool):
            return


class ProcessPoolExecutor(Executor):
    __module__ = 'concurrent.futures.process'

    def __init__(self, max_workers: int | None = None, mp_context: object = None, initializer: object = None,
                 initargs: tuple = (), *, max_tasks_per_child: int | None = None) -> None:
        if max_workers is not None and max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._max_workers = _workers_override(_cpu_count() if max_workers is None else max_workers)
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None and not isinstance(max_tasks_per_child, int):
            raise TypeError("max_tasks_per_child must be an integer")
        if max_tasks_per_child is not None and max_tasks_per_child <= 0:
            raise ValueError("max_tasks_per_child must be >= 1")
        if mp_context is not None:
            self._method = mp_context.get_start_method()
        else:
            self._method = 'spawn' if max_tasks_per_child is not None else _default_start_method()
        if max_tasks_per_child is not None and self._method == 'fork':
            raise ValueError("max_tasks_per_child is incompatible with the 'fork' multiprocessing start method; "
                             "supply a different mp_context.")
        self._initializer = initializer
        self._initargs = initargs
        self._max_tasks = max_tasks_per_child
        self._manager = None
        self._processes = []
        self._closing = False
        self._broken = False
        self._cancel_pending = False
        self._guard = Lock()
        self._next_id = 0
        self._jobs = {}
        self._calls = Queue(self._max_workers + _EXTRA_CALLS)
        self._replies = SimpleQueue()
        self._ids = Queue()
        _executor_event("create", "ProcessPoolExecutor", self._max_workers)

    def _launch(self) -> None:
        if self._manager is not None:
            return
        for slot in range(self._max_workers):
            self._processes.append(self._start_worker(slot))
        self._manager = Thread()
        self._manager._target = _manage_pool
        self._manager._args = (self,)
        self._manager.start()
        _process_pools.append(self)

    def _start_worker(self, slot: int) -> object:
        child_main = Thread(name="MainThread", daemon=False)
        if self._method == 'fork':
            return _launch_process(_process_main, child_main,
                                   (self._calls, self._replies, self._initializer, self._initargs))
        setup = _spawn_pickle((self._initializer, self._initargs), (), self._method)
        word = 'ForkServer' if self._method == 'forkserver' else 'Spawn'
        arguments = (self._calls, self._replies, setup, self._max_tasks, slot)
        handle, _ = _spawn(_spawned_main, child_main, arguments, None, False, word)
        return handle

    def submit(self, fn: object, /, *args: object, **kwargs: object) -> Future:
        with self._guard:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._closing:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _exiting:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            future = Future()
            job_id = self._next_id
            self._next_id += 1
            self._jobs[job_id] = _Job(future, fn, args, kwargs)
            self._ids.put(job_id)
            _submitted("ProcessPoolExecutor", fn, args)
            self._replies.put(_NUDGE)
            self._launch()
            return future

    def map(self, fn: object, *iterables: object, timeout: float | None = None, chunksize: int = 1) -> object:
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        return Executor.map(self, fn, *iterables, timeout=timeout)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        _executor_event("shutdown", "ProcessPoolExecutor")
        with self._guard:
            self._cancel_pending = cancel_futures
            self._closing = True
            if self._manager is not None:
                self._replies.put(_NUDGE)
        if wait and self._manager is not None:
            self._manager.join()


_process_pools = []


def _wake_process_pools() -> None:
    for pool in _process_pools:
        pool._replies.put(_NUDGE)
    for pool in _process_pools:
        pool._manager.join()


_register_atexit(_wake_process_pools)
"""#
}
