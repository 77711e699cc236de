/// The Python source of `warnings`: `warn` (category, stacklevel) located at a scenario frame, the filter list
/// with its actions (default, once, always, module, ignore, error) and CPython's default filters, the registries
/// that show a warning once (cleared whenever the filters change), `catch_warnings` (record) and `showwarning`.
enum WarningsSource {
    static let text = #"""
_ACTIONS = ('default', 'error', 'ignore', 'always', 'module', 'once')
filters = [('default', None, DeprecationWarning, '__main__', 0), ('ignore', None, DeprecationWarning, None, 0),
           ('ignore', None, PendingDeprecationWarning, None, 0), ('ignore', None, ImportWarning, None, 0),
           ('ignore', None, ResourceWarning, None, 0)]
defaultaction = 'default'
_shown = set()
_shown_once = set()


def _forget_shown():
    _shown.clear()


def _add(entry, append):
    if entry in filters:
        filters.remove(entry)
    if append:
        filters.append(entry)
    else:
        filters.insert(0, entry)
    _forget_shown()


def _is_category(c):
    return isinstance(c, type) and issubclass(c, Warning)


def _check(action, category, lineno):
    if action not in _ACTIONS:
        raise AssertionError(f'invalid action: {action!r}')
    if not _is_category(category):
        raise AssertionError('category must be a Warning subclass')
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError('lineno must be an int >= 0')


def simplefilter(action, category=Warning, lineno=0, append=False) -> None:
    _check(action, category, lineno)
    _add((action, None, category, None, lineno), append)


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    _check(action, category, lineno)
    patterns = _import('re')
    message = patterns.compile(message, patterns.I) if message else None
    _add((action, message, category, patterns.compile(module) if module else None, lineno), append)


def resetwarnings() -> None:
    filters[:] = []
    _forget_shown()


def formatwarning(message, category, filename, lineno, line=None) -> str:
    text = f'{filename}:{lineno}: {category.__name__}: {message}\n'
    line = _source_line(filename, lineno) if line is None else line
    line = line.strip() if line else ''
    return text + f'  {line}\n' if line else text


def showwarning(message, category, filename, lineno, file=None, line=None) -> None:
    (_write_stderr if file is None else file.write)(formatwarning(message, category, filename, lineno, line))


class WarningMessage:
    """One warning as `catch_warnings(record=True)` keeps it."""
    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message, self.category, self.filename, self.lineno = message, category, filename, lineno
        self.file, self.line, self.source = file, line, source
        self._category_name = None if category is None else category.__name__

    def __str__(self) -> str:
        return (f'{{message : {self.message!r}, category : {self._category_name!r}, filename : {self.filename!r}, '
                f'lineno : {self.lineno}, line : {self.line!r}}}')


_show = [showwarning]


def _matches(pattern, text) -> bool:
    """A filter's pattern against a message or module: any text for None, equal text for a str (the default
    filters' `'__main__'`), else the compiled pattern matched at the start."""
    if pattern is None or isinstance(pattern, str):
        return pattern is None or pattern == text
    return pattern.match(text) is not None


def _action_for(text, category, module, lineno):
    for action, message, cat, mod, line in filters:
        if (_matches(message, text) and issubclass(category, cat) and _matches(mod, module)
                and (line == 0 or line == lineno)):
            return action
    return defaultaction


def warn(message, category=None, stacklevel=1, source=None) -> None:
    if isinstance(message, Warning):
        category = type(message)
    category = UserWarning if category is None else category
    if not _is_category(category):
        raise TypeError(f'category must be a Warning subclass, not {type(category).__name__!r}')
    filename, lineno, _ = _caller(max(stacklevel, 1))
    module = '__main__' if filename.endswith('.py') else 'sys'
    warn_explicit(message, category, filename, lineno, module, source=source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None,
                  source=None):
    text = str(message)
    if not isinstance(message, Warning):
        message = category(message)
    category = type(message)
    module = module or filename
    action = _action_for(text, category, module, lineno)
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    if action == 'once':
        if (text, category) in _shown_once:
            return
        _shown_once.add((text, category))
    elif action in ('default', 'module'):
        key = (text, category, lineno if action == 'default' else 0, module)
        if key in _shown:
            return
        _shown.add(key)
    replaced = _shower()
    show = replaced if replaced is not showwarning and _show[-1] is showwarning else _show[-1]
    show(message, category, filename, lineno, None, None)


class catch_warnings:
    """Restores the filters (and how warnings are shown) on exit; with `record`, collects them in a list."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._keeps_log = record
        self._filter = None if action is None else (action, category, lineno, append)
        self._saved = None

    def __repr__(self) -> str:
        return 'catch_warnings(record=True)' if self._keeps_log else 'catch_warnings()'

    def __enter__(self) -> list:
        if self._saved is not None:
            raise RuntimeError(f'Cannot enter {self!r} twice')
        self._saved = filters[:]
        self._shower = _shower()
        _forget_shown()
        if self._filter:
            simplefilter(*self._filter)
        if not self._keeps_log:
            _show.append(_show[-1])
            return None
        log = []
        _shower(showwarning)
        _show.append(lambda message, category, filename, lineno, file=None, line=None:
                     log.append(WarningMessage(message, category, filename, lineno, file, line)))
        return log

    def __exit__(self, *exc_info) -> None:
        if self._saved is None:
            raise RuntimeError(f'Cannot exit {self!r} without entering first')
        filters[:] = self._saved
        _forget_shown()
        _show.pop()
        _shower(self._shower)
"""#
}
