/// The Python source of `string.Formatter`: `str.format`'s language taken apart (`parse`) and put together
/// again through methods a subclass overrides (`get_value`, `get_field`, `format_field`, `convert_field`,
/// `check_unused_args`), with CPython's messages for malformed formats.
enum StringFormatterSource {
    static let text = #"""
def _replacement_field(text: str, at: int) -> tuple:
    """The inside of the field opened at `at` (nested braces included) and the index after its `}`."""
    depth, end = 1, at + 1
    while end < len(text):
        depth += {'{': 1, '}': -1}.get(text[end], 0)
        if depth == 0:
            return text[at + 1:end], end + 1
        end += 1
    raise ValueError("expected '}' before end of string")


def _field_parts(inside: str) -> tuple:
    """(field name, format spec, conversion) of a replacement field's inside."""
    name_end = len(inside)
    for at, char in enumerate(inside):
        if char in '!:':
            name_end = at
            break
        if char == '[':
            close = inside.find(']', at)
            name_end = len(inside) if close < 0 else name_end
    name, rest = inside[:name_end], inside[name_end:]
    conversion = None
    if rest.startswith('!'):
        if len(rest) < 2 or (len(rest) > 2 and rest[2] != ':'):
            raise ValueError('expected \':\' after conversion specifier')
        conversion, rest = rest[1], rest[2:]
    return name, rest[1:] if rest.startswith(':') else rest, conversion


class Formatter:
    """`str.format` as a class whose steps can be overridden."""

    def format(self, format_string: str, /, *args: object, **kwargs: object) -> str:
        return self.vformat(format_string, args, dict(kwargs))

    def vformat(self, format_string: str, args: tuple, kwargs: dict) -> str:
        used = set()
        text, _ = self._vformat(format_string, args, kwargs, used, 2, 0)
        self.check_unused_args(used, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used, depth, next_index) -> tuple:
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal, name, spec, conversion in self.parse(format_string):
            pieces.append(literal)
            if name is None:
                continue
            if name == '':
                if next_index is False:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                name, next_index = str(next_index), next_index + 1
            elif name.split('.')[0].split('[')[0].isdigit():
                if next_index:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                next_index = False
            value, key = self.get_field(name, args, kwargs)
            used.add(key)
            value = self.convert_field(value, conversion)
            spec, next_index = self._vformat(spec, args, kwargs, used, depth - 1, next_index)
            pieces.append(self.format_field(value, spec))
        return ''.join(pieces), next_index

    def parse(self, format_string: str) -> list:
        found, literal, at = [], [], 0
        while at < len(format_string):
            char = format_string[at]
            doubled = format_string[at + 1:at + 2] == char
            if char in '{}' and doubled:
                found.append((''.join(literal) + char, None, None, None))
                literal = []
                at += 2
            elif char == '}':
                raise ValueError("Single '}' encountered in format string")
            elif char == '{':
                inside, at = _replacement_field(format_string, at)
                found.append((''.join(literal), *_field_parts(inside)))
                literal = []
            else:
                literal.append(char)
                at += 1
        if literal:
            found.append((''.join(literal), None, None, None))
        return found

    def get_value(self, key: object, args: tuple, kwargs: dict) -> object:
        return args[key] if isinstance(key, int) else kwargs[key]

    def get_field(self, field_name: str, args: tuple, kwargs: dict) -> tuple:
        head = field_name.split('.')[0].split('[')[0]
        key = int(head) if head.isdigit() else head
        value = self.get_value(key, args, kwargs)
        rest = field_name[len(head):]
        while rest:
            if rest[0] == '.':
                attribute = rest[1:].split('.')[0].split('[')[0]
                value, rest = getattr(value, attribute), rest[1 + len(attribute):]
            else:
                close = rest.index(']')
                index = rest[1:close]
                value, rest = value[int(index) if index.isdigit() else index], rest[close + 1:]
        return value, key

    def check_unused_args(self, used_args: set, args: tuple, kwargs: dict) -> None:
        pass

    def format_field(self, value: object, format_spec: str) -> str:
        formatted = format(value, format_spec)
        return formatted

    def convert_field(self, value: object, conversion: object) -> object:
        if conversion is None:
            return value
        if conversion in ('s', 'r', 'a'):
            return {'s': str, 'r': repr, 'a': ascii}[conversion](value)
        raise ValueError(f'Unknown conversion specifier {conversion}')
"""#
}
