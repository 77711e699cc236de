/// `multiprocessing.Pipe` and `multiprocessing.connection` (`Connection`, `wait`), written for asyncviz. A pipe
/// end is one object every simulated process sees; like a file descriptor after `fork`, it is open in the
/// process that made it and in every process forked while it was open there (a spawned process holds the ends
/// it was given), until each closes it or exits.
/// `recv` on an empty pipe raises `EOFError` once no process holds the other end open (CPython then reports
/// end of file; while some process, the parent included, still holds it, it waits, as CPython does).
enum ConnectionSource {
    static let text = #"""


_pipes_changed = _ThreadCondition()
_open_ends = []


class _Channel:
    __slots__ = ('_messages',)

    def __init__(self) -> None:
        self._messages = []


def _inherit_ends(child: object) -> None:
    parent = current_process()
    for end in _open_ends:
        if parent in end._holders:
            end._holders.add(child)


def _inherit_passed(child: object) -> None:
    passed = list(vars(child).values()) + list(child._call_args) + list(child._call_kwargs.values())
    parent = current_process()
    for end in _open_ends:
        if parent in end._holders and any(end is value for value in passed):
            end._holders.add(child)


def _adopt_ends(parent_side: object, child: object) -> None:
    for end in _open_ends:
        if parent_side in end._holders:
            end._holders.add(child)


def _drop_ends(gone: object) -> None:
    with _pipes_changed:
        for end in _open_ends:
            end._holders.discard(gone)
        _pipes_changed.notify_all()


class Connection:
    __module__ = 'multiprocessing.connection'

    def __init__(self, inbox: object, outbox: object) -> None:
        self._inbox = inbox
        self._outbox = outbox
        self._holders = {current_process()}
        self._peer = None
        _open_ends.append(self)

    @property
    def closed(self) -> bool:
        return current_process() not in self._holders

    @property
    def readable(self) -> bool:
        return self._inbox is not None

    @property
    def writable(self) -> bool:
        return self._outbox is not None

    def _usable(self, reading: bool) -> None:
        if self.closed:
            raise OSError("handle is closed")
        if reading and self._inbox is None:
            raise OSError("connection is write-only")
        if not reading and self._outbox is None:
            raise OSError("connection is read-only")

    def _post(self, item: object) -> None:
        with _pipes_changed:
            self._outbox._messages.append(item)
            _pipes_changed.notify_all()

    def _has_input(self) -> bool:
        return bool(self._inbox._messages) or not self._peer._holders

    def _take(self) -> object:
        with _pipes_changed:
            while not self._inbox._messages:
                if not self._peer._holders:
                    raise EOFError
                _suggest_wait_reason("pipe")
                _pipes_changed.wait()
            return self._inbox._messages.pop(0)

    def send(self, obj: object) -> None:
        self._usable(False)
        self._post(_pickle(obj, "send"))

    def recv(self) -> object:
        self._usable(True)
        message = self._take()
        if isinstance(message, bytes):
            raise OSError("bad message: sent with send_bytes, read it with recv_bytes")
        return _unpickle(message)

    def send_bytes(self, buf: object, offset: int = 0, size: int | None = None) -> None:
        self._usable(False)
        data = bytes(buf)
        if offset < 0:
            raise ValueError("offset is negative")
        if len(data) < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = len(data) - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > len(data):
            raise ValueError("buffer length < offset + size")
        self._post(data[offset:offset + size])

    def recv_bytes(self, maxlength: int | None = None) -> bytes:
        self._usable(True)
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        message = self._take()
        if not isinstance(message, bytes):
            raise OSError("bad message: sent with send, read it with recv")
        if maxlength is not None and len(message) > maxlength:
            self.close()
            raise OSError("bad message length")
        return message

    def poll(self, timeout: float | None = 0.0) -> bool:
        self._usable(True)
        with _pipes_changed:
            if timeout is not None and timeout <= 0:
                return self._has_input()
            _suggest_wait_reason("pipe")
            return _pipes_changed.wait_for(self._has_input, timeout)

    def close(self) -> None:
        with _pipes_changed:
            self._holders.discard(current_process())
            _pipes_changed.notify_all()

    def __enter__(self) -> object:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def Pipe(duplex: bool = True) -> tuple:
    if duplex:
        there, back = _Channel(), _Channel()
        first, second = Connection(back, there), Connection(there, back)
    else:
        one_way = _Channel()
        first, second = Connection(one_way, None), Connection(None, one_way)
    first._peer, second._peer = second, first
    return first, second


def wait(object_list: object, timeout: float | None = None) -> list:
    ends = list(object_list)

    def ready() -> list:
        return [end for end in ends if end._has_input()]

    with _pipes_changed:
        if timeout is None or timeout > 0:
            _suggest_wait_reason("pipe")
            _pipes_changed.wait_for(ready, timeout)
        return ready()
"""#
}
