/// The Python source of `json`'s encoding half: `JSONEncoder` (skipkeys, ensure_ascii, check_circular, allow_nan,
/// indent, separators, default, sort_keys), `dumps` and `dump` (which writes to any object with a `write` method).
enum JsonEncoderSource {
    static let text = #"""
_SHORT_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}


def _hex4(code):
    return '\\u' + format(code, '04x')


def _quote(text, ascii_only):
    """`text` as a JSON string literal; with `ascii_only`, everything past '~' as \\u escapes (pairs past BMP)."""
    out = ['"']
    for c in text:
        if c in _SHORT_ESCAPES:
            out.append(_SHORT_ESCAPES[c])
            continue
        code = ord(c)
        if code < 0x20:
            out.append(_hex4(code))
        elif not ascii_only or code < 0x7f:
            out.append(c)
        elif code < 0x10000:
            out.append(_hex4(code))
        else:
            code -= 0x10000
            out.append(_hex4(0xd800 | (code >> 10)) + _hex4(0xdc00 | (code & 0x3ff)))
    out.append('"')
    return ''.join(out)


_WORDS = {None: 'null', True: 'true', False: 'false'}


class JSONEncoder:
    """Turns dicts, lists, tuples, strings, numbers, booleans and None into JSON text; `default` handles the rest."""
    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys, self.ensure_ascii, self.check_circular = skipkeys, ensure_ascii, check_circular
        self.allow_nan, self.sort_keys, self.indent = allow_nan, sort_keys, indent
        plain = (',' if indent is not None else ', ', ': ')
        self.item_separator, self.key_separator = plain if separators is None else separators
        if default is not None:
            self.default = default

    def default(self, o) -> object:
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o) -> str:
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False) -> list:
        out = []
        unit = self.indent
        if unit is not None and not isinstance(unit, str):
            unit = ' ' * unit
        _Writer(self, unit, out).value(o, 0)
        return out

    def _number(self, f):
        if f == f and f not in (float('inf'), float('-inf')):
            return float.__repr__(f)
        text = 'NaN' if f != f else ('Infinity' if f > 0 else '-Infinity')
        if not self.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant')
        return text


class _Writer:
    """One `encode` call: the pieces written so far and the containers being written (for circular references)."""

    def __init__(self, encoder, unit, out):
        self.encoder = encoder
        self.unit = unit
        self.out = out
        self.open = set() if encoder.check_circular else None

    def enter(self, o):
        if self.open is None:
            return
        if id(o) in self.open:
            raise ValueError('Circular reference detected')
        self.open.add(id(o))

    def leave(self, o):
        if self.open is not None:
            self.open.discard(id(o))

    def value(self, o, depth):
        enc = self.encoder
        if o is None or o is True or o is False:
            self.out.append(_WORDS[o])
        elif isinstance(o, str):
            self.out.append(_quote(o, enc.ensure_ascii))
        elif isinstance(o, (int, float)):
            self.out.append(int.__repr__(o) if isinstance(o, int) else enc._number(o))
        elif isinstance(o, (tuple, list)):
            self.array(o, depth)
        elif isinstance(o, dict):
            self.object(o, depth)
        else:
            self.enter(o)
            self.value(enc.default(o), depth)
            self.leave(o)

    def layout(self, depth):
        """The text that opens the items of a container at `depth`, the text between them and the closing text."""
        if self.unit is None:
            return '', self.encoder.item_separator, ''
        inner = '\n' + self.unit * (depth + 1)
        return inner, self.encoder.item_separator + inner, '\n' + self.unit * depth

    def array(self, items, depth):
        if not items:
            self.out.append('[]')
            return
        self.enter(items)
        first, between, last = self.layout(depth)
        self.out.append('[' + first)
        for i, item in enumerate(items):
            if i:
                self.out.append(between)
            self.value(item, depth + 1)
        self.out.append(last + ']')
        self.leave(items)

    def key(self, k):
        enc = self.encoder
        if isinstance(k, str):
            return k
        if isinstance(k, float):
            return enc._number(k)
        if k is None or k is True or k is False:
            return _WORDS[k]
        if isinstance(k, int):
            return int.__repr__(k)
        if enc.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {k.__class__.__name__}')

    def object(self, mapping, depth):
        if not mapping:
            self.out.append('{}')
            return
        self.enter(mapping)
        enc = self.encoder
        first, between, last = self.layout(depth)
        self.out.append('{' + first)
        pairs = sorted(mapping.items()) if enc.sort_keys else mapping.items()
        written = False
        for key, item in pairs:
            name = self.key(key)
            if name is None:
                continue
            if written:
                self.out.append(between)
            written = True
            self.out.append(_quote(name, enc.ensure_ascii) + enc.key_separator)
            self.value(item, depth + 1)
        self.out.append(last + '}')
        self.leave(mapping)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    encoder = (cls or JSONEncoder)(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                                   allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                                   sort_keys=sort_keys, **kw)
    return encoder.encode(obj)


def dump(obj, fp, **kw):
    for piece in (kw.pop('cls', None) or JSONEncoder)(**kw).iterencode(obj):
        fp.write(piece)
"""#
}
