/// The Python source of `dataclasses`: fields from the class's `__annotations__`, with `__init__`, `__repr__`, comparisons, frozen assignment and hashing added as functions over the field list (no generated source), asdict, astuple, replace and fields.
enum DataclassesSource {
    static let text = #"""
class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()
_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


class FrozenInstanceError(AttributeError):
    pass


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only

    def __repr__(self):
        return (f"Field(name={self.name!r},type={self.type!r},default={self.default!r},"
                f"default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},"
                f"hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},kw_only={self.kw_only!r})")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith(('ClassVar', 'typing.ClassVar'))
    return getattr(annotation, '_name', None) == 'ClassVar'


def _collect(cls, kw_only):
    fields = {}
    for base in cls.__mro__[-1:0:-1]:
        for f in getattr(base, _FIELDS, {}).values():
            fields[f.name] = f
    annotations = cls.__dict__.get('__annotations__', {})
    for name, annotation in annotations.items():
        if _is_classvar(annotation):
            continue
        default = cls.__dict__.get(name, MISSING)
        f = default if isinstance(default, Field) else field(default=default)
        f.name = name
        f.type = annotation
        if f.kw_only is MISSING:
            f.kw_only = kw_only
        if isinstance(f.default, (list, dict, set)):
            raise ValueError(f"mutable default {type(f.default)} for field {name} is not allowed: use default_factory")
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        fields[name] = f
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    return fields


def _has_default(f):
    return f.default is not MISSING or f.default_factory is not MISSING


def _check_order(fields):
    seen_default = False
    for f in fields:
        if not f.init or f.kw_only:
            continue
        if _has_default(f):
            seen_default = True
        elif seen_default:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')


def _quoted_list(names):
    quoted = [f"'{n}'" for n in names]
    if len(quoted) == 1:
        return quoted[0]
    return ', '.join(quoted[:-1]) + (',' if len(quoted) > 2 else '') + ' and ' + quoted[-1]


def _make_init(cls, fields, frozen):
    positional = [f for f in fields if f.init and not f.kw_only]
    keyword_only = [f for f in fields if f.init and f.kw_only]
    hidden = [f for f in fields if not f.init]
    title = f"{cls.__qualname__}.__init__()"

    def __init__(self, *args, **kwargs):
        if len(args) > len(positional):
            required = len([f for f in positional if not _has_default(f)]) + 1
            span = str(len(positional) + 1) if required == len(positional) + 1 else \
                f"from {required} to {len(positional) + 1}"
            verb = 'was' if len(args) == 0 else 'were'
            raise TypeError(f"{title} takes {span} positional argument{'s' if span != '1' else ''} "
                            f"but {len(args) + 1} {verb} given")
        values = {}
        for f, value in zip(positional, args):
            values[f.name] = value
        names = [f.name for f in positional + keyword_only]
        for name, value in kwargs.items():
            if name not in names:
                raise TypeError(f"{title} got an unexpected keyword argument '{name}'")
            if name in values:
                raise TypeError(f"{title} got multiple values for argument '{name}'")
            values[name] = value
        for group, kind in ((positional, 'positional'), (keyword_only, 'keyword-only')):
            missing = [f.name for f in group if f.name not in values and not _has_default(f)]
            if missing:
                noun = 'argument' if len(missing) == 1 else 'arguments'
                raise TypeError(f"{title} missing {len(missing)} required {kind} {noun}: {_quoted_list(missing)}")
        for f in positional + keyword_only + hidden:
            if f.name in values:
                value = values[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.default is not MISSING:
                value = f.default
            else:
                continue
            if frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        post_init = getattr(self, '__post_init__', None)
        if post_init is not None:
            post_init()
    return __init__


def _values(obj, fields):
    return tuple(getattr(obj, f.name) for f in fields)


def _comparison(op, compared):
    def compare(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine, theirs = _values(self, compared), _values(other, compared)
        if op == '__eq__':
            return mine == theirs
        if op == '__lt__':
            return mine < theirs
        if op == '__le__':
            return mine <= theirs
        if op == '__gt__':
            return mine > theirs
        return mine >= theirs
    compare.__name__ = op
    return compare


def _set(cls, name, value):
    if name not in cls.__dict__:
        setattr(cls, name, value)
        return False
    return True


def _process(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    fields_by_name = _collect(cls, kw_only)
    fields = list(fields_by_name.values())
    setattr(cls, _FIELDS, fields_by_name)
    setattr(cls, _PARAMS, {'init': init, 'repr': repr, 'eq': eq, 'order': order,
                           'unsafe_hash': unsafe_hash, 'frozen': frozen})
    if init:
        _check_order(fields)
        _set(cls, '__init__', _make_init(cls, fields, frozen))
    if repr:
        shown = [f for f in fields if f.repr]

        def __repr__(self):
            inner = ', '.join(f"{f.name}={getattr(self, f.name)!r}" for f in shown)
            return f"{self.__class__.__qualname__}({inner})"
        _set(cls, '__repr__', __repr__)
    compared = [f for f in fields if f.compare]
    if eq:
        _set(cls, '__eq__', _comparison('__eq__', compared))
    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        for op in ('__lt__', '__le__', '__gt__', '__ge__'):
            if _set(cls, op, _comparison(op, compared)):
                raise TypeError(f'Cannot overwrite attribute {op} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')
    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in fields_by_name:
                raise FrozenInstanceError(f"cannot assign to field {name!r}")
            object.__setattr__(self, name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in fields_by_name:
                raise FrozenInstanceError(f"cannot delete field {name!r}")
            object.__delattr__(self, name)
        setattr(cls, '__setattr__', __setattr__)
        setattr(cls, '__delattr__', __delattr__)
    explicit_hash = cls.__dict__.get('__hash__', MISSING) not in (MISSING, None)
    hashed = [f for f in fields if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash or (eq and frozen and not explicit_hash):
        cls.__hash__ = lambda self: hash(_values(self, hashed))
    elif eq and not frozen and not explicit_hash:
        cls.__hash__ = None
    if match_args:
        _set(cls, '__match_args__', tuple(f.name for f in fields if f.init and not f.kw_only))
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False):
    def wrap(cls):
        return _process(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    found = getattr(class_or_instance, _FIELDS, None)
    if found is None:
        raise TypeError('must be called with a dataclass type or instance')
    return tuple(found.values())


def is_dataclass(obj):
    return hasattr(obj if isinstance(obj, type) else type(obj), _FIELDS)


def _convert(obj, factory, as_tuple):
    if is_dataclass(obj) and not isinstance(obj, type):
        values = [(f.name, _convert(getattr(obj, f.name), factory, as_tuple)) for f in fields(obj)]
        return factory(v for _, v in values) if as_tuple else factory(values)
    if isinstance(obj, list):
        return [_convert(v, factory, as_tuple) for v in obj]
    if isinstance(obj, tuple):
        return tuple(_convert(v, factory, as_tuple) for v in obj)
    if isinstance(obj, dict):
        return {_convert(k, factory, as_tuple): _convert(v, factory, as_tuple) for k, v in obj.items()}
    return obj


def asdict(obj, *, dict_factory=dict):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(obj, dict_factory, False)


def astuple(obj, *, tuple_factory=tuple):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("astuple() should be called on dataclass instances")
    return _convert(obj, tuple_factory, True)


def replace(obj, /, **changes):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("replace() should be called on dataclass instances")
    for f in fields(obj):
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
"""#
}
