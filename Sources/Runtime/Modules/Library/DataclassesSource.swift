/// The Python source of `dataclasses`: fields from the class's `__annotations__`, with `__init__`, `__repr__`,
/// comparisons, frozen assignment and hashing added as functions over the field list (no generated source),
/// asdict, astuple, replace and fields; `InitVar` pseudo-fields go to `__init__` and `__post_init__` only,
/// `KW_ONLY` makes the fields after it keyword-only, `slots=True` rebuilds the class with `__slots__`.
enum DataclassesSource {
    static let text = #"""
class _MissingType:
    def __repr__(self: "_MissingType") -> str:
        return 'MISSING'


MISSING = _MissingType()
_FIELDS, _PARAMS = '__dataclass_fields__', '__dataclass_params__'


class FrozenInstanceError(AttributeError):
    pass


class _KwOnlyType:
    def __repr__(self) -> 'str':
        return 'KW_ONLY'


KW_ONLY = _KwOnlyType()


class InitVar:
    """An init-only pseudo-field: `x: InitVar[int]` is an argument of `__init__` and `__post_init__`."""
    __slots__ = ('type',)

    def __init__(self, kind: object) -> None:
        self.type = kind

    def __repr__(self) -> 'str':
        shown = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return f'dataclasses.InitVar[{shown}]'

    def __class_getitem__(cls, kind: object) -> 'InitVar':
        return cls(kind)


class Field:
    """One field: its name and annotation (set when the class is processed) and how it takes part."""
    _ATTRIBUTES = ('default', 'default_factory', 'init', 'repr', 'hash', 'compare', 'metadata', 'kw_only')

    def __init__(self, *settings) -> None:
        self.name = self.type = None
        self._initvar = False
        for attribute, setting in zip(self._ATTRIBUTES, settings):
            setattr(self, attribute, setting)
        if self.metadata is None:
            self.metadata = {}

    def __repr__(self: "Field") -> str:
        return (f"Field(name={self.name!r},type={self.type!r},default={self.default!r},"
                f"default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},"
                f"hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},kw_only={self.kw_only!r})")


def field(*, default: object = MISSING, default_factory: object = MISSING, init: bool = True, repr: bool = True,
          hash: object = None, compare: bool = True, metadata: dict = None, kw_only: object = MISSING) -> Field:
    if MISSING not in (default, default_factory):
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith(('ClassVar', 'typing.ClassVar'))
    return getattr(annotation, '_name', None) == 'ClassVar'


def _marks(annotation, marker, name):
    if isinstance(annotation, str):
        return annotation.startswith((name, 'dataclasses.' + name))
    return annotation is marker or (marker is InitVar and isinstance(annotation, InitVar))


def _collect(cls, kw_only):
    fields = {}
    for base in cls.__mro__[-1:0:-1]:
        for fld in getattr(base, _FIELDS, {}).values():
            fields[fld.name] = fld
    annotations = cls.__dict__.get('__annotations__', {})
    for name, annotation in annotations.items():
        if _is_classvar(annotation):
            continue
        if _marks(annotation, KW_ONLY, 'KW_ONLY'):
            kw_only = True
            continue
        default = cls.__dict__.get(name, MISSING)
        fld = default if isinstance(default, Field) else field(default=default)
        fld.name = name
        fld.type = annotation
        fld._initvar = _marks(annotation, InitVar, 'InitVar')
        if fld.kw_only is MISSING:
            fld.kw_only = kw_only
        if isinstance(fld.default, (list, dict, set)):
            raise ValueError(f"mutable default {type(fld.default)} for field {name} is not allowed: "
                             "use default_factory")
        if type(default) is Field:
            if fld.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, fld.default)
        fields[name] = fld
    for name, entry in cls.__dict__.items():
        if isinstance(entry, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    return fields


def _has_default(fld):
    return fld.default is not MISSING or fld.default_factory is not MISSING


def _check_order(fields):
    seen_default = False
    for fld in fields:
        if not fld.init or fld.kw_only:
            continue
        if _has_default(fld):
            seen_default = True
        elif seen_default is True:
            raise TypeError(f'non-default argument {fld.name!r} follows default argument')


def _quoted_list(names):
    quoted = [f"'{n}'" for n in names]
    if len(quoted) == 1:
        return quoted[0]
    return ', '.join(quoted[:-1]) + (',' if len(quoted) > 2 else '') + ' and ' + quoted[-1]


def _make_init(cls, fields, frozen):
    positional = [fld for fld in fields if fld.init and not fld.kw_only]
    keyword_only = [fld for fld in fields if fld.init and fld.kw_only]
    hidden = [fld for fld in fields if not fld.init]
    initvars = [fld for fld in fields if fld._initvar]
    title = f"{cls.__qualname__}.__init__()"

    def __init__(self, *args, **kwargs) -> None:
        if len(args) > len(positional):
            required = len([fld for fld in positional if not _has_default(fld)]) + 1
            span = str(len(positional) + 1) if required == len(positional) + 1 else \
                f"from {required} to {len(positional) + 1}"
            verb = 'was' if len(args) == 0 else 'were'
            raise TypeError(f"{title} takes {span} positional argument{'s' if span != '1' else ''} "
                            f"but {len(args) + 1} {verb} given")
        values = {}
        for fld, value in zip(positional, args):
            values[fld.name] = value
        names = [fld.name for fld in positional + keyword_only]
        for name, value in kwargs.items():
            if name not in names:
                raise TypeError(f"{title} got an unexpected keyword argument '{name}'")
            if name in values:
                raise TypeError(f"{title} got multiple values for argument '{name}'")
            values[name] = value
        for group, kind in ((positional, 'positional'), (keyword_only, 'keyword-only')):
            missing = [fld.name for fld in group if fld.name not in values and not _has_default(fld)]
            if missing:
                noun = 'argument' if len(missing) == 1 else 'arguments'
                raise TypeError(f"{title} missing {len(missing)} required {kind} {noun}: {_quoted_list(missing)}")
        for fld in positional + keyword_only + hidden:
            if fld._initvar:
                values.setdefault(fld.name, fld.default)
                continue
            if fld.name in values:
                value = values[fld.name]
            elif fld.default_factory is not MISSING:
                value = fld.default_factory()
            elif fld.default is not MISSING:
                value = fld.default
            else:
                continue
            if frozen:
                object.__setattr__(self, fld.name, value)
            else:
                setattr(self, fld.name, value)
        post_init = getattr(self, '__post_init__', None)
        if post_init is not None:
            post_init(*[values[fld.name] for fld in initvars])
    return __init__


def _values(instance, fields):
    return tuple(getattr(instance, fld.name) for fld in fields)


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


def _set(cls: type, name: str, method: object) -> bool:
    if name not in cls.__dict__:
        setattr(cls, name, method)
        return False
    return True


def _process(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    fields_by_name = _collect(cls, kw_only)
    every = list(fields_by_name.values())
    fields = [fld for fld in every if not fld._initvar]
    setattr(cls, _FIELDS, fields_by_name)
    setattr(cls, _PARAMS, {'init': init, 'repr': repr, 'eq': eq, 'order': order,
                           'unsafe_hash': unsafe_hash, 'frozen': frozen})
    if init:
        _check_order(every)
        _set(cls, '__init__', _make_init(cls, every, frozen))
    if repr:
        shown = [fld for fld in fields if fld.repr]
        showing = set()

        def __repr__(self: "Field") -> str:
            # An instance that holds itself shows as `...` inside its own repr.
            if id(self) in showing:
                return '...'
            showing.add(id(self))
            try:
                inner = ', '.join(f"{fld.name}={getattr(self, fld.name)!r}" for fld in shown)
                return f"{self.__class__.__qualname__}({inner})"
            finally:
                showing.discard(id(self))
        _set(cls, '__repr__', __repr__)
    compared = [fld for fld in fields if fld.compare]
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
        def __setattr__(self, name, value) -> None:
            if type(self) is cls or name in fields_by_name:
                raise FrozenInstanceError(f"cannot assign to field {name!r}")
            object.__setattr__(self, name, value)

        def __delattr__(self, name) -> None:
            if type(self) is cls or name in fields_by_name:
                raise FrozenInstanceError(f"cannot delete field {name!r}")
            object.__delattr__(self, name)
        setattr(cls, '__setattr__', __setattr__)
        setattr(cls, '__delattr__', __delattr__)
    explicit_hash = cls.__dict__.get('__hash__', MISSING) not in (MISSING, None)
    hashed = [fld for fld in fields if (fld.compare if fld.hash is None else fld.hash)]
    if unsafe_hash or (eq and frozen and not explicit_hash):
        cls.__hash__ = lambda self: hash(_values(self, hashed))
    elif eq and not frozen and not explicit_hash:
        cls.__hash__ = None
    if match_args:
        _set(cls, '__match_args__', tuple(fld.name for fld in every if fld.init and not fld.kw_only))
    return _with_slots(cls, fields) if slots else cls


def _with_slots(cls, fields):
    """The class made again with `__slots__` naming its fields (slots cannot be added to a made class)."""
    namespace = {k: v for k, v in cls.__dict__.items() if k not in ('__dict__', '__weakref__')}
    for fld in fields:
        namespace.pop(fld.name, None)
    namespace['__slots__'] = tuple(fld.name for fld in fields)
    made = type(cls)(cls.__name__, cls.__bases__, namespace)
    made.__qualname__ = cls.__qualname__
    return made


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False):
    def wrap(cls):
        return _process(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots)
    return wrap if cls is None else wrap(cls)


def fields(class_or_instance: object) -> tuple:
    found = getattr(class_or_instance, _FIELDS, None)
    if found is None:
        raise TypeError('must be called with a dataclass type or instance')
    return tuple(fld for fld in found.values() if not fld._initvar)


def is_dataclass(instance: object) -> bool:
    return hasattr(instance if isinstance(instance, type) else type(instance), _FIELDS)


def _convert(instance, factory, as_tuple):
    if is_dataclass(instance) and not isinstance(instance, type):
        values = [(fld.name, _convert(getattr(instance, fld.name), factory, as_tuple)) for fld in fields(instance)]
        return factory(v for _, v in values) if as_tuple else factory(values)
    if isinstance(instance, list):
        return [_convert(v, factory, as_tuple) for v in instance]
    if isinstance(instance, tuple):
        items = [_convert(v, factory, as_tuple) for v in instance]
        return type(instance)(*items) if hasattr(instance, '_fields') else type(instance)(items)
    if isinstance(instance, dict):
        return {_convert(k, factory, as_tuple): _convert(v, factory, as_tuple) for k, v in instance.items()}
    return instance


def asdict(instance: object, *, dict_factory: type = dict) -> dict:
    if not is_dataclass(instance) or isinstance(instance, type):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(instance, dict_factory, False)


def astuple(instance: object, *, tuple_factory: type = tuple) -> tuple:
    if not is_dataclass(instance) or isinstance(instance, type):
        raise TypeError("astuple() should be called on dataclass instances")
    return _convert(instance, tuple_factory, True)


def replace(instance: object, /, **changes) -> object:
    if not is_dataclass(instance) or isinstance(instance, type):
        raise TypeError("replace() should be called on dataclass instances")
    for fld in getattr(instance, _FIELDS).values():
        if fld._initvar and fld.name not in changes and fld.default is MISSING:
            raise ValueError(f"InitVar {fld.name!r} must be specified with replace()")
        if not fld.init:
            if fld.name in changes:
                raise ValueError(f'field {fld.name} is declared with init=False, it cannot be specified with replace()')
            continue
        if fld.name not in changes:
            changes[fld.name] = getattr(instance, fld.name)
    return instance.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **options):
    """A dataclass named `cls_name` with `fields`: names, (name, type) or (name, type, Field) items."""
    body = dict(namespace or {})
    hints = body['__annotations__'] = {}
    for spec in fields:
        name, hint, *settings = (spec, 'typing.Any') if isinstance(spec, str) else spec
        hints[name] = hint
        if settings:
            body[name] = settings[0]
    return dataclass(type(cls_name, bases, body), **options)
"""#
}
