/// The Python source of `traceback`: the VM's own rendering of an exception (`Traceback.render`) cut into
/// CPython's pieces (the header, one piece per frame, the exception line), with `limit`, and the scenario's stack.
enum TracebackSource {
    static let text = #"""
_NOTHING = object()


def _pieces(text):
    """A rendered traceback as format_exception's list: a frame's source and carets join its `File` line."""
    out = []
    for piece in text.splitlines(True):
        if piece.startswith('    ') and out and out[-1].startswith('  File '):
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
"""#
}
