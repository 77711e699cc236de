extension CollectionsSource {
    /// `namedtuple`: tuple subclasses whose fields are properties over the items, with CPython's checks.
    static let tuples = #"""
def _asdict(self) -> dict:
    return dict(zip(self._fields, self))


def _replace(self, **changes):
    unknown = [name for name in changes if name not in self._fields]
    if unknown:
        raise ValueError(f"Got unexpected field names: {unknown!r}")
    return self._make([changes.get(name, v) for name, v in zip(self._fields, self)])


def __getnewargs__(self) -> tuple:
    return tuple(self)


def __repr__(self) -> str:
    shown = ', '.join(f"{name}={v!r}" for name, v in zip(self._fields, self))
    return f"{type(self).__name__}({shown})"


_SHARED = {'_asdict': _asdict, '_replace': _replace, '__getnewargs__': __getnewargs__, '__repr__': __repr__}


def _field_property(index):
    return property(_item_getter(index))


def _is_identifier(name):
    return bool(name) and not name[0].isdigit() and all(c.isalnum() or c == '_' for c in name)


_KEYWORDS = frozenset('False None True and as assert async await break class continue def del elif else except '
                      'finally for from global if import in is lambda nonlocal not or pass raise return try while '
                      'with yield'.split())


def _checked_names(typename: str, spec: object, rename: bool) -> tuple:
    labels = [str(label) for label in (spec.replace(',', ' ').split(None) if isinstance(spec, str) else spec)]
    if rename:
        taken = set()
        for i, label in enumerate(labels):
            if not _is_identifier(label) or label.startswith('_') or label in taken or label in _KEYWORDS:
                labels[i] = f"_{i}"
            taken.add(labels[i])
    for label in [typename] + labels:
        if not isinstance(label, str) or not _is_identifier(label):
            raise ValueError(f"Type names and field names must be valid identifiers: {label!r}")
        if label in _KEYWORDS:
            raise ValueError(f"Type names and field names cannot be a keyword: {label!r}")
    taken = set()
    for label in labels:
        if label[0] == '_' and not rename:
            raise ValueError(f"Field names cannot start with an underscore: {label!r}")
        if label in taken:
            raise ValueError(f"Encountered duplicate field name: {label!r}")
        taken.add(label)
    return tuple(labels)


def namedtuple(typename: str, field_names: object, *, rename: bool = False, defaults: object = None,
               module: str = None) -> type:
    fields = _checked_names(typename, field_names, rename)
    defaults = tuple(defaults) if defaults is not None else ()
    if len(defaults) > len(fields):
        raise TypeError('Got more default values than field names')
    field_defaults = dict(zip(fields[len(fields) - len(defaults):], defaults))
    arg_list = ', '.join(fields)

    def __new__(cls, *args, **named):
        if len(args) > len(fields):
            low = len(fields) - len(defaults) + 1
            span = f"{low}" if low == len(fields) + 1 else f"from {low} to {len(fields) + 1}"
            raise TypeError(f"{typename}.__new__() takes {span} positional arguments but {len(args) + 1} were given")
        values = list(args)
        for name in fields[len(args):]:
            if name in named:
                values.append(named.pop(name))
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                values.append(_MISSING)
        for name in named:
            if name in fields:
                raise TypeError(f"{typename}.__new__() got multiple values for argument '{name}'")
            raise TypeError(f"{typename}.__new__() got an unexpected keyword argument '{name}'")
        missing = [name for name, v in zip(fields, values) if v is _MISSING]
        if missing:
            quoted = [f"'{name}'" for name in missing]
            listed = quoted[0] if len(quoted) == 1 else (
                ', '.join(quoted[:-1]) + (',' if len(quoted) > 2 else '') + ' and ' + quoted[-1])
            noun = 'argument' if len(missing) == 1 else 'arguments'
            raise TypeError(f"{typename}.__new__() missing {len(missing)} required positional {noun}: {listed}")
        return tuple.__new__(cls, values)

    def __setattr__(self, name, v) -> None:
        raise AttributeError(f"can't set attribute" if name in fields else
                             f"'{typename}' object has no attribute '{name}'")

    def _make(cls: type, source):
        values = tuple(source)
        if len(values) != len(fields):
            raise TypeError(f'Expected {len(fields)} arguments, got {len(values)}')
        return tuple.__new__(cls, values)

    namespace = {
        '__new__': __new__, '__slots__': (), '__setattr__': __setattr__, '_make': classmethod(_make),
        '_fields': fields, '_field_defaults': field_defaults, '__doc__': f"{typename}({arg_list})",
        '__match_args__': fields, '__module__': module or '__main__', **_SHARED,
    }
    for index, name in enumerate(fields):
        namespace[name] = _field_property(index)
    return type(typename, (tuple,), namespace)
"""#
}
