extension FuturesLibrarySource {
    /// `ProcessPoolExecutor` (`process.py`, fork start method as on Linux): all
    /// worker processes start at the first submit; a manager thread feeds a
    /// bounded call queue (pickling the calls) and sets futures from the
    /// result queue; workers unpickle, call, and pickle the result back.
    /// Differences: one queue carries results and wake-ups, and pickling
    /// is charged to the thread that does it.
    static let processPool = #"""
EXTRA_QUEUED_CALLS = 1
_WAKEUP = 'wakeup'


_BROKEN = 'broken'


def _process_worker(call_queue, result_queue, initializer, initargs):
    _process_started()
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException as e:
            _log_exception("Exception in initializer:", e)
            result_queue.put(_BROKEN)
            return
    while True:
        call_item = call_queue.get(block=True)
        if call_item is None:
            return
        work_id, fn, args, kwargs = _unpickle(call_item)
        _workitem_start(fn, args)
        try:
            r = fn(*args, **kwargs)
        except BaseException as e:
            _workitem_end("raised " + type(e).__name__)
            result_queue.put(_pickle((work_id, e, None), "exception"))
        else:
            _workitem_end("returned")
            try:
                pickled = _pickle((work_id, None, r), "result")
            except BaseException as e:
                pickled = _pickle((work_id, e, None), "exception")
            result_queue.put(pickled)


def _add_call_items(executor):
    while not executor._call_queue.full():
        try:
            work_id = executor._work_ids.get(block=False)
        except Empty:
            return
        work_item = executor._pending_work_items.get(work_id)
        if work_item is None:
            continue
        if work_item.future.set_running_or_notify_cancel():
            try:
                pickled = _pickle((work_id, work_item.fn, work_item.args, work_item.kwargs), "call")
            except BaseException as e:
                del executor._pending_work_items[work_id]
                work_item.future.set_exception(e)
                continue
            executor._call_queue.put(pickled, block=True)
        else:
            del executor._pending_work_items[work_id]


def _manage(executor):
    while True:
        _add_call_items(executor)
        item = executor._result_queue.get(block=True)
        if item == _BROKEN:
            executor._broken = 'A child process terminated abruptly, the process pool is not usable anymore'
            for work_id, work_item in list(executor._pending_work_items.items()):
                work_item.future.set_exception(BrokenProcessPool(
                    "A process in the process pool was terminated abruptly while the future was running or pending."))
            executor._pending_work_items.clear()
            executor._shutdown_thread = True
            for p in executor._processes:
                executor._call_queue.put(None, block=True)
            return
        if item != _WAKEUP:
            work_id, exception, result = _unpickle(item)
            work_item = executor._pending_work_items.pop(work_id, None)
            if work_item is not None:
                if exception is not None:
                    work_item.future.set_exception(exception)
                else:
                    work_item.future.set_result(result)
        if _shutdown or executor._shutdown_thread:
            if executor._cancel_pending_futures:
                for work_id, work_item in list(executor._pending_work_items.items()):
                    if work_item.future.cancel():
                        del executor._pending_work_items[work_id]
                while True:
                    try:
                        executor._work_ids.get(block=False)
                    except Empty:
                        break
                executor._cancel_pending_futures = False
            if not executor._pending_work_items:
                for p in executor._processes:
                    executor._call_queue.put(None, block=True)
                for p in executor._processes:
                    _join(p, None)
                return


class ProcessPoolExecutor(Executor):
    __module__ = 'concurrent.futures.process'

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *, max_tasks_per_child=None):
        if max_workers is None:
            self._max_workers = _workers_override(_cpu_count())
        else:
            if max_workers <= 0:
                raise ValueError("max_workers must be greater than 0")
            self._max_workers = _workers_override(max_workers)
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        self._initializer = initializer
        self._initargs = initargs
        self._manager_thread = None
        self._processes = []
        self._shutdown_thread = False
        self._shutdown_lock = Lock()
        self._broken = False
        self._queue_count = 0
        self._pending_work_items = {}
        self._cancel_pending_futures = False
        self._call_queue = Queue(self._max_workers + EXTRA_QUEUED_CALLS)
        self._result_queue = SimpleQueue()
        self._work_ids = Queue()
        _executor_event("create", "ProcessPoolExecutor", self._max_workers)

    def _start_executor_manager_thread(self):
        if self._manager_thread is None:
            for i in range(self._max_workers):
                main = Thread(name="MainThread", daemon=False)
                handle = _launch_process(_process_worker, main,
                                         (self._call_queue, self._result_queue, self._initializer, self._initargs))
                self._processes.append(handle)
            self._manager_thread = Thread()
            self._manager_thread._target = _manage
            self._manager_thread._args = (self,)
            self._manager_thread.start()
            _process_pools.append(self)

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown_thread:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            f = Future()
            w = _WorkItem(f, fn, args, kwargs)
            self._pending_work_items[self._queue_count] = w
            self._work_ids.put(self._queue_count)
            self._queue_count += 1
            _submitted("ProcessPoolExecutor", fn, args)
            self._result_queue.put(_WAKEUP)
            self._start_executor_manager_thread()
            return f

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        return Executor.map(self, fn, *iterables, timeout=timeout)

    def shutdown(self, wait=True, *, cancel_futures=False):
        _executor_event("shutdown", "ProcessPoolExecutor")
        with self._shutdown_lock:
            self._cancel_pending_futures = cancel_futures
            self._shutdown_thread = True
            if self._manager_thread is not None:
                self._result_queue.put(_WAKEUP)
        if self._manager_thread is not None and wait:
            self._manager_thread.join()


_process_pools = []


def _wake_process_pools():
    for executor in _process_pools:
        executor._result_queue.put(_WAKEUP)
    for executor in _process_pools:
        executor._manager_thread.join()


_register_atexit(_wake_process_pools)
"""#
}
