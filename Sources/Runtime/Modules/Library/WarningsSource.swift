/// The Python source of `warnings`: `warn` (category, stacklevel) located at a scenario frame, the filter list
/// with its actions (default, once, always, module, ignore, error) and CPython's default filters, the registries
/// that show a warning once (cleared whenever the filters change), `catch_warnings` (record) and `showwarning`.
enum WarningsSource {
    static let text = #"""
_ACTIONS = ('default', 'error', 'ignore', 'always', 'module', 'once')
_PATTERN_SIGNS = set('.^$*+?{}[]\\|()')
filters = [('default', None, DeprecationWarning, '__main__', 0), ('ignore', None, DeprecationWarning, None, 0),
           ('ignore', None, PendingDeprecationWarning, None, 0), ('ignore', None, ImportWarning, None, 0),
           ('ignore', None, ResourceWarning, None, 0)]
defaultaction = 'default'
_shown = set()
_shown_once = set()


def _filters_mutated():
    _shown.clear()


def _literal(pattern, what):
    if any(c in _PATTERN_SIGNS for c in pattern):
        raise NotImplementedError(f'asyncviz: warnings filters match {what} as literal text (no re module): {pattern!r}')
    return pattern or None


def _add(entry, append):
    if entry in filters:
        filters.remove(entry)
    if append:
        filters.append(entry)
    else:
        filters.insert(0, entry)
    _filters_mutated()


def _check(action, category, lineno):
    if action not in _ACTIONS:
        raise AssertionError(f'invalid action: {action!r}')
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise AssertionError('category must be a Warning subclass')
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError('lineno must be an int >= 0')


def simplefilter(action, category=Warning, lineno=0, append=False):
    _check(action, category, lineno)
    _add((action, None, category, None, lineno), append)


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    _check(action, category, lineno)
    message = _literal(message, 'message')
    _add((action, message and message.lower(), category, _literal(module, 'module'), lineno), append)


def resetwarnings():
    filters[:] = []
    _filters_mutated()


def formatwarning(message, category, filename, lineno, line=None):
    text = f'{filename}:{lineno}: {category.__name__}: {message}\n'
    if line is None:
        line = _source_line(filename, lineno)
    line = line.strip() if line else ''
    return text + f'  {line}\n' if line else text


def showwarning(message, category, filename, lineno, file=None, line=None):
    text = formatwarning(message, category, filename, lineno, line)
    if file is None:
        _write_stderr(text)
    else:
        file.write(text)


class WarningMessage:
    """One warning as `catch_warnings(record=True)` keeps it."""
    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return (f'{{message : {self.message!r}, category : {self._category_name!r}, filename : {self.filename!r}, '
                f'lineno : {self.lineno}, line : {self.line!r}}}')


_show = [showwarning]


def _action_for(text, category, module, lineno):
    low = text.lower()
    for action, message, cat, mod, line in filters:
        if ((message is None or low.startswith(message)) and issubclass(category, cat)
                and (mod is None or module.startswith(mod)) and (line == 0 or line == lineno)):
            return action
    return defaultaction


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError(f'category must be a Warning subclass, not {type(category).__name__!r}')
    filename, lineno, _ = _caller(max(stacklevel, 1))
    module = '__main__' if filename.endswith('.py') else 'sys'
    warn_explicit(message, category, filename, lineno, module, source=source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None,
                  source=None):
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = str(message)
        message = category(message)
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
    _show[-1](message, category, filename, lineno, None, None)


class catch_warnings:
    """Restores the filters (and how warnings are shown) on exit; with `record`, collects them in a list."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._filter = None if action is None else (action, category, lineno, append)
        self._saved = None

    def __repr__(self):
        return 'catch_warnings(record=True)' if self._record else 'catch_warnings()'

    def __enter__(self):
        if self._saved is not None:
            raise RuntimeError(f'Cannot enter {self!r} twice')
        self._saved = filters[:]
        _filters_mutated()
        if self._filter is not None:
            simplefilter(*self._filter)
        if not self._record:
            _show.append(_show[-1])
            return None
        log = []
        _show.append(lambda message, category, filename, lineno, file=None, line=None:
                     log.append(WarningMessage(message, category, filename, lineno, file, line)))
        return log

    def __exit__(self, *exc_info):
        if self._saved is None:
            raise RuntimeError(f'Cannot exit {self!r} without entering first')
        filters[:] = self._saved
        _filters_mutated()
        _show.pop()
"""#
}
