/// The Python source of `typing`: special forms and generic names that subscript into aliases with CPython's
/// reprs, TypeVar, Generic, Protocol with runtime_checkable, NamedTuple (over collections' namedtuple),
/// TypedDict, cast, NewType and the no-op decorators.
enum TypingSource {
    static let text = #"""
TYPE_CHECKING = False


def _shown(hint: object) -> str:
    if isinstance(hint, type):
        return hint.__name__ if hint.__module__ == 'builtins' else f"{hint.__module__}.{hint.__qualname__}"
    if hint is type(None):
        return 'None'
    if hint is ...:
        return '...'
    if hint is None:
        return 'NoneType'
    if isinstance(hint, list):
        return '[' + ', '.join(_shown(h) for h in hint) + ']'
    return repr(hint)


class _Alias:
    """A subscripted form: `typing.List[int]`, `typing.Optional[str]`; calling it makes its origin."""

    def __init__(self, name: str, origin: object, args: tuple) -> None:
        self._name, self.__origin__, self.__args__ = name, origin, args

    def __repr__(self: "_Alias") -> str:
        if self._name == 'Optional':
            return f"typing.Optional[{_shown(self.__args__[0])}]"
        return f"typing.{self._name}[{', '.join(_shown(a) for a in self.__args__)}]"

    def __call__(self, *args, **kwargs) -> object:
        return self.__origin__(*args, **kwargs)

    def __eq__(self, that: object) -> bool:
        return isinstance(that, _Alias) and (self.__origin__, self.__args__) == (that.__origin__, that.__args__)

    def __hash__(self: "_Alias") -> int:
        return hash((self._name, self.__args__))

    def __getitem__(self, more: object) -> "_Alias":
        return _Alias(self._name, self.__origin__, more if isinstance(more, tuple) else (more,))

    def __or__(self, that: object) -> "_Alias":
        return Union[self, that]


class _Form:
    """A special form or generic name of typing (`Any`, `Optional`, `List`, ...)."""

    def __init__(self, name: str, origin: object = None, build: object = None) -> None:
        self._name, self._origin, self._build = name, origin, build

    def __repr__(self: "_Form") -> str:
        return f"typing.{self._name}"

    def __getitem__(self, params: object) -> _Alias:
        params = params if isinstance(params, tuple) else (params,)
        if self._build is not None:
            return self._build(params)
        return _Alias(self._name, self._origin, params)

    def __call__(self, *args, **kwargs) -> object:
        if self._origin is None:
            raise TypeError(f"Cannot instantiate typing.{self._name}")
        return self._origin(*args, **kwargs)

    def __or__(self, that: object) -> _Alias:
        return Union[self, that]

    def __ror__(self, that: object) -> _Alias:
        return Union[that, self]


def _flatten(params: tuple) -> tuple:
    members = []
    for p in params:
        p = type(None) if p is None else p
        inner = p.__args__ if isinstance(p, _Alias) and p._name in ('Union', 'Optional') else (p,)
        for q in inner:
            if q not in members:
                members.append(q)
    return tuple(members)


def _union(params: tuple) -> object:
    members = _flatten(params)
    if len(members) == 1:
        return members[0]
    if len(members) == 2 and type(None) in members:
        return _Alias('Optional', None, tuple(m for m in members if m is not type(None)) + (type(None),))
    return _Alias('Union', None, members)


def _optional(params: tuple) -> object:
    return _union(params + (None,))


def _callable(params: tuple) -> _Alias:
    return _Alias('Callable', None, params)


Any = _Form('Any')
NoReturn = _Form('NoReturn')
Never = _Form('Never')
Self = _Form('Self')
LiteralString = _Form('LiteralString')
TypeAlias = _Form('TypeAlias')
Union = _Form('Union', build=_union)
Optional = _Form('Optional', build=_optional)
Callable = _Form('Callable', build=_callable)
Literal = _Form('Literal', build=lambda params: _Alias('Literal', None, params))
ClassVar = _Form('ClassVar')
Final = _Form('Final')
Annotated = _Form('Annotated')
Required = _Form('Required')
NotRequired = _Form('NotRequired')
TypeGuard = _Form('TypeGuard')
Concatenate = _Form('Concatenate')
Unpack = _Form('Unpack')
List = _Form('List', list)
Dict = _Form('Dict', dict)
Set = _Form('Set', set)
FrozenSet = _Form('FrozenSet', frozenset)
Tuple = _Form('Tuple', tuple)
Type = _Form('Type', type)
Text = str
_GENERIC_NAMES = ('Iterable', 'Iterator', 'Generator', 'Sequence', 'MutableSequence', 'Mapping',
                  'MutableMapping', 'AbstractSet', 'MutableSet', 'Collection', 'Container', 'Sized',
                  'Hashable', 'Reversible', 'Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator',
                  'AsyncGenerator', 'ContextManager', 'AsyncContextManager', 'KeysView', 'ValuesView',
                  'ItemsView', 'MappingView', 'SupportsInt', 'SupportsFloat', 'SupportsAbs', 'SupportsIndex',
                  'SupportsRound', 'Pattern', 'Match', 'IO', 'TextIO', 'BinaryIO', 'Deque', 'DefaultDict',
                  'OrderedDict', 'Counter', 'ChainMap', 'SupportsBytes', 'SupportsComplex', 'ByteString')
(Iterable, Iterator, Generator, Sequence, MutableSequence, Mapping, MutableMapping, AbstractSet, MutableSet,
 Collection, Container, Sized, Hashable, Reversible, Awaitable, Coroutine, AsyncIterable, AsyncIterator,
 AsyncGenerator, ContextManager, AsyncContextManager, KeysView, ValuesView, ItemsView, MappingView,
 SupportsInt, SupportsFloat, SupportsAbs, SupportsIndex, SupportsRound, Pattern, Match, IO, TextIO, BinaryIO,
 Deque, DefaultDict, OrderedDict, Counter, ChainMap, SupportsBytes, SupportsComplex,
 ByteString) = [_Form(n) for n in _GENERIC_NAMES]


class TypeVar:
    def __init__(self, name: str, *constraints, bound: object = None, covariant: bool = False,
                 contravariant: bool = False) -> None:
        self.__name__, self.__constraints__, self.__bound__ = name, constraints, bound
        self.__covariant__, self.__contravariant__ = covariant, contravariant

    def __repr__(self: "TypeVar") -> str:
        return ('+' if self.__covariant__ else '-' if self.__contravariant__ else '~') + self.__name__

    def __or__(self, that: object) -> _Alias:
        return Union[self, that]


AnyStr = TypeVar('AnyStr', str)


class ParamSpec(TypeVar):
    def __init__(self, name: str, **options) -> None:
        TypeVar.__init__(self, name)


class TypeVarTuple(TypeVar):
    pass


class Generic:
    """`class Box(Generic[T])`: subscripting a generic class gives an alias that still makes instances."""

    def __class_getitem__(cls, params: object) -> object:
        if cls is Generic or cls is Protocol:
            return cls
        params = params if isinstance(params, tuple) else (params,)
        return _ClassAlias(cls, params)


class _ClassAlias(_Alias):
    def __init__(self, origin: type, args: tuple) -> None:
        _Alias.__init__(self, origin.__qualname__, origin, args)

    def __repr__(self: "_ClassAlias") -> str:
        inner = ', '.join(_shown(a) for a in self.__args__)
        return f"{self.__origin__.__module__}.{self.__origin__.__qualname__}[{inner}]"


class Protocol(Generic):
    """Structural types: isinstance() works once a protocol is @runtime_checkable, and checks its members."""
    _is_runtime_protocol = False

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        own = [name for name in cls.__dict__ if not (name.startswith('__') and name.endswith('__'))]
        own += list(cls.__dict__.get('__annotations__', {}))
        cls._protocol_members = tuple(m for m in own if m not in ('_is_runtime_protocol', '_protocol_members'))
        cls._is_protocol = Protocol in cls.__bases__

    @classmethod
    def __instancecheck__(cls, instance: object) -> bool:
        if cls in type(instance).__mro__:
            return True
        if not cls.__dict__.get('_is_protocol', False):
            return False
        if not cls._is_runtime_protocol:
            raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
        return all(hasattr(instance, m) for m in cls._protocol_members)


def runtime_checkable(cls: type) -> type:
    cls._is_runtime_protocol = True
    return cls


def cast(typ: object, val: object) -> object:
    return val


_OVERLOADS = {}


def _overload_key(func: object) -> tuple:
    return getattr(func, '__module__', None), getattr(func, '__qualname__', None)


def overload(func: object) -> object:
    _OVERLOADS.setdefault(_overload_key(func), []).append(func)
    return func


def get_overloads(func: object) -> list:
    """The `@overload` variants declared for `func`'s name, in order."""
    return list(_OVERLOADS.get(_overload_key(func), ()))


def clear_overloads() -> None:
    _OVERLOADS.clear()


def no_type_check_decorator(decorator: object) -> object:
    """Decorators it marks leave their functions' annotations alone; asyncviz checks none, so it is `decorator`."""
    marked = decorator
    return marked


def is_typeddict(tp: object) -> bool:
    return isinstance(tp, type) and TypedDict in tp.__mro__ and tp is not TypedDict


class ForwardRef:
    """A string annotation not evaluated yet: `ForwardRef('Node')`."""

    def __init__(self, arg: str, is_argument: bool = True, module: object = None, *, is_class: bool = False) -> None:
        if isinstance(arg, str) is False:
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__, self.__forward_module__ = arg, module

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ForwardRef):
            return self.__forward_arg__ == other.__forward_arg__
        return NotImplemented

    def __hash__(self) -> int:
        return hash(('ForwardRef', self.__forward_arg__))

    def __repr__(self) -> 'str':
        return f'ForwardRef({self.__forward_arg__!r})'


def final(f: object) -> object:
    return f


def no_type_check(arg: object) -> object:
    return arg


def dataclass_transform(**kwargs) -> object:
    return lambda cls: cls


def reveal_type(obj: object) -> object:
    return obj


def assert_never(arg: object) -> None:
    raise AssertionError(f"Expected code to be unreachable, but got: {arg!r}")


def assert_type(val: object, typ: object) -> object:
    return val


def _top_level_parts(text: str) -> list:
    """`text` cut at the commas outside brackets."""
    parts, depth, start = [], 0, 0
    for at, char in enumerate(text):
        depth += (char == '[') - (char == ']')
        if char == ',' and depth == 0:
            parts.append(text[start:at])
            start = at + 1
    return parts + [text[start:]]


def _evaluated(annotation: str, owner: object) -> object:
    """A string annotation's value: names looked up where `owner` was defined, subscripts applied."""
    text = annotation.strip()
    if text[:1] in ('"', "'"):
        return _evaluated(text[1:-1], owner)
    if text == '...':
        return ...
    if text == 'None':
        return None
    if text.startswith('['):
        return [_evaluated(part, owner) for part in _top_level_parts(text[1:-1]) if part.strip()]
    head, bracket, rest = text.partition('[')
    value = _lookup(owner, head.strip())
    if not bracket:
        return value
    arguments = [_evaluated(part, owner) for part in _top_level_parts(rest[:rest.rindex(']')])]
    return value[arguments[0]] if len(arguments) == 1 else value[tuple(arguments)]


def get_type_hints(obj: object, globalns: dict = None, localns: dict = None, include_extras: bool = False) -> dict:
    hints = {}
    for klass in reversed(getattr(obj, '__mro__', (obj,))):
        for name, hint in getattr(klass, '__annotations__', {}).items():
            hints[name] = _evaluated(hint, klass) if isinstance(hint, str) else hint
    return {name: type(None) if hint is None else hint for name, hint in hints.items()}


def get_origin(tp: object) -> object:
    return getattr(tp, '__origin__', None)


def get_args(tp: object) -> tuple:
    return getattr(tp, '__args__', ())


class NewType:
    def __init__(self, name: str, tp: object) -> None:
        self.__name__ = self.__qualname__ = name
        self.__supertype__ = tp

    def __call__(self, value: object) -> object:
        return value

    def __repr__(self: "NewType") -> str:
        return f"__main__.{self.__name__}"


class TypedDict:
    """`class Movie(TypedDict)`: calling the class makes a plain dict; the keys are its annotations."""

    def __init_subclass__(cls, total: bool = True, **kwargs) -> None:
        hints = {}
        for klass in reversed(cls.__mro__):
            hints.update(klass.__dict__.get('__annotations__', {}))
        cls.__annotations__ = hints
        keys = frozenset(hints)
        cls.__required_keys__ = keys if total else frozenset()
        cls.__optional_keys__ = frozenset() if total else keys
        cls.__total__ = total

    def __new__(cls, *args, **kwargs) -> dict:
        return dict(*args, **kwargs)


class NamedTuple(tuple):
    """`class Point(NamedTuple)`: the annotated names become the fields of a namedtuple class."""

    def __init_subclass__(cls, **kwargs) -> None:
        hints = dict(cls.__dict__.get('__annotations__', {}))
        defaults = [cls.__dict__[name] for name in hints if name in cls.__dict__]
        template = _namedtuple(cls.__name__, list(hints), defaults=defaults or None, module=cls.__module__)
        for name in ('__new__', '__setattr__', '_asdict', '_replace', '__getnewargs__', '__repr__', '_make',
                     '_fields', '_field_defaults', '__match_args__', *hints):
            setattr(cls, name, template.__dict__[name])

    def __new__(cls, *args, **kwargs) -> object:
        typename, fields = args[0], args[1] if len(args) > 1 else list(kwargs.items())
        return _namedtuple(typename, [name for name, _ in fields])
"""#
}
