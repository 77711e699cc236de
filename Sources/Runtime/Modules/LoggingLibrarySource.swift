/// The Python half of `logging`, written for asyncviz with CPython 3.11's
/// behaviour and output: records (`LogRecord`, their `%(…)s` attributes read
/// from the virtual clock and the simulated machine through the natives
/// `_wall`, `_caller`, `_where`), formatters with the `%`, `{` and `$` styles,
/// filters, handlers writing to a stream (the scenario's stdout or stderr),
/// the logger tree with propagation, `basicConfig`, `lastResort` and
/// `LoggerAdapter`. The per-level methods of loggers, adapters and the module
/// are made by one factory each. Handlers take no locks: a record is written
/// in one piece.
enum LoggingLibrarySource {
    static let text = levels + "\n\n" + records + "\n\n" + styles + "\n\n" + handlers + "\n\n" + loggers + "\n\n"
        + configuration

    static let levels = #"""
CRITICAL, ERROR, WARNING, INFO, DEBUG, NOTSET = 50, 40, 30, 20, 10, 0
FATAL, WARN = CRITICAL, WARNING
BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"
raiseExceptions = logThreads = logProcesses = logMultiprocessing = True
_LEVEL_WORDS = [(CRITICAL, "CRITICAL"), (ERROR, "ERROR"), (WARNING, "WARNING"), (INFO, "INFO"), (DEBUG, "DEBUG"),
                (NOTSET, "NOTSET")]
_word_of = dict(_LEVEL_WORDS)
_number_of = {word: number for number, word in [(CRITICAL, "CRITICAL"), (FATAL, "FATAL"), (ERROR, "ERROR"),
                                                (WARN, "WARN")] + _LEVEL_WORDS[2:]}


def getLevelName(level) -> "str | int":
    """The name of a level number, the number of a level name, else ``Level <level>``."""
    for table in (_word_of, _number_of):
        if level in table:
            return table[level]
    return "Level %s" % (level,)


def getLevelNamesMapping() -> dict:
    return dict(_number_of)


def addLevelName(level: int, levelName: str) -> None:
    _word_of[level], _number_of[levelName] = levelName, level


def _level_number(level) -> int:
    if isinstance(level, str):
        if level in _number_of:
            return _number_of[level]
        raise ValueError("Unknown level: %r" % level)
    valid = isinstance(level, int)
    if not valid:
        raise TypeError("Level not an integer or a valid string: %r" % (level,))
    return level
"""#

    static let records = #"""
_start = _wall()


class LogRecord:
    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None, sinfo=None, **kwargs) -> None:
        now = _wall()
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        self.name, self.msg, self.args = name, msg, args
        self.levelname, self.levelno = getLevelName(level), level
        self.pathname, self.lineno, self.funcName = pathname, lineno, func
        self.filename = pathname.replace("\\", "/").split("/")[-1]
        self.module = self.filename.rpartition(".")[0] or self.filename
        self.exc_info, self.exc_text, self.stack_info = exc_info, None, sinfo
        self.created, self.msecs = now, int((now - int(now)) * 1000) + 0.0
        self.relativeCreated = (now - _start) * 1000
        self.thread, self.threadName, self.processName, self.process = _where()

    def getMessage(self) -> str:
        text = str(self.msg)
        return text % self.args if self.args else text

    __repr__ = lambda self: '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname,
                                                                     self.lineno, self.msg)


def makeLogRecord(attributes: dict) -> LogRecord:
    made = LogRecord(None, None, "", 0, "", (), None, None)
    for key, value in attributes.items():
        setattr(made, key, value)
    return made
"""#

    static let styles = #"""
class _PercentStyle:
    """A format with ``%(name)s`` fields."""
    default, marker, time_field = "%(message)s", "%", "%(asctime)"

    def __init__(self, fmt, defaults=None) -> None:
        self._fmt, self._defaults = fmt or self.default, defaults or {}

    def _values(self, record: LogRecord) -> dict:
        return dict(self._defaults, **record.__dict__) if self._defaults else record.__dict__

    def usesTime(self) -> bool:
        return self.time_field in self._fmt

    def validate(self) -> None:
        if "%(" not in self._fmt:
            raise ValueError("Invalid format '%s' for '%s' style" % (self._fmt, self.marker))

    def format(self, record: LogRecord) -> str:
        return self._fmt % self._values(record)


class _BraceStyle(_PercentStyle):
    """A format with ``{name}`` fields (``str.format``)."""
    default, marker, time_field = "{message}", "{", "{asctime"

    def validate(self) -> None:
        if "{" not in self._fmt or "}" not in self._fmt:
            raise ValueError("invalid format: no fields")

    def format(self, record: LogRecord) -> str:
        return self._fmt.format(**self._values(record))


def _dollar_fields(fmt: str) -> list:
    """The pieces of a ``string.Template`` text: literal strings, ``(name,)`` fields, None for a bare ``$``."""
    pieces, i = [], 0
    while i < len(fmt):
        sign = fmt.find("$", i)
        if sign < 0:
            pieces.append(fmt[i:])
            break
        pieces.append(fmt[i:sign])
        if sign + 1 == len(fmt):
            pieces.append(None)
            break
        after = fmt[sign + 1]
        if after == "$":
            pieces.append("$")
            i = sign + 2
            continue
        if after == "{":
            end = fmt.find("}", sign)
            field, i = fmt[sign + 2:end], end + 1
        else:
            end = sign + 1
            while end < len(fmt) and (fmt[end].isalnum() or fmt[end] == "_"):
                end += 1
            field, i = fmt[sign + 1:end], end
        pieces.append((field,) if field else None)
    return pieces


class _DollarStyle(_PercentStyle):
    """A format with ``$name`` fields (``string.Template``)."""
    default, marker, time_field = "${message}", "$", "$asctime"

    def usesTime(self) -> bool:
        return "$asctime" in self._fmt or "${asctime}" in self._fmt

    def validate(self) -> None:
        pieces = _dollar_fields(self._fmt)
        if None in pieces:
            raise ValueError("invalid format: bare '$' not allowed")
        if not any(isinstance(piece, tuple) for piece in pieces):
            raise ValueError("invalid format: no fields")

    def format(self, record: LogRecord) -> str:
        text, values = "", self._values(record)
        for piece in _dollar_fields(self._fmt):
            if piece is None:
                raise ValueError("Invalid placeholder in string")
            text += str(values[piece[0]]) if isinstance(piece, tuple) else piece
        return text


_STYLES = {"%": (_PercentStyle, BASIC_FORMAT), "{": (_BraceStyle, "{levelname}:{name}:{message}"),
           "$": (_DollarStyle, "${levelname}:${name}:${message}")}


def _style_of(style: str) -> tuple:
    if style in _STYLES:
        return _STYLES[style]
    raise ValueError("Style must be one of: %s" % ",".join(_STYLES))


class Formatter:
    default_time_format, default_msec_format = "%Y-%m-%d %H:%M:%S", "%s,%03d"

    def __init__(self, fmt=None, datefmt=None, style="%", validate=True, defaults=None) -> None:
        self._layout = _style_of(style)[0](fmt, defaults)
        if validate:
            self._layout.validate()
        self._fmt, self.datefmt = self._layout._fmt, datefmt

    @staticmethod
    def converter(seconds=None):
        return _localtime(seconds)

    def formatTime(self, record: LogRecord, datefmt=None) -> str:
        moment = self.converter(record.created)
        if datefmt:
            return _strftime(datefmt, moment)
        text = _strftime(self.default_time_format, moment)
        return self.default_msec_format % (text, record.msecs) if self.default_msec_format else text

    def formatException(self, ei: tuple) -> str:
        return _format_exception(ei[1]).rstrip("\n")

    def formatStack(self, stack_info: str) -> str:
        return str(stack_info)

    def usesTime(self) -> bool:
        return self._layout.usesTime()

    def formatMessage(self, record: LogRecord) -> str:
        return self._layout.format(record)

    def format(self, record: LogRecord) -> str:
        record.message, timed = record.getMessage(), self.usesTime()
        if timed:
            record.asctime = self.formatTime(record, datefmt=self.datefmt)
        text = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(ei=record.exc_info)
        for extra in (record.exc_text, record.stack_info and self.formatStack(record.stack_info)):
            if extra:
                text = (text if text.endswith("\n") else text + "\n") + extra
        return text


_plain_formatter = Formatter()


class Filter:
    def __init__(self, name="") -> None:
        self.name, self.nlen = name, len(name)

    def filter(self, record: LogRecord) -> bool:
        return not self.name or record.name == self.name or record.name.startswith(self.name + ".")


class Filterer:
    def __init__(self) -> None:
        self.filters = list()

    def addFilter(self, check) -> None:
        if check not in self.filters:
            self.filters += [check]

    def removeFilter(self, check) -> None:
        if check in self.filters:
            self.filters.remove(check)

    def filter(self, record: LogRecord) -> bool:
        for check in self.filters:
            if not (check.filter(record) if hasattr(check, "filter") else check(record)):
                return False
        return True
"""#

    static let handlers = #"""
class _ScenarioStderr:
    """The scenario's stderr, for handlers when the program has no ``sys.stderr`` to give."""
    name = "<stderr>"

    def write(self, text: str) -> int:
        _write_stderr(text)
        return len(text)

    flush = lambda self: None


_own_stderr = _ScenarioStderr()


def _stderr():
    """``sys.stderr`` as it is now, where the program has ``sys``; else the scenario's stderr."""
    return _sys_stderr() or _own_stderr


class Handler(Filterer):
    def __init__(self, level=0) -> None:
        self.name, self.level, self.formatter, self.filters = None, _level_number(level), None, []

    def setLevel(self, level) -> None:
        self.level = _level_number(level)

    def setFormatter(self, formatter) -> None:
        self.formatter = formatter

    def format(self, record: LogRecord) -> str:
        return (self.formatter or _plain_formatter).format(record)

    def emit(self, record: LogRecord) -> None:
        raise NotImplementedError("emit must be implemented by Handler subclasses")

    def handle(self, record: LogRecord) -> bool:
        passed = self.filter(record)
        if passed:
            self.emit(record)
        return passed

    def acquire(self) -> None:
        return None

    release = createLock = flush = close = acquire

    def handleError(self, record: LogRecord) -> None:
        if not raiseExceptions:
            return
        failure = _current_exception()
        report = "--- Logging error ---\n" + ("" if failure is None else _format_exception(failure))
        report += "Call stack:\n" + _call_stack()
        _stderr().write(report + "Message: %r\nArguments: %s\n" % (record.msg, record.args))

    __repr__ = lambda self: "<%s (%s)>" % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    terminator = "\n"

    def __init__(self, stream=None) -> None:
        super().__init__(NOTSET)
        self.stream = _stderr() if stream is None else stream

    flush = lambda self: getattr(self.stream, "flush", _nothing)()

    def emit(self, record: LogRecord) -> None:
        try:
            self.stream.write(self.format(record) + self.terminator)
            self.flush()
        except Exception as problem:
            if isinstance(problem, RecursionError):
                raise
            self.handleError(record)

    def setStream(self, new):
        if new is self.stream:
            return None
        self.flush()
        previous, self.stream = self.stream, new
        return previous

    def _stream_repr(self) -> str:
        label = str(getattr(self.stream, "name", ""))
        return "<%s %s(%s)>" % (type(self).__name__, label + " " if label else "", getLevelName(self.level))

    __repr__ = _stream_repr


def _nothing():
    return None


class NullHandler(Handler):
    def handle(self, record: LogRecord) -> None:
        return None

    emit = handle


class _LastResort(StreamHandler):
    """Writes to whatever stderr is when a record comes, for loggers with no handler anywhere."""

    def __init__(self, level: int) -> None:
        super(StreamHandler, self).__init__(level)

    stream = property(lambda self: _stderr())


lastResort = _LastResort(WARNING)
"""#

    static let loggers = #"""
def _logging_at(fixed, traceback=False):
    """A logger method for one level (``debug``…; ``exception`` with ``traceback``), or ``log`` (``fixed`` None)."""
    def at_level(self, *args, **kwargs):
        level, args = (args[0], args[1:]) if fixed is None else (fixed, args)
        valid = isinstance(level, int)
        if not valid and raiseExceptions:
            raise TypeError("level must be an integer")
        if traceback:
            kwargs.setdefault("exc_info", True)
        if valid and self.isEnabledFor(level):
            self._log(level, args[0], args[1:], **kwargs)
    return at_level


class Logger(Filterer):
    def __init__(self, name: str, level=0) -> None:
        self.name, self.level, self.parent, self.filters = name, _level_number(level), None, []
        self.propagate, self.handlers, self.disabled = True, [], False

    def setLevel(self, level) -> None:
        self.level = _level_number(level)

    def getEffectiveLevel(self) -> int:
        node = self
        while node is not None and not node.level:
            node = node.parent
        return node.level if node is not None else NOTSET

    def isEnabledFor(self, level: int) -> bool:
        return not self.disabled and level > _disabled_up_to and level >= self.getEffectiveLevel()

    debug, info, warning, error, critical = (_logging_at(n) for n in (DEBUG, INFO, WARNING, ERROR, CRITICAL))
    warn, fatal, log, exception = warning, critical, _logging_at(None), _logging_at(ERROR, traceback=True)

    def findCaller(self, stack_info=False, stacklevel=1) -> tuple:
        return _caller(stacklevel) + (None,)

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None, sinfo=None):
        made = LogRecord(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        for key in extra or ():
            if key in ("message", "asctime") or key in made.__dict__:
                raise KeyError("Attempt to overwrite %r in LogRecord" % key)
            setattr(made, key, extra[key])
        return made

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1) -> None:
        path, line, function, stack = self.findCaller(stack_info, stacklevel)
        made = self.makeRecord(self.name, level, path, line, msg, args, _exc_triple(exc_info), function, extra, stack)
        self.handle(made)

    def handle(self, record: LogRecord) -> None:
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def _chain(self) -> list:
        """This logger and those its records propagate to."""
        chain, node = [], self
        while node:
            chain.append(node)
            node = node.parent if node.propagate else None
        return chain

    def callHandlers(self, record: LogRecord) -> None:
        reached = [h for node in self._chain() for h in node.handlers]
        fallback = [lastResort] if lastResort is not None else []
        for handler in reached or fallback:
            if record.levelno >= handler.level:
                handler.handle(record)

    def addHandler(self, handler) -> None:
        if handler not in self.handlers:
            self.handlers += [handler]

    def removeHandler(self, handler) -> None:
        if handler in self.handlers:
            self.handlers.remove(handler)

    def hasHandlers(self) -> bool:
        return any(node.handlers for node in self._chain())

    def getChild(self, suffix: str) -> "Logger":
        return getLogger(suffix if self is root else self.name + "." + suffix)

    __repr__ = lambda self: "<%s %s (%s)>" % (type(self).__name__, self.name, getLevelName(self.getEffectiveLevel()))


def _exc_triple(exc_info):
    """``exc_info`` as a record keeps it: a (type, exception, traceback) triple, or what was given when false."""
    if not exc_info or isinstance(exc_info, tuple):
        return exc_info
    failure = exc_info if isinstance(exc_info, BaseException) else _current_exception()
    return (None, None, None) if failure is None else (type(failure), failure, None)


class RootLogger(Logger):
    def __init__(self, level: int) -> None:
        super().__init__("root", level)


root = RootLogger(level=WARNING)
_loggers = {}
_disabled_up_to = NOTSET


def _ancestor(name: str) -> Logger:
    """The nearest logger above ``name`` that exists, else the root."""
    dotted = name.split(".")
    for end in range(len(dotted) - 1, 0, -1):
        above = _loggers.get(".".join(dotted[:end]))
        if above is not None:
            return above
    return root


def getLogger(name=None) -> Logger:
    if not name or name == root.name:
        return root
    if not isinstance(name, str):
        raise TypeError("A logger name must be a string")
    if name not in _loggers:
        made = Logger(name)
        made.parent = _ancestor(name)
        for other in _loggers.values():
            if other.name.startswith(name + ".") and other.parent is made.parent:
                other.parent = made
        _loggers[name] = made
    return _loggers[name]


def disable(level=CRITICAL) -> None:
    global _disabled_up_to
    _disabled_up_to = _level_number(level)


def _adapted_at(fixed, traceback=False):
    """A LoggerAdapter method for one level, or ``log`` with ``fixed`` None."""
    def at_level(self, *args, **kwargs):
        level, args = (args[0], args[1:]) if fixed is None else (fixed, args)
        if traceback:
            kwargs.setdefault("exc_info", True)
        if self.logger.isEnabledFor(level):
            message, kwargs = self.process(args[0], kwargs)
            self.logger.log(level, message, *args[1:], **kwargs)
    return at_level


def _delegated(method: str):
    """A LoggerAdapter method that is its logger's."""
    return lambda self, *args: getattr(self.logger, method)(*args)


class LoggerAdapter:
    def __init__(self, logger: Logger, extra=None) -> None:
        self.logger, self.extra = logger, extra

    def process(self, msg, kwargs: dict) -> tuple:
        return msg, dict(kwargs, extra=self.extra)

    debug, info, warning, error, critical = (_adapted_at(n) for n in (DEBUG, INFO, WARNING, ERROR, CRITICAL))
    warn, log, exception = warning, _adapted_at(None), _adapted_at(ERROR, traceback=True)
    isEnabledFor, setLevel, getEffectiveLevel, hasHandlers = (
        _delegated(m) for m in ("isEnabledFor", "setLevel", "getEffectiveLevel", "hasHandlers"))
    name = property(lambda self: self.logger.name)

    def _adapter_repr(self) -> str:
        return "<%s %s (%s)>" % (type(self).__name__, self.logger.name, getLevelName(self.getEffectiveLevel()))

    __repr__ = _adapter_repr
"""#

    static let configuration = #"""
def basicConfig(**kwargs) -> None:
    if kwargs.pop("force", False):
        for handler in root.handlers[:]:
            root.removeHandler(handler)
            handler.close()
    if root.handlers:
        return
    if "filename" in kwargs:
        raise ValueError("asyncviz scenarios write no files: log to a stream (the default, stderr, or sys.stdout)")
    chosen, stream = kwargs.pop("handlers", None), kwargs.pop("stream", None)
    if chosen is not None and stream is not None:
        raise ValueError("'stream' or 'filename' should not be specified together with 'handlers'")
    style = kwargs.pop("style", "%")
    formatter = Formatter(kwargs.pop("format", _style_of(style)[1]), kwargs.pop("datefmt", None), style)
    for handler in [StreamHandler(stream)] if chosen is None else chosen:
        handler.formatter = handler.formatter or formatter
        root.addHandler(handler)
    if kwargs.get("level") is not None:
        root.setLevel(kwargs["level"])
    kwargs.pop("level", None)
    if kwargs:
        raise ValueError("Unrecognised argument(s): " + ", ".join(kwargs))


def _on_root(method: str, **preset):
    """A module-level logging function: configures the root logger if it has no handler, then logs on it."""
    def on_root(*args, **kwargs):
        if not root.handlers:
            basicConfig()
        getattr(root, method)(*args, **dict(preset, **kwargs))
    return on_root


debug, info, warning, error, critical, log = (_on_root(m) for m in ("debug", "info", "warning", "error", "critical",
                                                                       "log"))
warn, fatal, exception = warning, critical, _on_root("error", exc_info=True)


def _library_log(name, level, msg, where, failure) -> None:
    """A record a library module logs (asyncio's), made at its place in CPython's library."""
    logger = getLogger(name)
    if logger.isEnabledFor(level):
        exc_info = None if failure is None else (type(failure), failure, None)
        logger.handle(logger.makeRecord(name, level, where[0], where[1], msg, (), exc_info, where[2]))


def shutdown() -> None:
    for handler in root.handlers:
        handler.flush()


_shown_before = []


def _log_warning(message, category, filename, lineno, file=None, line=None) -> None:
    if file is not None:
        _shown_before[0](message, category, filename, lineno, file, line)
        return
    text = _import('warnings').formatwarning(message, category, filename, lineno, line)
    captured = getLogger('py.warnings')
    if len(captured.handlers) == 0:
        captured.addHandler(NullHandler())
    captured.warning('%s', text)


def captureWarnings(capture: bool) -> None:
    """Send warnings to the `py.warnings` logger (True) or back to `warnings.showwarning` (False)."""
    warnings = _import('warnings')
    if capture and not _shown_before:
        _shown_before.append(warnings.showwarning)
        warnings.showwarning = _log_warning
    elif not capture and _shown_before:
        warnings.showwarning = _shown_before.pop()
"""#
}
