/// The Python source of `logging.handlers` for a sandbox: `QueueHandler` and `QueueListener`, the recipe for
/// logging from many threads or processes through one queue (a listener thread hands each record to the real
/// handlers). The handlers that write files, sockets, syslog or mail are absent: a scenario has none of those.
enum LoggingHandlersSource {
    /// What the module takes from `logging`, `threading` and `copy`.
    static func natives(_ vm: VM) throws -> [String: Value] {
        let logging = try vm.importModule("logging", leaf: true)
        let threading = try vm.importModule("threading", leaf: true)
        let copy = try vm.importModule("copy", leaf: true)
        return [
            "_Handler": logging.attribute("Handler") ?? .none,
            "_Thread": threading.attribute("Thread") ?? .none,
            "_copy": copy.attribute("copy") ?? .none,
        ]
    }

    static let text = #"""
class QueueHandler(_Handler):
    """Puts each record, its message formatted, on a queue for a `QueueListener` to handle elsewhere."""

    def __init__(self, queue: object) -> None:
        _Handler.__init__(self)
        self.queue, self.listener = queue, None

    def enqueue(self, entry: object) -> None:
        put = self.queue.put_nowait
        put(entry)

    def prepare(self, entry: object) -> object:
        text = self.format(entry)
        ready = _copy(entry)
        ready.message = ready.msg = text
        ready.args = ready.exc_info = ready.exc_text = None
        return ready

    def emit(self, entry: object) -> None:
        try:
            ready = self.prepare(entry)
            self.enqueue(ready)
        except Exception as problem:
            if isinstance(problem, RecursionError):
                raise
            self.handleError(entry)


class QueueListener:
    """A thread that takes records off a queue and passes each to its handlers, until `stop()`."""
    _sentinel = None

    def __init__(self, queue: object, *handlers: object, respect_handler_level: bool = False) -> None:
        self.queue, self.handlers, self.respect_handler_level = queue, handlers, respect_handler_level
        self._worker = None

    def dequeue(self, block: bool) -> object:
        taken = self.queue.get(block)
        return taken

    def start(self) -> None:
        worker = _Thread(target=self._monitor, daemon=True)
        worker.start()
        self._worker = worker

    def prepare(self, entry: object) -> object:
        return entry

    def handle(self, entry: object) -> None:
        entry = self.prepare(entry)
        for target in self.handlers:
            if not self.respect_handler_level or entry.levelno >= target.level:
                target.handle(entry)

    def _monitor(self) -> None:
        done = getattr(self.queue, 'task_done', None)
        while True:
            entry = self.dequeue(True)
            finished = entry is self._sentinel
            if not finished:
                self.handle(entry)
            if done is not None:
                done()
            if finished:
                return

    def enqueue_sentinel(self) -> None:
        put = self.queue.put_nowait
        put(self._sentinel)

    def stop(self) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            self.enqueue_sentinel()
            worker.join()
"""#
}
