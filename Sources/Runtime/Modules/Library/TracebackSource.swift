/// The Python source of `traceback`: the VM's own rendering of an exception (`Traceback.render`) cut into
/// CPython's pieces (the header, one piece per frame, the exception line), with `limit`, and the scenario's stack;
/// `extract_tb`/`extract_stack` read those pieces back into `FrameSummary` entries of a `StackSummary`.
enum TracebackSource {
    static let text = #"""
_NOTHING = object()


_CHAIN_LINES = ('The above exception was the direct cause of the following exception:\n',
                'During handling of the above exception, another exception occurred:\n')


def _pieces(text):
    """A rendered traceback as format_exception's list: a frame's source and carets join its `File` line, and
    the line between two chained exceptions is one piece with the blank lines around it."""
    out = []
    for piece in text.splitlines(True):
        joins_frame = piece.startswith('    ') and out and out[-1].startswith('  File ')
        joins_chain = out and (piece in _CHAIN_LINES and out[-1] == '\n' or
                               piece == '\n' and out[-1].endswith(_CHAIN_LINES))
        if joins_frame or joins_chain:
            out[-1] += piece
        else:
            out.append(piece)
    return out


def _limited(pieces, limit):
    """Only the outermost `limit` frames of each traceback (the innermost -limit when negative)."""
    if limit is None or not pieces:
        return pieces
    out, frames = [], []
    for piece in pieces + ['']:
        if piece.startswith('  File '):
            frames.append(piece)
            continue
        if frames:
            out.extend(frames[:max(limit, 0)] if limit >= 0 else frames[limit:])
            frames = []
        if piece:
            out.append(piece)
    return out


def _exception_of(exc, value):
    return exc if value is _NOTHING else value


def format_exception(exc, /, value=_NOTHING, tb=_NOTHING, limit=None, chain=True):
    exc = _exception_of(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    return _limited(_pieces(_format_exception(exc)), limit)


def format_exception_only(exc, /, value=_NOTHING):
    exc = _exception_of(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    return _pieces(_exception_only(exc))


def format_exc(limit=None, chain=True) -> str:
    return ''.join(format_exception(_current_exception(), limit=limit, chain=chain))


def _write(text, file):
    (_write_stderr if file is None else file.write)(text)


def print_exception(exc, /, value=_NOTHING, tb=_NOTHING, limit=None, file=None, chain=True):
    _write(''.join(format_exception(exc, value, tb, limit=limit, chain=chain)), file)


def print_exc(limit=None, file=None, chain=True) -> None:
    _write(format_exc(limit=limit, chain=chain), file)


def format_stack(f=None, limit=None) -> list:
    if f:
        raise NotImplementedError('asyncviz: format_stack and print_stack show the running stack only (f=None)')
    return _limited(_pieces(_call_stack()), limit)


def print_stack(f=None, limit=None, file=None) -> None:
    _write(''.join(format_stack(f, limit)), file)


class FrameSummary:
    """One frame of a traceback or a stack: where it was and the line it ran."""
    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals', '_piece')

    def __init__(self, filename: str, lineno: int, name: str, *, lookup_line: bool = True, locals: object = None,
                 line: object = None) -> None:
        self.filename, self.lineno, self.name = filename, lineno, name
        self._line, self.locals, self._piece = line, locals, None

    @property
    def line(self) -> str:
        if self._line is None:
            self._line = (_source_line(self.filename, self.lineno) or '').strip()
        return self._line

    def _fields(self) -> tuple:
        return self.filename, self.lineno, self.name, self.line

    def __eq__(self, other: object) -> bool:
        if isinstance(other, FrameSummary) or isinstance(other, tuple):
            return self._fields() == (other._fields() if isinstance(other, FrameSummary) else other)
        return NotImplemented

    def __getitem__(self, position: int) -> object:
        return self._fields()[position]

    def __iter__(self) -> object:
        return iter(self._fields())

    def __len__(self) -> int:
        return 4

    def __repr__(self) -> str:
        return f'<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>'


class StackSummary(list):
    """A list of FrameSummary entries, outermost first."""

    @classmethod
    def from_list(cls, entries: object) -> "StackSummary":
        return cls(e if isinstance(e, FrameSummary) else FrameSummary(e[0], e[1], e[2], line=e[3]) for e in entries)

    def format(self) -> list:
        out = []
        for entry in self:
            if entry._piece is not None:
                out.append(entry._piece)
                continue
            text = f'  File "{entry.filename}", line {entry.lineno}, in {entry.name}\n'
            out.append(text + (f'    {entry.line.strip()}\n' if entry.line else ''))
        return out


def _summaries(pieces: list, limit: object) -> StackSummary:
    """The frame pieces of a rendering as a StackSummary, cut to `limit` as the module's functions cut."""
    frames = [piece for piece in pieces if piece.startswith('  File "')]
    if limit is not None:
        frames = frames[:max(limit, 0)] if limit >= 0 else frames[limit:]
    summary = StackSummary()
    for piece in frames:
        head, _, rest = piece.partition('\n')
        filename, _, place = head[len('  File "'):].partition('", line ')
        lineno, _, name = place.partition(', in ')
        entry = FrameSummary(filename, int(lineno), name, line=rest.partition('\n')[0].strip())
        entry._piece = piece
        summary.append(entry)
    return summary


def extract_tb(tb: object, limit: object = None) -> StackSummary:
    return _summaries(_pieces(_frames(tb)), limit)


def format_tb(tb: object, limit: object = None) -> list:
    return extract_tb(tb, limit).format()


def print_tb(tb: object, limit: object = None, file: object = None) -> None:
    _write(''.join(format_tb(tb, limit)), file)


def extract_stack(f: object = None, limit: object = None) -> StackSummary:
    if f:
        raise NotImplementedError('asyncviz: extract_stack shows the running stack only (f=None)')
    return _summaries(_pieces(_call_stack()), limit)


def format_list(extracted_list: list) -> list:
    summary = StackSummary.from_list(extracted_list)
    return summary.format()


def print_list(extracted_list: list, file: object = None) -> None:
    _write(''.join(format_list(extracted_list)), file)
"""#
}
