/// The Python source of `json`'s decoding half: `JSONDecodeError` with the line and column of the failure,
/// a recursive-descent `JSONDecoder` (object_hook, object_pairs_hook, parse_float, parse_int, parse_constant,
/// strict), `loads` and `load` (which reads any object with a `read` method).
enum JsonDecoderSource {
    static let text = #"""
class JSONDecodeError(ValueError):
    """Why JSON text could not be decoded and where: `msg`, `doc`, `pos`, `lineno`, `colno`."""
    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos) -> None:
        line_start = doc.rfind('\n', 0, pos) + 1
        line, column = doc[:line_start].count('\n') + 1, pos - line_start + 1
        ValueError.__init__(self, f'{msg}: line {line} column {column} (char {pos})')
        self.msg, self.doc, self.pos, self.lineno, self.colno = msg, doc, pos, line, column


_SPACE = ' \t\n\r'
_DIGITS = '0123456789'
_ESCAPED = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_CONSTANTS = {'NaN': float('nan'), 'Infinity': float('inf'), '-Infinity': float('-inf')}


class _Reader:
    """One document being decoded: the text, the position and the decoder's hooks."""

    def __init__(self, decoder, doc):
        self.d = decoder
        self.doc = doc
        self.pos = 0

    def fail(self, msg, pos=None):
        raise JSONDecodeError(msg, self.doc, self.pos if pos is None else pos)

    def skip(self):
        doc, n = self.doc, len(self.doc)
        while self.pos < n and doc[self.pos] in _SPACE:
            self.pos += 1
        return doc[self.pos] if self.pos < n else ''

    def value(self) -> object:
        c = self.skip()
        doc, pos = self.doc, self.pos
        if c == '"':
            return self.string()
        if c == '{':
            return self.object()
        if c == '[':
            return self.array()
        for word, result in (('null', None), ('true', True), ('false', False)):
            if doc.startswith(word, pos):
                self.pos += len(word)
                return result
        for word in ('NaN', 'Infinity', '-Infinity'):
            if doc.startswith(word, pos):
                self.pos += len(word)
                return self.d.parse_constant(word)
        if c == '-' or c and c in _DIGITS:
            return self.number()
        self.fail('Expecting value')

    def digits(self, i):
        doc, n = self.doc, len(self.doc)
        while i < n and doc[i] in _DIGITS:
            i += 1
        return i

    def number(self):
        doc, start, n = self.doc, self.pos, len(self.doc)
        i = start + 1 if doc[start] == '-' else start
        if i >= n or doc[i] not in _DIGITS:
            self.fail('Expecting value')
        i = i + 1 if doc[i] == '0' else self.digits(i)
        whole = i
        if i + 1 < n and doc[i] == '.' and doc[i + 1] in _DIGITS:
            i = self.digits(i + 1)
        if i < n and doc[i] in 'eE':
            j = i + 1
            if j < n and doc[j] in '+-':
                j += 1
            if j < n and doc[j] in _DIGITS:
                i = self.digits(j)
        self.pos = i
        text = doc[start:i]
        return self.d.parse_int(text) if i == whole else self.d.parse_float(text)

    def hex4(self, i):
        """The code unit of the four hex digits after the `u` at `i`."""
        digits = self.doc[i + 1:i + 5]
        if len(digits) != 4 or not all(c in '0123456789abcdefABCDEF' for c in digits):
            self.fail('Invalid \\uXXXX escape', i)
        return int(digits, 16)

    def string(self):
        doc, start, n = self.doc, self.pos, len(self.doc)
        i, out = start + 1, []
        while True:
            if i >= n:
                self.fail('Unterminated string starting at', start)
            c = doc[i]
            if c == '"':
                self.pos = i + 1
                return ''.join(out)
            if c != '\\':
                if c < ' ' and self.d.strict:
                    self.fail('Invalid control character at', i)
                out.append(c)
                i += 1
                continue
            if i + 1 >= n:
                self.fail('Unterminated string starting at', start)
            esc = doc[i + 1]
            if esc != 'u':
                if esc not in _ESCAPED:
                    self.fail('Invalid \\escape', i)
                out.append(_ESCAPED[esc])
                i += 2
                continue
            code = self.hex4(i + 1)
            i += 6
            if 0xd800 <= code < 0xdc00 and doc.startswith('\\u', i):
                low = self.hex4(i + 1)
                if 0xdc00 <= low < 0xe000:
                    code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                    i += 6
            out.append(chr(code))

    def array(self):
        self.pos += 1
        items = []
        if self.skip() == ']':
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            c = self.skip()
            self.pos += 1
            if c == ']':
                return items
            if c != ',':
                self.fail("Expecting ',' delimiter", self.pos - 1)

    def object(self):
        self.pos += 1
        pairs = []
        c = self.skip()
        if c == '}':
            self.pos += 1
            return self.d.make_object(pairs)
        while True:
            if c != '"':
                self.fail('Expecting property name enclosed in double quotes')
            key = self.string()
            if self.skip() != ':':
                self.fail("Expecting ':' delimiter")
            self.pos += 1
            pairs.append((key, self.value()))
            c = self.skip()
            self.pos += 1
            if c == '}':
                return self.d.make_object(pairs)
            if c != ',':
                self.fail("Expecting ',' delimiter", self.pos - 1)
            c = self.skip()


class JSONDecoder:
    """Turns JSON text into dicts, lists, strings, numbers, booleans and None, with hooks for each kind."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook, self.object_pairs_hook, self.strict = object_hook, object_pairs_hook, strict
        self.parse_float, self.parse_int = parse_float or float, parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__

    def make_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        result = dict(pairs)
        return result if self.object_hook is None else self.object_hook(result)

    def raw_decode(self, s, idx=0) -> tuple:
        reader = _Reader(self, s)
        reader.pos = idx
        return reader.value(), reader.pos

    def decode(self, s):
        reader = _Reader(self, s)
        result = reader.value()
        reader.skip()
        if reader.pos != len(s):
            reader.fail('Extra data')
        return result


def loads(s, *, cls=None, **kw):
    if isinstance(s, (bytes, bytearray)):
        s = s.decode('utf-8')
    elif not isinstance(s, str):
        raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
    return (cls or JSONDecoder)(**kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)
"""#
}
