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


def open(*args: object, **kwargs: object) -> object:
    raise NotImplementedError('io.open() is not available in asyncviz: a scenario cannot read or write files')


class _MemoryStream:
    """What StringIO and BytesIO share: a buffer of items (characters or bytes), a position, closing."""

    def __init__(self, initial: object) -> None:
        self._items, self._pos, self.closed = list(initial), 0, False

    def _check(self) -> None:
        if self.closed:
            raise ValueError('I/O operation on closed file')

    def write(self, s: object) -> int:
        self._check()
        self._check_type(s)
        count = len(s)
        if self._pos > len(self._items):
            self._items.extend([self._EMPTY] * (self._pos - len(self._items)))
        self._items[self._pos:self._pos + count] = list(s)
        self._pos += count
        return count

    def writelines(self, pieces: object) -> None:
        for piece in pieces:
            self.write(piece)

    def read(self, size: int = -1) -> object:
        self._check()
        end = len(self._items) if size is None or size < 0 else min(len(self._items), self._pos + size)
        start = min(self._pos, len(self._items))
        self._pos = max(self._pos, end)
        return self._join(self._items[start:end])

    def readline(self, size: int = -1) -> object:
        self._check()
        items, end = self._items, self._pos
        limit = len(items) if size is None or size < 0 else min(len(items), self._pos + size)
        while end < limit:
            ending = self._line_end(items, end)
            end = min(end + max(ending, 1), limit)
            if ending:
                break
        start = min(self._pos, len(items))
        self._pos = max(self._pos, end)
        return self._join(items[start:end])

    def _line_end(self, items: list, i: int) -> int:
        """The length of the line ending that starts at `i`, or 0."""
        return 1 if items[i] == self._NEWLINE else 0

    def readlines(self, hint: int = -1) -> list:
        got, total = [], 0
        while hint is None or hint <= 0 or total < hint:
            piece = self.readline()
            if not piece:
                break
            got.append(piece)
            total += len(piece)
        return got

    def __iter__(self) -> object:
        self._check()
        return self

    def __next__(self) -> object:
        piece = self.readline()
        if piece:
            return piece
        raise StopIteration

    def getvalue(self) -> object:
        self._check()
        return self._join(self._items)

    def seek(self, pos: int, whence: int = 0) -> int:
        self._check()
        if whence not in (0, 1, 2):
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        if whence == 0 and pos < 0:
            raise ValueError(f'Negative seek position {pos}')
        if whence and pos != 0 and not self._RELATIVE_SEEKS:
            raise OSError(f"Can't do nonzero {'cur' if whence == 1 else 'end'}-relative seeks")
        start = (0, self._pos, len(self._items))[whence]
        self._pos = max(0, start + pos)
        return self._pos

    def tell(self) -> int:
        self._check()
        return self._pos

    def truncate(self, size: int = None) -> int:
        self._check()
        size = self._pos if size is None else size
        if size < 0:
            raise ValueError(f'Negative size value {size}')
        del self._items[size:]
        return size

    def close(self) -> None:
        self.closed = True

    def flush(self) -> None:
        self._check()

    def readable(self) -> bool:
        self._check()
        return True

    writable = readable
    seekable = readable

    def isatty(self) -> bool:
        self._check()
        return False

    def fileno(self) -> int:
        raise UnsupportedOperation('fileno')

    def __enter__(self) -> object:
        self._check()
        return self

    def __exit__(self, *details: object) -> None:
        self.close()


class StringIO(_MemoryStream):
    """An in-memory text stream."""
    _EMPTY = '\0'
    _NEWLINE = '\n'
    _RELATIVE_SEEKS = False

    def __init__(self, initial_value: str = '', newline: str = '\n') -> None:
        text = '' if initial_value is None else initial_value
        if not isinstance(text, str):
            raise TypeError(f'initial_value must be str or None, not {type(text).__name__}')
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f'newline must be str or None, not {type(newline).__name__}')
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline!r}')
        _MemoryStream.__init__(self, '')
        self._newline = newline
        self.write(text)
        self._pos = 0

    def _check_type(self, piece: object) -> None:
        if not isinstance(piece, str):
            raise TypeError(f"string argument expected, got '{type(piece).__name__}'")

    def write(self, s: str) -> int:
        """Writes `s` with its line endings translated as `newline` asks: None makes every ending '\\n',
        '\\r' and '\\r\\n' replace each '\\n'."""
        self._check_type(s)
        text = s
        if self._newline is None:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        elif self._newline in ('\r', '\r\n'):
            text = text.replace('\n', self._newline)
        _MemoryStream.write(self, text)
        return len(s)

    def _line_end(self, items: list, i: int) -> int:
        ending, c = self._newline or '', items[i]
        follows_newline = items[i + 1:i + 2] == ['\n']
        if ending == '\r\n':
            return 2 if c == '\r' and follows_newline else 0
        if ending == '\r':
            return 1 if c == '\r' else 0
        if c == '\r' and self._newline == '':
            return 2 if follows_newline else 1
        return 1 if c == '\n' else 0

    def _join(self, items: list) -> str:
        return ''.join(items)

    line_buffering = False


class BytesIO(_MemoryStream):
    """An in-memory binary stream."""
    _EMPTY = 0
    _NEWLINE = 10
    _RELATIVE_SEEKS = True

    def __init__(self, initial_bytes: bytes = b'') -> None:
        _MemoryStream.__init__(self, bytes(initial_bytes))

    def _check_type(self, piece: object) -> None:
        if isinstance(piece, str):
            raise TypeError("a bytes-like object is required, not 'str'")

    def _join(self, items: list) -> bytes:
        return bytes(items)

    read1 = _MemoryStream.read
"""#
}
