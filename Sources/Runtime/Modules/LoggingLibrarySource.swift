/// The Python half of `logging`, written for asyncviz with CPython 3.11's
/// behaviour and output: records (`LogRecord`, their `%(…)s` attributes read
/// from the virtual clock and the simulated machine through the natives
/// `_wall`, `_caller`, `_where`), formatters with the `%` and `{` styles,
/// filters, handlers writing to a stream (the scenario's stdout or stderr),
/// the logger tree with propagation, `basicConfig`, `lastResort` and
/// `LoggerAdapter`. Handlers take no locks: output is written in one piece.
enum LoggingLibrarySource {
    static let text = levels + "\n\n" + records + "\n\n" + handlers + "\n\n" + loggers + "\n\n" + configuration

    static let levels = #"""
CRITICAL = FATAL = 50
ERROR = 40
WARNING = WARN = 30
INFO = 20
DEBUG = 10
NOTSET = 0
BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"
raiseExceptions = True
logThreads = logProcesses = logMultiprocessing = True

_names_by_level = {CRITICAL: "CRITICAL", ERROR: "ERROR", WARNING: "WARNING", INFO: "INFO", DEBUG: "DEBUG",
                   NOTSET: "NOTSET"}
_levels_by_name = {"CRITICAL": CRITICAL, "FATAL": FATAL, "ERROR": ERROR, "WARN": WARNING, "WARNING": WARNING,
                   "INFO": INFO, "DEBUG": DEBUG, "NOTSET": NOTSET}


def getLevelName(level):
    if level in _names_by_level:
        return _names_by_level[level]
    if level in _levels_by_name:
        return _levels_by_name[level]
    return "Level %s" % level


def getLevelNamesMapping():
    return dict(_levels_by_name)


def addLevelName(level, levelName):
    _names_by_level[level] = levelName
    _levels_by_name[levelName] = level


def _level_number(level):
    if isinstance(level, int):
        return level
    if isinstance(level, str):
        if level not in _levels_by_name:
            raise ValueError("Unknown level: %r" % level)
        return _levels_by_name[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))
"""#

    static let records = #"""
_start = _wall()


class LogRecord:
    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None, sinfo=None, **kwargs):
        now = _wall()
        self.name = name
        self.msg = msg
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        self.filename = pathname.replace("\\", "/").split("/")[-1]
        self.module = self.filename.rsplit(".", 1)[0] if "." in self.filename else self.filename
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = now
        self.msecs = int((now - int(now)) * 1000) + 0.0
        self.relativeCreated = (now - _start) * 1000
        self.thread, self.threadName, self.processName, self.process = _where()

    def getMessage(self):
        text = str(self.msg)
        return text % self.args if self.args else text

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname, self.lineno, self.msg)


def makeLogRecord(attributes):
    record = LogRecord(None, None, "", 0, "", (), None, None)
    record.__dict__.update(attributes)
    return record


class _PercentStyle:
    default = "%(message)s"
    asctime = "%(asctime)"
    field = "%("

    def __init__(self, fmt):
        self._fmt = fmt or self.default

    def usesTime(self):
        return self.asctime in self._fmt

    def validate(self):
        if self.field not in self._fmt:
            raise ValueError("Invalid format '%s' for '%s' style" % (self._fmt, self.name))

    def format(self, record):
        return self._fmt % record.__dict__


_PercentStyle.name = "%"


class _BraceStyle(_PercentStyle):
    default = "{message}"
    asctime = "{asctime"
    field = "{"

    def validate(self):
        if "{" not in self._fmt or "}" not in self._fmt:
            raise ValueError("invalid format: no fields")

    def format(self, record):
        return self._fmt.format(**record.__dict__)


_BraceStyle.name = "{"


def _dollar_fields(fmt):
    """The pieces of a ``string.Template`` text: literal strings, ``(name,)`` fields, None for a bare ``$``."""
    pieces = []
    i = 0
    while i < len(fmt):
        sign = fmt.find("$", i)
        if sign < 0:
            pieces.append(fmt[i:])
            break
        if sign + 1 == len(fmt):
            pieces += [fmt[i:sign], None]
            break
        pieces.append(fmt[i:sign])
        after = fmt[sign + 1]
        if after == "$":
            pieces.append("$")
            i = sign + 2
            continue
        if after == "{":
            end = fmt.find("}", sign)
            name, i = fmt[sign + 2:end], end + 1
        else:
            end = sign + 1
            while end < len(fmt) and (fmt[end].isalnum() or fmt[end] == "_"):
                end += 1
            name, i = fmt[sign + 1:end], end
        pieces.append((name,) if name else None)
    return pieces


class _DollarStyle(_PercentStyle):
    default = "${message}"

    def usesTime(self):
        return "$asctime" in self._fmt or "${asctime}" in self._fmt

    def validate(self):
        pieces = _dollar_fields(self._fmt)
        if None in pieces:
            raise ValueError("invalid format: bare '$' not allowed")
        if not any(isinstance(piece, tuple) for piece in pieces):
            raise ValueError("invalid format: no fields")

    def format(self, record):
        values = record.__dict__
        text = ""
        for piece in _dollar_fields(self._fmt):
            if piece is None:
                raise ValueError("Invalid placeholder in string")
            text += str(values[piece[0]]) if isinstance(piece, tuple) else piece
        return text


_DollarStyle.name = "$"
_STYLES = {"%": (_PercentStyle, BASIC_FORMAT), "{": (_BraceStyle, "{levelname}:{name}:{message}"),
           "$": (_DollarStyle, "${levelname}:${name}:${message}")}


def _style_of(style):
    if style not in _STYLES:
        raise ValueError("Style must be one of: %s" % ",".join(_STYLES))
    return _STYLES[style]


class Formatter:
    default_time_format = "%Y-%m-%d %H:%M:%S"
    default_msec_format = "%s,%03d"

    def __init__(self, fmt=None, datefmt=None, style="%", validate=True, defaults=None):
        self._style = _style_of(style)[0](fmt)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    @staticmethod
    def converter(seconds=None):
        return _localtime(seconds)

    def formatTime(self, record, datefmt=None):
        moment = self.converter(record.created)
        if datefmt:
            return _strftime(datefmt, moment)
        text = _strftime(self.default_time_format, moment)
        return self.default_msec_format % (text, record.msecs) if self.default_msec_format else text

    def formatException(self, ei):
        return _format_exception(ei[1]).rstrip("\n")

    def formatStack(self, stack_info):
        return stack_info

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        for extra in (record.exc_text, record.stack_info and self.formatStack(record.stack_info)):
            if extra:
                text = (text if text.endswith("\n") else text + "\n") + extra
        return text


_defaultFormatter = Formatter()


class Filter:
    def __init__(self, name=""):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        return not self.name or record.name == self.name or record.name.startswith(self.name + ".")


class Filterer:
    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        for check in self.filters:
            verdict = check.filter(record) if hasattr(check, "filter") else check(record)
            if not verdict:
                return False
        return True
"""#

    static let handlers = #"""
class _StandardStream:
    def __init__(self, which):
        self.which = which
        self.name = "<%s>" % which

    def write(self, text):
        _write(self.which, text)
        return len(text)

    def flush(self):
        pass


def _standard(which):
    return _sys_stream(which) or _OWN_STREAMS[which]


_OWN_STREAMS = {"stdout": _StandardStream("stdout"), "stderr": _StandardStream("stderr")}


class Handler(Filterer):
    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _level_number(level)
        self.formatter = None

    name = property(lambda self: self._name, lambda self, value: setattr(self, "_name", value))

    def get_name(self):
        return self._name

    def set_name(self, name):
        self._name = name

    def setLevel(self, level):
        self.level = _level_number(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def emit(self, record):
        raise NotImplementedError("emit must be implemented by Handler subclasses")

    def handle(self, record):
        allowed = self.filter(record)
        if allowed:
            self.emit(record)
        return allowed

    def acquire(self):
        pass

    def release(self):
        pass

    def createLock(self):
        pass

    def flush(self):
        pass

    def close(self):
        pass

    def handleError(self, record):
        if not raiseExceptions:
            return
        failure = _current_exception()
        text = "--- Logging error ---\n"
        if failure is not None:
            text += _format_exception(failure)
        text += "Message: %r\nArguments: %s\n" % (record.msg, record.args)
        _standard("stderr").write(text)

    def __repr__(self):
        return "<%s (%s)>" % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    terminator = "\n"

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = _standard("stderr") if stream is None else stream

    def flush(self):
        if hasattr(self.stream, "flush"):
            self.stream.flush()

    def emit(self, record):
        try:
            self.stream.write(self.format(record) + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        if stream is self.stream:
            return None
        old = self.stream
        self.flush()
        self.stream = stream
        return old

    def __repr__(self):
        name = str(getattr(self.stream, "name", ""))
        return "<%s %s(%s)>" % (type(self).__name__, name + " " if name else "", getLevelName(self.level))


class NullHandler(Handler):
    def handle(self, record):
        pass

    def emit(self, record):
        pass


class _StderrHandler(StreamHandler):
    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return _standard("stderr")


lastResort = _StderrHandler(WARNING)
"""#

    static let loggers = #"""
class Logger(Filterer):
    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _level_number(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False

    def setLevel(self, level):
        self.level = _level_number(level)

    def getEffectiveLevel(self):
        logger = self
        while logger is not None:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled or _disabled_up_to >= level:
            return False
        return level >= self.getEffectiveLevel()

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    warn = warning

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        pathname, lineno, func = _caller(stacklevel)
        return pathname, lineno, func, None

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None, sinfo=None):
        record = LogRecord(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if key in ("message", "asctime") or key in record.__dict__:
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                setattr(record, key, extra[key])
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
        pathname, lineno, func, sinfo = self.findCaller(stack_info, stacklevel)
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, None)
            elif not isinstance(exc_info, tuple):
                failure = _current_exception()
                exc_info = (None, None, None) if failure is None else (type(failure), failure, None)
        self.handle(self.makeRecord(self.name, level, pathname, lineno, msg, args, exc_info, func, extra, sinfo))

    def handle(self, record):
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def callHandlers(self, record):
        found = 0
        logger = self
        while logger is not None:
            for handler in logger.handlers:
                found += 1
                if record.levelno >= handler.level:
                    handler.handle(record)
            logger = logger.parent if logger.propagate else None
        if found == 0 and lastResort is not None and record.levelno >= lastResort.level:
            lastResort.handle(record)

    def addHandler(self, hdlr):
        if hdlr not in self.handlers:
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def hasHandlers(self):
        logger = self
        while logger is not None:
            if logger.handlers:
                return True
            logger = logger.parent if logger.propagate else None
        return False

    def getChild(self, suffix):
        return getLogger(suffix if self is root else self.name + "." + suffix)

    def __repr__(self):
        return "<%s %s (%s)>" % (type(self).__name__, self.name, getLevelName(self.getEffectiveLevel()))


class RootLogger(Logger):
    def __init__(self, level):
        Logger.__init__(self, "root", level)


root = RootLogger(WARNING)
_loggers = {}
_disabled_up_to = NOTSET


def _ancestor(name):
    """The nearest logger above ``name`` that exists, else the root."""
    parts = name.split(".")
    for end in range(len(parts) - 1, 0, -1):
        above = _loggers.get(".".join(parts[:end]))
        if above is not None:
            return above
    return root


def getLogger(name=None):
    if not name or name == root.name:
        return root
    if not isinstance(name, str):
        raise TypeError("A logger name must be a string")
    logger = _loggers.get(name)
    if logger is None:
        logger = Logger(name)
        logger.parent = _ancestor(name)
        for other in _loggers.values():
            if other.name.startswith(name + ".") and other.parent is logger.parent:
                other.parent = logger
        _loggers[name] = logger
    return logger


def disable(level=CRITICAL):
    global _disabled_up_to
    _disabled_up_to = _level_number(level)


class LoggerAdapter:
    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    warn = warning

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    name = property(lambda self: self.logger.name)

    def __repr__(self):
        return "<%s %s (%s)>" % (type(self).__name__, self.logger.name, getLevelName(self.getEffectiveLevel()))
"""#

    static let configuration = #"""
def basicConfig(**kwargs):
    if kwargs.pop("force", False):
        for handler in list(root.handlers):
            root.removeHandler(handler)
            handler.close()
    if root.handlers:
        return
    handlers = kwargs.pop("handlers", None)
    stream = kwargs.pop("stream", None)
    if "filename" in kwargs:
        raise ValueError("asyncviz scenarios write no files: log to a stream (the default, stderr, or sys.stdout)")
    if handlers is not None and stream is not None:
        raise ValueError("'stream' and 'handlers' should not be specified together")
    if handlers is None:
        handlers = [StreamHandler(stream)]
    style = kwargs.pop("style", "%")
    kind, default = _style_of(style)
    formatter = Formatter(kwargs.pop("format", default), kwargs.pop("datefmt", None), style)
    for handler in handlers:
        if handler.formatter is None:
            handler.setFormatter(formatter)
        root.addHandler(handler)
    level = kwargs.pop("level", None)
    if level is not None:
        root.setLevel(level)
    if kwargs:
        raise ValueError("Unrecognised argument(s): " + ", ".join(kwargs))


def _root_configured():
    if not root.handlers:
        basicConfig()
    return root


def debug(msg, *args, **kwargs):
    _root_configured().debug(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    _root_configured().info(msg, *args, **kwargs)


def warning(msg, *args, **kwargs):
    _root_configured().warning(msg, *args, **kwargs)


warn = warning


def error(msg, *args, **kwargs):
    _root_configured().error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    _root_configured().error(msg, *args, exc_info=exc_info, **kwargs)


def critical(msg, *args, **kwargs):
    _root_configured().critical(msg, *args, **kwargs)


fatal = critical


def log(level, msg, *args, **kwargs):
    _root_configured().log(level, msg, *args, **kwargs)


def _library_log(name, level, msg, where, failure):
    """A record a library module logs (asyncio's), made at its place in CPython's library."""
    logger = getLogger(name)
    if logger.isEnabledFor(level):
        exc_info = None if failure is None else (type(failure), failure, None)
        logger.handle(logger.makeRecord(name, level, where[0], where[1], msg, (), exc_info, where[2]))


def shutdown():
    for handler in root.handlers:
        handler.flush()
"""#
}
