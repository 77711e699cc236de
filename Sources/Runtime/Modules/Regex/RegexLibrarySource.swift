/// The Python source of `re`'s module level: the flags, `error`, `Pattern` and the module functions, over the
/// Swift engine's `_compile`, `_find`, `_all` and `_is_identifier` (`RegexNatives`). `Match` and templates
/// are `RegexMatchSource`.
enum RegexLibrarySource {
    static var text: String { moduleText + "\n\n" + RegexMatchSource.text }

    static let moduleText = #"""
class RegexFlag(_IntFlag):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128

    def __repr__(self):
        if self._name_ is None:
            return '|'.join(['re.' + m._name_ for m in RegexFlag if m._value_ & self._value_ and m._value_])
        return '|'.join(['re.' + name for name in self._name_.split('|')])

    __str__ = __repr__

    def __format__(self, spec):
        return format(repr(self), spec)


NOFLAG = RegexFlag.NOFLAG
ASCII = A = RegexFlag.ASCII
IGNORECASE = I = RegexFlag.IGNORECASE
LOCALE = L = RegexFlag.LOCALE
UNICODE = U = RegexFlag.UNICODE
MULTILINE = M = RegexFlag.MULTILINE
DOTALL = S = RegexFlag.DOTALL
VERBOSE = X = RegexFlag.VERBOSE
TEMPLATE = T = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG

_MAXSIZE = 9223372036854775807


def _located(msg, pattern, pos):
    """The message, and the line and column of `pos` in `pattern` (line and column only for a multi-line one)."""
    if pattern is None or pos is None:
        return msg, None, None
    line = pattern.count('\n', 0, pos) + 1
    column = pos - pattern.rfind('\n', 0, pos)
    where = ' at position %d' % pos
    if '\n' in pattern:
        where += ' (line %d, column %d)' % (line, column)
    return msg + where, line, column


class error(Exception):
    """A pattern or replacement template that is not valid, with where the problem is."""

    def __init__(self, msg, pattern=None, pos=None):
        text, self.lineno, self.colno = _located(msg, pattern, pos)
        Exception.__init__(self, text)
        self.msg, self.pattern, self.pos = msg, pattern, pos


class _mappingproxy(dict):
    """The read-only view of a pattern's group names (`Pattern.groupindex`)."""

    def _read_only(self, *args):
        raise TypeError("'mappingproxy' object does not support item assignment")

    __setitem__ = __delitem__ = update = pop = popitem = clear = setdefault = _read_only
    __str__ = dict.__repr__

    def __repr__(self):
        return 'mappingproxy(' + dict.__repr__(self) + ')'


_mappingproxy.__name__ = _mappingproxy.__qualname__ = 'mappingproxy'


def _text(string):
    if isinstance(string, str):
        return string
    if isinstance(string, (bytes, bytearray)):
        raise TypeError('cannot use a string pattern on a bytes-like object')
    raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)


_programs = {}


class Pattern:
    """A compiled regular expression. Its engine program is kept aside (`_programs`), so a pattern is plain
    data that pickles to another process, where the program is made again on first use."""

    def __init__(self, pattern, flags, program, groups, names):
        self.pattern = pattern
        self.flags = flags
        self.groups = groups
        _programs[pattern, flags] = program
        self._names = dict(names)
        self.groupindex = _mappingproxy(names) if names else {}
        self._numbers = {number: name for name, number in names}

    @property
    def _program(self):
        program = _programs.get((self.pattern, self.flags))
        if program is None:
            program = _programs[self.pattern, self.flags] = _compile(self.pattern, self.flags)[0]
        return program

    def _match(self, string, pos, endpos, mode):
        string = _text(string)
        caps = _find(self._program, string, pos, endpos, mode)
        return None if caps is None else Match(self, string, pos, endpos, caps)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._match(string, pos, endpos, 0)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._match(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._match(string, pos, endpos, 2)

    def _all(self, string, pos=0, endpos=_MAXSIZE, limit=0):
        return _all(self._program, _text(string), pos, endpos, limit)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        found = self._all(string, pos, endpos)
        if self.groups == 0:
            return [string[c[0]:c[1]] for c in found]
        if self.groups == 1:
            return [string[c[2]:c[3]] if c[2] >= 0 else '' for c in found]
        return [tuple([string[c[2 * g]:c[2 * g + 1]] if c[2 * g] >= 0 else '' for g in range(1, self.groups + 1)])
                for c in found]

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        found = self._all(string, pos, endpos)
        found.reverse()
        return iter(lambda: Match(self, string, pos, endpos, found.pop()) if found else None, None)

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [_text(string)]
        parts = []
        last = 0
        for c in self._all(string, limit=maxsplit):
            parts.append(string[last:c[0]])
            for g in range(1, self.groups + 1):
                parts.append(string[c[2 * g]:c[2 * g + 1]] if c[2 * g] >= 0 else None)
            last = c[1]
        parts.append(string[last:])
        return parts

    def subn(self, repl, string, count=0):
        if count < 0:
            return _text(string), 0
        if callable(repl):
            expand = lambda c: repl(Match(self, string, 0, _MAXSIZE, c))
        elif isinstance(repl, str):
            template = _Template(self, repl)
            expand = lambda c: template.expand(c, string)
        else:
            raise TypeError('decoding to str: need a bytes-like object, %s found' % type(repl).__name__)
        pieces = []
        last = 0
        found = self._all(string, limit=count)
        for c in found:
            if c[0] > last:
                pieces.append(string[last:c[0]])
            pieces.append(expand(c))
            last = c[1]
        pieces.append(string[last:])
        return ''.join(pieces), len(found)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def __repr__(self):
        shown = repr(self.pattern)[:200]
        flags = self.flags
        if flags & (LOCALE | UNICODE | ASCII) == UNICODE:
            flags &= ~int(UNICODE)
        if not flags:
            return 're.compile(%s)' % shown
        named = [flag for flag in sorted(RegexFlag, key=int) if flags & flag]
        names = ['re.' + flag._name_ for flag in named]
        unnamed = flags & ~sum([int(flag) for flag in named])
        if unnamed:
            names.append(hex(unnamed))
        return 're.compile(%s, %s)' % (shown, '|'.join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_cache = {}


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if isinstance(pattern, (bytes, bytearray)):
        raise TypeError('asyncviz: re supports str patterns only, not bytes')
    if not isinstance(pattern, str):
        raise TypeError('first argument must be string or compiled pattern')
    key = (pattern, int(flags))
    compiled = _cache.get(key)
    if compiled is None:
        result = _compile(pattern, int(flags))
        if len(result) == 2:
            raise error(result[0], pattern, result[1])
        program, groups, names, value = result
        compiled = Pattern(pattern, value, program, groups, names)
        if len(_cache) >= 512:
            purge()
        _cache[key] = compiled
    return compiled


def purge():
    _cache.clear()
    _programs.clear()


def _module_level(name):
    """`re.name(pattern, string, flags=0)`: the method `name` of the compiled pattern."""
    def function(pattern, string, flags=0):
        return getattr(compile(pattern, flags), name)(string)
    function.__name__ = function.__qualname__ = name
    return function


match = _module_level('match')
search = _module_level('search')
fullmatch = _module_level('fullmatch')
findall = _module_level('findall')
finditer = _module_level('finditer')


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    if not isinstance(pattern, str):
        raise TypeError('asyncviz: re.escape supports str only')
    return ''.join(['\\' + c if c in _SPECIAL else c for c in pattern])
"""#
}
