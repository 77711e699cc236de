/// The Python source of `string`: the character-class constants, capwords and Template (`$name`, `${name}`, `$$`)
/// with substitute and safe_substitute.
enum StringSource {
    static let text = basics + "\n\n" + StringFormatterSource.text

    static let basics = #"""
whitespace = ''.join(map(chr, (32, 9, 10, 13, 11, 12)))
ascii_lowercase = ''.join(chr(c) for c in range(ord('a'), ord('z') + 1))
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ''.join((ascii_lowercase, ascii_uppercase))
digits = ''.join(str(d) for d in range(10))
hexdigits = ''.join((digits, ascii_lowercase[:6], ascii_uppercase[:6]))
octdigits = digits[:8]
punctuation = ''.join(chr(c) for c in range(33, 127) if not chr(c).isalnum())
printable = ''.join((digits, ascii_letters, punctuation, whitespace))


def capwords(s: str, sep: str = None) -> str:
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


def _is_name_start(c: str) -> bool:
    return c == '_' or c.isalpha() and c.isascii()


def _is_name_part(c: str) -> bool:
    return c == '_' or c.isalnum() and c.isascii()


class Template:
    """`$name` and `${name}` placeholders, `$$` for a dollar sign."""
    delimiter = '$'

    def __init__(self, template: str) -> None:
        self.template = str(template)

    def _pieces(self) -> list:
        """The template as (literal text, placeholder name or None, where it starts, how it is written) runs."""
        text, out, i, literal = self.template, [], 0, ''
        while i < len(text):
            c = text[i]
            if c != '$':
                literal += c
                i += 1
                continue
            nxt = text[i + 1:i + 2]
            if nxt == '$':
                literal += '$'
                i += 2
            elif nxt == '{':
                close = text.find('}', i)
                inner = text[i + 2:close] if close > 0 else ''
                if close < 0 or not inner or not _is_name_start(inner[0]) or not all(map(_is_name_part, inner)):
                    out.append((literal, None, i, None))
                    literal = ''
                    i += 1
                else:
                    out.append((literal, inner, i, text[i:close + 1]))
                    literal = ''
                    i = close + 1
            elif nxt and _is_name_start(nxt):
                end = i + 1
                while end < len(text) and _is_name_part(text[end]):
                    end += 1
                out.append((literal, text[i + 1:end], i, text[i:end]))
                literal = ''
                i = end
            else:
                out.append((literal, None, i, None))
                literal = ''
                i += 1
        out.append((literal, '', len(text), ''))
        return out

    def _position(self, at: int) -> str:
        before = self.template[:at]
        line = before.count('\n') + 1
        column = at - (before.rfind('\n') + 1) + 1
        return f'Invalid placeholder in string: line {line}, col {column}'

    def substitute(self, mapping: dict = None, /, **kws) -> str:
        values = {**(mapping or {}), **kws}
        result = ''
        for literal, name, at, _ in self._pieces():
            result += literal
            if not isinstance(name, str):
                raise ValueError(self._position(at))
            if name:
                result += str(values[name])
        return result

    def safe_substitute(self, mapping: dict = None, /, **kws) -> str:
        values = {**(mapping or {}), **kws}
        result = ''
        for literal, name, at, written in self._pieces():
            result += literal
            if not isinstance(name, str):
                result += '$'
            elif name:
                result += str(values[name]) if name in values else written
        return result

    def get_identifiers(self) -> list:
        found = []
        for _, name, _, _ in self._pieces():
            if name and name not in found:
                found.append(name)
        return found

    def is_valid(self) -> bool:
        return all(name is not None for _, name, _, _ in self._pieces())
"""#
}
