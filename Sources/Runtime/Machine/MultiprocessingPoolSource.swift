extension MultiprocessingLibrarySource {
    /// `multiprocessing.pool`: `Pool` (worker processes of its context's
    /// start method, daemonic, named `ForkPoolWorker-N` or `SpawnPoolWorker-N`)
    /// and `ThreadPool` (worker threads of this process). Three handler
    /// threads per pool, as in CPython: one replaces the workers that retire
    /// (`maxtasksperchild`) and waits for the pool to wind down, one hands the
    /// tasks out (pickling them for processes; a call that cannot be pickled
    /// fails its job), one settles jobs from the results and runs their
    /// callbacks. Iterables are split into chunks; each chunk is one task.
    /// `terminate` kills the worker processes where they are. Then the start
    /// methods' contexts.
    static let pool = #"""


def worker(inqueue: object, outqueue: object, setup: object = None, setup_args: tuple = (),
           crossing: bool = False, maxtasks: int | None = None) -> None:
    if setup is not None:
        _forked(setup)(*setup_args)
    done = 0
    while maxtasks is None or done < maxtasks:
        done += 1
        packet = inqueue.get()
        if packet is None:
            return
        if crossing:
            packet = _unpickle(packet)
        job, index, func, args, kwds, kind = packet
        _workitem_start(func, args)
        try:
            if kind == 'call':
                outcome = (True, func(*args, **kwds))
            elif kind == 'map':
                outcome = (True, [func(item) for item in args])
            else:
                outcome = (True, [func(*item) for item in args])
            _workitem_end("returned")
        except Exception as failure:
            _workitem_end("raised " + type(failure).__name__)
            outcome = (False, failure)
        reply = (job, index, outcome)
        if crossing:
            try:
                reply = _pickle(reply, "result")
            except Exception as failure:
                reply = _pickle((job, index, (False, failure)), "exception")
        outqueue.put(reply)
    retired = (None, _os_pid(), None)
    outqueue.put(_pickle(retired, "retired") if crossing else retired)


def _handle_workers(pool: "Pool") -> None:
    with pool._change:
        while pool._state == 'RUN' or (pool._unsettled and pool._state != 'TERMINATE'):
            pool._change.wait()
            pool._replace_retired()
    pool._taskqueue.put(None)


def _handle_tasks(pool: "Pool") -> None:
    while True:
        entry = pool._taskqueue.get()
        if entry is None:
            break
        job, tasks = entry
        count = 0
        for index, func, args, kwds, kind in tasks:
            if pool._state == 'TERMINATE':
                break
            count += 1
            packet = (job._job, index, func, args, kwds, kind)
            if not pool._threads:
                try:
                    packet = _pickle(packet, "call")
                except Exception as failure:
                    job._set(index, (False, failure))
                    continue
            pool._inqueue.put(packet)
        else:
            if isinstance(job, IMapIterator):
                job._set_length(count)
    for _ in pool._pool:
        pool._inqueue.put(None)
    pool._outqueue.put(None)


def _handle_results(pool: "Pool") -> None:
    while True:
        reply = pool._outqueue.get()
        if reply is None or pool._state == 'TERMINATE':
            return
        if not pool._threads:
            reply = _unpickle(reply)
        job, index, outcome = reply
        if job is None:
            with pool._change:
                pool._retired.append(index)
                pool._change.notify()
            continue
        if not outcome[0] and outcome[1].__cause__ is not None and not pool._threads:
            outcome[1].__cause__ = RemoteTraceback(*outcome[1].__cause__.args)
        settling = pool._unsettled.get(job)
        if settling is not None:
            settling._set(index, outcome)
        if not pool._unsettled and pool._state != 'RUN':
            with pool._change:
                pool._change.notify()


def _chunks(func: object, items: list, chunksize: int, kind: str) -> list:
    tasks = []
    for index, start in enumerate(range(0, len(items), chunksize)):
        tasks.append((index, func, tuple(items[start:start + chunksize]), {}, kind))
    return tasks


class ApplyResult:
    __module__ = 'multiprocessing.pool'

    def __init__(self, pool: "Pool", callback: object, error_callback: object) -> None:
        self._issuer = pool
        self._done = _ThreadEvent()
        self._job = pool._new_job()
        self._unsettled, self._on_result, self._on_error = pool._unsettled, callback, error_callback
        self._succeeded, self._settled_value = None, None
        self._unsettled[self._job] = self

    def ready(self) -> bool:
        return self._done.is_set()

    def successful(self) -> bool:
        if not self._done.is_set():
            raise ValueError(f"{self!r} not ready")
        return bool(self._succeeded)

    def wait(self, timeout: float | None = None) -> None:
        _suggest_wait_reason("pool result")
        self._done.wait(timeout)

    def get(self, timeout: float | None = None) -> object:
        ApplyResult.wait(self, timeout)
        if not self._done.is_set():
            raise TimeoutError()
        if not self._succeeded:
            raise self._settled_value
        return self._settled_value

    def _finish(self) -> None:
        self._done.set()
        self._unsettled.pop(self._job)
        self._issuer = None

    def _set(self, index: int, outcome: tuple) -> None:
        self._succeeded, self._settled_value = outcome
        hook = self._on_result if self._succeeded else self._on_error
        if hook is not None:
            hook(self._settled_value)
        self._finish()


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    __module__ = 'multiprocessing.pool'

    def __init__(self, pool: "Pool", chunksize: int, length: int, callback: object, error_callback: object) -> None:
        ApplyResult.__init__(self, pool, callback, error_callback)
        self._succeeded, self._settled_value, self._chunk = True, [None] * length, chunksize
        if not chunksize > 0:
            self._left = 0
            self._finish()
        else:
            self._left = length // chunksize + (1 if length % chunksize else 0)

    def _set(self, index: int, outcome: tuple) -> None:
        self._left -= 1
        succeeded, value = outcome
        if succeeded and self._succeeded:
            start = index * self._chunk
            self._settled_value[start:start + len(value)] = value
            if self._left == 0:
                ApplyResult._set(self, index, (True, self._settled_value))
            return
        if not succeeded and self._succeeded:
            self._succeeded, self._settled_value = False, value
        if self._left == 0:
            ApplyResult._set(self, index, (False, self._settled_value))


class IMapIterator:
    __module__ = 'multiprocessing.pool'

    def __init__(self, pool: "Pool", ordered: bool) -> None:
        self._issuer = pool
        self._gate = _ThreadCondition(_allocate_lock())
        self._job = pool._new_job()
        self._unsettled, self._ordered = pool._unsettled, ordered
        self._arrived = {}
        self._next_index = 0
        self._received, self._total = 0, None
        self._unsettled[self._job] = self

    def __iter__(self) -> "IMapIterator":
        return self

    def _take(self) -> tuple | None:
        if self._ordered:
            return self._arrived.pop(self._next_index, None)
        if self._arrived:
            key = next(iter(self._arrived))
            return self._arrived.pop(key)
        return None

    def next(self, timeout: float | None = None) -> object:
        with self._gate:
            while True:
                outcome = self._take()
                if outcome is not None:
                    self._next_index += 1
                    break
                if self._total is not None and self._next_index == self._total:
                    self._issuer = None
                    raise StopIteration()
                _suggest_wait_reason("pool result")
                if not self._gate.wait(timeout):
                    if self._total is not None and self._next_index == self._total:
                        raise StopIteration()
                    raise TimeoutError()
        succeeded, value = outcome
        if succeeded:
            return value
        raise value

    def __next__(self) -> object:
        return self.next()

    def _settled(self) -> None:
        if self._total is not None and self._received == self._total:
            self._unsettled.pop(self._job)

    def _set(self, index: int, outcome: tuple) -> None:
        with self._gate:
            self._arrived[index if self._ordered else self._received] = outcome
            self._received += 1
            self._gate.notify()
            self._settled()

    def _set_length(self, length: int) -> None:
        with self._gate:
            self._total = length
            self._gate.notify()
            self._settled()


class IMapUnorderedIterator(IMapIterator):
    __module__ = 'multiprocessing.pool'


def _flatten(batches: object) -> object:
    for batch in batches:
        yield from batch


class Pool:
    __module__ = 'multiprocessing.pool'
    _threads = False

    def __init__(self, processes: int | None = None, initializer: object = None, initargs: tuple = (),
                 maxtasksperchild: int | None = None, context: object = None) -> None:
        self._state = 'INIT'
        self._pool = []
        size = _workers_override(_cpu_count()) if processes is None else processes
        if size < 1:
            raise ValueError("Number of processes must be at least 1")
        per_child = maxtasksperchild
        if per_child is not None and (not isinstance(per_child, int) or per_child <= 0):
            raise ValueError("maxtasksperchild must be a positive int or None")
        if not (initializer is None or callable(initializer)):
            raise TypeError('initializer must be a callable')
        self._ctx = get_context() if context is None else context
        self._setup = (initializer, tuple(initargs), per_child)
        self._retired = []
        self._unsettled = dict()
        self._jobs_issued = 0
        self._taskqueue = _ThreadSimpleQueue()
        self._inqueue = _ThreadSimpleQueue()
        self._outqueue = _ThreadSimpleQueue()
        self._change = _ThreadCondition(_allocate_lock())
        _executor_event("create", type(self).__name__, size)
        for _ in range(size):
            self._pool.append(self._start_worker())
        self._state = 'RUN'
        self._handlers = [self._start_handler(body) for body in (_handle_workers, _handle_tasks, _handle_results)]

    def _start_handler(self, body: object) -> Thread:
        handler = Thread(target=body, args=(self,), daemon=True)
        handler.start()
        return handler

    def _start_worker(self) -> object:
        process = self._ctx.Process(target=worker, args=(self._inqueue, self._outqueue, *self._setup[:2], True,
                                                         self._setup[2]), daemon=True)
        process.name = process.name.replace('Process', 'PoolWorker')
        process._kept = (self._inqueue, self._outqueue)
        process.start()
        return process

    def _replace_retired(self) -> None:
        while self._retired and self._state != 'TERMINATE':
            pid = self._retired.pop(0)
            for member in self._pool:
                if member.pid == pid:
                    member.join()
                    self._pool[self._pool.index(member)] = self._start_worker()
                    break

    def __repr__(self) -> str:
        return f"<multiprocessing.pool.{type(self).__name__} state={self._state} pool_size={len(self._pool)}>"

    def _new_job(self) -> int:
        self._jobs_issued += 1
        return self._jobs_issued - 1

    def _ensure_running(self) -> None:
        if self._state != 'RUN':
            raise ValueError("Pool not running")

    def _submit(self, job: object, tasks: list) -> None:
        for index, func, args, kwds, kind in tasks:
            _submitted(type(self).__name__, func, args)
        self._taskqueue.put((job, tasks))

    def apply_async(self, func: object, args: tuple = (), kwds: dict = {}, callback: object = None,
                    error_callback: object = None) -> ApplyResult:
        self._ensure_running()
        job = ApplyResult(self, callback, error_callback)
        self._submit(job, [(0, func, tuple(args), dict(kwds), 'call')])
        return job

    def apply(self, func: object, args: tuple = (), kwds: dict = {}) -> object:
        job = self.apply_async(func, args, kwds)
        return job.get()

    def _map_async(self, func: object, iterable: object, kind: str, size: int | None, callback: object,
                   error_callback: object) -> MapResult:
        self._ensure_running()
        items = list(iterable)
        if size is None:  # about four chunks per worker
            size, extra = divmod(len(items), len(self._pool) * 4)
            size += 1 if extra else 0
        if not items:
            size = 0
        job = MapResult(self, size, len(items), callback, error_callback)
        if size > 0:
            self._submit(job, _chunks(func, items, size, kind))
        return job

    def map_async(self, func: object, iterable: object, chunksize: int | None = None, callback: object = None,
                  error_callback: object = None) -> MapResult:
        return self._map_async(func, iterable, 'map', chunksize, callback, error_callback)

    def starmap_async(self, func: object, iterable: object, chunksize: int | None = None, callback: object = None,
                      error_callback: object = None) -> MapResult:
        return self._map_async(func, iterable, 'starmap', chunksize, callback, error_callback)

    def map(self, func: object, iterable: object, chunksize: int | None = None) -> list:
        return self._map_async(func, iterable, 'map', chunksize, None, None).get()

    def starmap(self, func: object, iterable: object, chunksize: int | None = None) -> list:
        return self._map_async(func, iterable, 'starmap', chunksize, None, None).get()

    def _imap(self, func: object, iterable: object, size: int, ordered: bool) -> object:
        self._ensure_running()
        if size < 1:
            raise ValueError(f"Chunksize must be 1+, not {size:n}")
        job = IMapIterator(self, ordered) if ordered else IMapUnorderedIterator(self, ordered)
        items = list(iterable)
        if size > 1:
            self._submit(job, _chunks(func, items, size, 'map'))
            return _flatten(job)
        self._submit(job, [(index, func, (item,), {}, 'call') for index, item in enumerate(items)])
        return job

    def imap(self, func: object, iterable: object, chunksize: int = 1) -> object:
        return self._imap(func, iterable, chunksize, True)

    def imap_unordered(self, func: object, iterable: object, chunksize: int = 1) -> object:
        return self._imap(func, iterable, chunksize, False)

    def close(self) -> None:
        if self._state == 'RUN':
            _executor_event("shutdown", type(self).__name__)
            self._state = 'CLOSE'
            with self._change:
                self._change.notify()

    def terminate(self) -> None:
        if self._state == 'TERMINATE':
            return
        _executor_event("shutdown", type(self).__name__)
        with self._change:
            self._state = 'TERMINATE'
            self._change.notify()
        while not self._inqueue.empty():
            self._inqueue.get()
        if not self._threads:
            for member in self._pool:
                member.terminate()
        self._join_all()

    def join(self) -> None:
        if self._state == 'RUN':
            raise ValueError("Pool is still running")
        if self._state not in ('CLOSE', 'TERMINATE'):
            raise ValueError("In unknown state")
        self._join_all()

    def _join_all(self) -> None:
        for member in self._handlers + self._pool:
            member.join()

    def __enter__(self) -> "Pool":
        self._ensure_running()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.terminate()


class ThreadPool(Pool):
    __module__ = 'multiprocessing.pool'
    _threads = True

    def __init__(self, processes: int | None = None, initializer: object = None, initargs: tuple = ()) -> None:
        Pool.__init__(self, processes, initializer=initializer, initargs=initargs)

    def _start_worker(self) -> object:
        member = Thread(target=worker, args=(self._inqueue, self._outqueue, *self._setup[:2], False), daemon=True)
        member.start()
        return member


class BaseContext:
    __module__ = 'multiprocessing.context'
    _name = None

    def get_start_method(self, allow_none: bool = False) -> str:
        return self._name

    def get_context(self, method: str | None = None) -> "BaseContext":
        return get_context(method)

    def Pool(self, processes: int | None = None, initializer: object = None, initargs: tuple = (),
             maxtasksperchild: int | None = None) -> Pool:
        return Pool(processes, initializer, initargs, maxtasksperchild, context=self)


class ForkContext(BaseContext):
    __module__ = 'multiprocessing.context'
    _name = 'fork'
    Process = ForkProcess


class SpawnContext(BaseContext):
    __module__ = 'multiprocessing.context'
    _name = 'spawn'
    Process = SpawnProcess


class ForkServerContext(BaseContext):
    __module__ = 'multiprocessing.context'
    _name = 'forkserver'
    Process = ForkServerProcess


def _made_here(make: object) -> object:
    def made(self: BaseContext, *args: object, **kwargs: object) -> object:
        return make(*args, ctx=self, **kwargs)
    made.__name__ = make.__name__
    return made


for _shared in (Queue, JoinableQueue, SimpleQueue, Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event,
                Barrier, Value, Array):
    setattr(BaseContext, _shared.__name__, _made_here(_shared))
for _shared in (RawValue, RawArray, cpu_count, current_process, parent_process, active_children, Pipe,
                freeze_support, get_all_start_methods):
    setattr(BaseContext, _shared.__name__, staticmethod(_shared))
_contexts = {'fork': ForkContext(), 'spawn': SpawnContext(), 'forkserver': ForkServerContext()}
"""#
}
