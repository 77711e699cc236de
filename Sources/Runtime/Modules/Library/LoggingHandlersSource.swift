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
        self.queue = queue
        self.listener = None

    def enqueue(self, record: object) -> None:
        self.queue.put_nowait(record)

    def prepare(self, record: object) -> object:
        text = self.format(record)
        ready = _copy(record)
        ready.message = ready.msg = text
        ready.args = ready.exc_info = ready.exc_text = None
        return ready

    def emit(self, record: object) -> None:
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener:
    """A thread that takes records off a queue and passes each to its handlers, until `stop()`."""
    _sentinel = None

    def __init__(self, queue: object, *handlers: object, respect_handler_level: bool = False) -> None:
        self.queue, self.handlers = queue, handlers
        self.respect_handler_level = respect_handler_level
        self._thread = None

    def dequeue(self, block: bool) -> object:
        return self.queue.get(block)

    def start(self) -> None:
        self._thread = _Thread(target=self._monitor, daemon=True)
        self._thread.start()

    def prepare(self, record: object) -> object:
        return record

    def handle(self, record: object) -> None:
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level or record.levelno >= handler.level:
                handler.handle(record)

    def _monitor(self) -> None:
        done_after = getattr(self.queue, 'task_done', None)
        while True:
            record = self.dequeue(True)
            if record is self._sentinel:
                if done_after is not None:
                    done_after()
                return
            self.handle(record)
            if done_after is not None:
                done_after()

    def enqueue_sentinel(self) -> None:
        self.queue.put_nowait(self._sentinel)

    def stop(self) -> None:
        if self._thread is not None:
            self.enqueue_sentinel()
            self._thread.join()
            self._thread = None
"""#
}
