/// The Python source of `re.Match` and of replacement templates (`\1`, `\g<name>`, `\g<1>`, `\n`, …).
/// A match holds the spans the engine found: `_caps[2g]`, `_caps[2g + 1]` for group `g`, -1 when unset.
enum RegexMatchSource {
    static let text = #"""
class Match:
    """The result of a successful match: the groups' spans over the string searched."""

    def __init__(self, pattern, string, pos, endpos, caps):
        size = len(string)
        self.re = pattern
        self.string = string
        self.pos = min(max(pos, 0), size)
        self.endpos = min(max(endpos, 0), size)
        self._caps = caps
        last = caps[-1]
        self.lastindex = None if last < 0 else last
        self.lastgroup = pattern._numbers.get(last) if last >= 0 else None

    def _number(self, group):
        if isinstance(group, str):
            number = self.re._names.get(group)
            if number is not None:
                return number
        elif isinstance(group, int) and 0 <= group <= self.re.groups:
            return group
        raise IndexError('no such group')

    def _value(self, group, default=None):
        number = self._number(group)
        start = self._caps[2 * number]
        return default if start < 0 else self.string[start:self._caps[2 * number + 1]]

    def group(self, *groups):
        if not groups:
            return self._value(0)
        if len(groups) == 1:
            return self._value(groups[0])
        return tuple([self._value(g) for g in groups])

    def __getitem__(self, group):
        return self._value(group)

    def groups(self, default=None):
        return tuple([self._value(g, default) for g in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        return {name: self._value(number, default) for name, number in self.re._names.items()}

    def span(self, group=0):
        number = self._number(group)
        return self._caps[2 * number], self._caps[2 * number + 1]

    def start(self, group=0):
        return self.span(group)[0]

    def end(self, group=0):
        return self.span(group)[1]

    @property
    def regs(self):
        return tuple([self.span(g) for g in range(self.re.groups + 1)])

    def expand(self, template):
        return _Template(self.re, template).expand(self._caps, self.string)

    def __repr__(self):
        return '<re.Match object; span=%r, match=%s>' % (self.span(), repr(self.group())[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}
_DIGITS = '0123456789'
_OCTAL = '01234567'
_LETTERS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')


class _Template:
    """A replacement string read into literal text and group numbers."""

    def __init__(self, pattern, template):
        self.template = template
        self.pieces = []
        if '\\' not in template:
            self.pieces.append(template)
            return
        self.pattern = pattern
        self.literal = []
        i = 0
        while i < len(template):
            c = template[i]
            if c == '\\':
                i = self._escape(i)
            else:
                self.literal.append(c)
                i += 1
        self._flush()

    def _flush(self):
        if self.literal:
            self.pieces.append(''.join(self.literal))
            self.literal = []

    def _group(self, number, at):
        if number > self.pattern.groups:
            raise error('invalid group reference %d' % number, self.template, at)
        self._flush()
        self.pieces.append(number)

    def _escape(self, start):
        t = self.template
        i = start + 1
        if i >= len(t):
            raise error('bad escape (end of pattern)', t, start)
        c = t[i]
        if c == 'g':
            return self._named(i + 1)
        if c in _DIGITS:
            return self._numbered(start)
        if c in _ESCAPES:
            self.literal.append(_ESCAPES[c])
        elif c in _LETTERS:
            raise error('bad escape \\' + c, t, start)
        else:
            self.literal.append('\\' + c)
        return i + 1

    def _named(self, i):
        t = self.template
        if i >= len(t) or t[i] != '<':
            raise error('missing <', t, i)
        i += 1
        close = t.find('>', i)
        if close < 0 and i < len(t):
            raise error('missing >, unterminated name', t, i)
        name = t[i:close] if close >= 0 else ''
        if not name:
            raise error('missing group name', t, i)
        if all(c in _DIGITS for c in name):
            self._group(int(name), i)
        elif _is_identifier(name):
            if name not in self.pattern._names:
                raise IndexError("unknown group name '%s'" % name)
            self._group(self.pattern._names[name], i)
        else:
            raise error("bad character in group name '%s'" % name, t, i)
        return close + 1

    def _numbered(self, start):
        t = self.template
        i = start + 1
        digits = t[i]
        i += 1
        if digits == '0':
            while i < len(t) and len(digits) < 3 and t[i] in _OCTAL:
                digits += t[i]
                i += 1
            self.literal.append(chr(int(digits, 8)))
            return i
        if i < len(t) and t[i] in _DIGITS:
            if digits in _OCTAL and t[i] in _OCTAL and i + 1 < len(t) and t[i + 1] in _OCTAL:
                digits += t[i:i + 2]
                value = int(digits, 8)
                if value > 0o377:
                    raise error('octal escape value \\%s outside of range 0-0o377' % digits, t, start)
                self.literal.append(chr(value))
                return i + 2
            digits += t[i]
            i += 1
        self._group(int(digits), start + 1)
        return i

    def expand(self, caps, string):
        if len(self.pieces) == 1 and isinstance(self.pieces[0], str):
            return self.pieces[0]
        out = []
        for piece in self.pieces:
            if isinstance(piece, str):
                out.append(piece)
            elif caps[2 * piece] >= 0:
                out.append(string[caps[2 * piece]:caps[2 * piece + 1]])
        return ''.join(out)
"""#
}
