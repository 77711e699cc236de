/// The Python source of `io`: the in-memory streams `StringIO` and `BytesIO` (read, write, seek, lines,
/// iteration, with-blocks; `print(file=...)` and `contextlib.redirect_stdout` write into them). A scenario
/// cannot reach files, so `io.open` is refused as the builtin `open` is.
enum IoSource {
    static let text = #"""
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    __module__ = 'io'


def open(*args, **kwargs):
    raise NotImplementedError('io.open() is not available in asyncviz: a scenario cannot read or write files')


class _MemoryStream:
    """What StringIO and BytesIO share: a buffer of items (characters or bytes), a position, closing."""

    def __init__(self, initial):
        self._items = list(initial)
        self._pos = 0
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError('I/O operation on closed file')

    def _check_type(self, data):
        raise NotImplementedError

    def write(self, data):
        self._check()
        self._check_type(data)
        count = len(data)
        if self._pos > len(self._items):
            self._items.extend([self._EMPTY] * (self._pos - len(self._items)))
        self._items[self._pos:self._pos + count] = list(data)
        self._pos += count
        return count

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        end = len(self._items) if size is None or size < 0 else min(len(self._items), self._pos + size)
        start = min(self._pos, len(self._items))
        self._pos = max(self._pos, end)
        return self._join(self._items[start:end])

    def readline(self, size=-1):
        self._check()
        items, end = self._items, self._pos
        limit = len(items) if size is None or size < 0 else min(len(items), self._pos + size)
        while end < limit:
            end += 1
            if items[end - 1] == self._NEWLINE:
                break
        start = min(self._pos, len(items))
        self._pos = max(self._pos, end)
        return self._join(items[start:end])

    def readlines(self, hint=-1):
        lines, total = [], 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def getvalue(self):
        self._check()
        return self._join(self._items)

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError(f'Negative seek position {pos}')
            self._pos = pos
        elif whence in (1, 2):
            if pos != 0 and not self._RELATIVE_SEEKS:
                kind = 'cur' if whence == 1 else 'end'
                raise OSError(f"Can't do nonzero {kind}-relative seeks")
            base = self._pos if whence == 1 else len(self._items)
            self._pos = max(0, base + pos)
        else:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        size = self._pos if size is None else size
        if size < 0:
            raise ValueError(f'Negative size value {size}')
        del self._items[size:]
        return size

    def close(self):
        self.closed = True

    def flush(self):
        self._check()

    def readable(self):
        self._check()
        return True

    writable = readable
    seekable = readable

    def isatty(self):
        self._check()
        return False

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *details):
        self.close()


class StringIO(_MemoryStream):
    """An in-memory text stream."""
    _EMPTY = '\0'
    _NEWLINE = '\n'
    _RELATIVE_SEEKS = False

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError(f'initial_value must be str or None, not {type(initial_value).__name__}')
        _MemoryStream.__init__(self, initial_value)
        self.newline = newline

    def _check_type(self, data):
        if not isinstance(data, str):
            raise TypeError(f"string argument expected, got '{type(data).__name__}'")

    def _join(self, items):
        return ''.join(items)

    @property
    def line_buffering(self):
        return False


class BytesIO(_MemoryStream):
    """An in-memory binary stream."""
    _EMPTY = 0
    _NEWLINE = 10
    _RELATIVE_SEEKS = True

    def __init__(self, initial_bytes=b''):
        _MemoryStream.__init__(self, bytes(initial_bytes))

    def _check_type(self, data):
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")

    def _join(self, items):
        return bytes(items)

    def read1(self, size=-1):
        return self.read(size)
"""#
}
