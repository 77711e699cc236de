/// The Python source of `collections`: deque (a list with an optional bound), defaultdict, OrderedDict, Counter
/// and ChainMap over a dict they hold (asyncviz cannot subclass dict), namedtuple classes over a tuple they hold,
/// with CPython's reprs and messages.
enum CollectionsSource {
    static let text = #"""
_MISSING = object()


class deque:
    def __init__(self, source=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._bound = maxlen
        self._items = []
        self.extend(source)

    @property
    def maxlen(self):
        return self._bound

    def append(self, x):
        self._items.append(x)
        if self._bound is not None and len(self._items) > self._bound:
            del self._items[0]

    def appendleft(self, x):
        self._items.insert(0, x)
        if self._bound is not None and len(self._items) > self._bound:
            self._items.pop()

    def extend(self, source):
        for x in list(source):
            self.append(x)

    def extendleft(self, source):
        for x in list(source):
            self.appendleft(x)

    def pop(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop(0)

    def rotate(self, n=1):
        if self._items:
            n %= len(self._items)
            self._items[:] = self._items[-n:] + self._items[:-n]

    def clear(self) -> None:
        self._items.clear()

    def copy(self):
        return deque(self._items, self._bound)

    __copy__ = copy

    def count(self, x):
        return self._items.count(x)

    def index(self, x, start=0, stop=None):
        for i in range(start, len(self._items) if stop is None else min(stop, len(self._items))):
            if self._items[i] == x:
                return i
        raise ValueError(f"{x!r} is not in deque")

    def insert(self, i, x):
        if self._bound is not None and len(self._items) >= self._bound:
            raise IndexError("deque already at its maximum size")
        self._items.insert(i, x)

    def remove(self, v) -> None:
        for i, x in enumerate(self._items):
            if x == v:
                del self._items[i]
                return
        raise ValueError(f"{v!r} is not in deque")

    def reverse(self) -> None:
        self._items.reverse()

    def _position(self, i):
        if not isinstance(i, int):
            raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")
        if not -len(self._items) <= i < len(self._items):
            raise IndexError("deque index out of range")
        return i

    def __getitem__(self, i) -> object:
        return self._items[self._position(i)]

    def __setitem__(self, i, x):
        self._items[self._position(i)] = x

    def __delitem__(self, i) -> None:
        del self._items[self._position(i)]

    def __len__(self: "deque") -> int:
        return len(self._items)

    def __bool__(self) -> bool:
        return bool(self._items)

    def __iter__(self) -> 'Iterator':
        return iter(list(self._items))

    def __reversed__(self) -> 'Iterator':
        return iter(self._items[::-1])

    def __contains__(self, x) -> bool:
        return x in self._items

    def __eq__(self, rhs) -> bool:
        return isinstance(rhs, deque) and self._items == rhs._items

    def __lt__(self, rhs) -> bool:
        return self._items < rhs._items

    def __add__(self: "deque", rhs):
        if not isinstance(rhs, deque):
            raise TypeError(f'can only concatenate deque (not "{type(rhs).__name__}") to deque')
        return deque(self._items + rhs._items, self._bound)

    def __iadd__(self: "deque", rhs):
        self.extend(rhs)
        return self

    __hash__ = None

    def __repr__(self: "deque") -> str:
        if self._bound is None:
            return f"deque({self._items!r})"
        return f"deque({self._items!r}, maxlen={self._bound})"


class _Mapping:
    """The mapping protocol over a dict kept in `_map` (ChainMap's is computed; the dict subclasses' is themselves)."""

    def __init__(self, *args, **named) -> None:
        self._map = {}
        self.update(*args, **named)

    def update(self, *args, **named):
        if args[1:]:
            raise TypeError(f"update expected at most 1 argument, got {len(args)}")
        if args:
            rhs = args[0]
            if isinstance(rhs, (dict, _Mapping)):
                for k in rhs.keys():
                    self[k] = rhs[k]
            else:
                for k, v in rhs:
                    self[k] = v
        for k, v in named.items():
            self[k] = v

    def __getitem__(self, k) -> object:
        v = self._map.get(k, _MISSING)
        if v is _MISSING:
            return self.__missing__(k)
        return v

    def __missing__(self, k) -> object:
        raise KeyError(k)

    def __setitem__(self, k, v) -> None:
        self._map[k] = v

    def __delitem__(self, k) -> None:
        del self._map[k]

    def __contains__(self, k) -> bool:
        return k in self._map

    def __iter__(self) -> 'Iterator':
        return iter(self._map)

    def __len__(self: "_Mapping") -> int:
        return len(self._map)

    def __bool__(self) -> bool:
        return bool(self._map)

    def keys(self):
        return self._map.keys()

    def values(self) -> 'ValuesView':
        return self._map.values()

    def items(self) -> 'ItemsView':
        return self._map.items()

    def get(self, k, default=None) -> object:
        return self._map.get(k, default)

    @classmethod
    def fromkeys(cls: "type[_Mapping]", source, v=None):
        made = cls()
        for k in source:
            made[k] = v
        return made

    def pop(self, k, *default):
        return self._map.pop(k, *default)

    def popitem(self) -> tuple:
        return self._map.popitem()

    def setdefault(self, k, default=None) -> object:
        return self._map.setdefault(k, default)

    def clear(self) -> None:
        self._map.clear()

    def copy(self):
        twin = object.__new__(type(self))
        for name, value in vars(self).items():
            setattr(twin, name, value)
        twin._map = dict(self._map)
        return twin

    __copy__ = copy

    def __eq__(self, rhs) -> bool:
        if isinstance(rhs, _Mapping):
            rhs = rhs._map
        return self._map == rhs

    __hash__ = None

    def __or__(self: "_Mapping", rhs):
        merged = self.copy()
        merged.update(rhs)
        return merged

    def __ior__(self: "_Mapping", rhs):
        self.update(rhs)
        return self

    def __repr__(self: "_Mapping") -> str:
        return f"{type(self).__name__}({self._map!r})"


class _DictMapping(_Mapping, dict):
    """The layer over a dict for the dict subclasses: the instance is the dict, and `_map` is that dict."""

    _map = property(_storage_of)

    def __init__(self, *args, **named) -> None:
        self.update(*args, **named)

    def copy(self):
        twin = object.__new__(type(self))
        for name, value in vars(self).items():
            setattr(twin, name, value)
        _storage_of(twin).update(self._map)
        return twin

    __copy__ = copy


class defaultdict(_DictMapping):
    def __init__(self, factory=None, *args, **named):
        if not (factory is None or callable(factory)):
            raise TypeError("first argument must be callable or None")
        self.default_factory = factory
        _DictMapping.__init__(self, *args, **named)

    def __missing__(self, k) -> object:
        if self.default_factory is None:
            raise KeyError(k)
        v = self[k] = self.default_factory()
        return v

    def __repr__(self: "defaultdict") -> str:
        return f"defaultdict({self.default_factory!r}, {self._map!r})"


class OrderedDict(_DictMapping):
    def move_to_end(self, k, last=True) -> None:
        v = self._map.pop(k)
        if last:
            self._map[k] = v
        else:
            rest = dict(self._map)
            self._map.clear()
            self._map[k] = v
            self._map.update(rest)

    def popitem(self, last=True) -> tuple:
        if not self._map:
            raise KeyError('dictionary is empty')
        k = next(reversed(self._map)) if last else next(iter(self._map))
        return k, self._map.pop(k)

    def __eq__(self, rhs) -> bool:
        if isinstance(rhs, OrderedDict):
            return list(self._map.items()) == list(rhs._map.items())
        return _Mapping.__eq__(self, rhs)

    def __reversed__(self) -> 'Iterator':
        return iter(list(self._map)[::-1])

    def __repr__(self: "OrderedDict") -> str:
        if not self._map:
            return "OrderedDict()"
        return f"OrderedDict({list(self._map.items())!r})"


class Counter(_DictMapping):
    def __init__(self, source=None, /, **kwds) -> None:
        _DictMapping.__init__(self)
        self.update(source, **kwds)

    def __missing__(self, k) -> object:
        return 0

    def total(self) -> int:
        return sum(self._map.values())

    def most_common(self, n=None) -> list:
        ranked = sorted(self._map.items(), key=lambda pair: pair[1], reverse=True)
        return ranked if n is None else ranked[:n]

    def elements(self) -> 'Iterator':
        for k, count in self._map.items():
            for _ in range(count):
                yield k

    def update(self, source=None, /, **kwds) -> None:
        self._merge(source, kwds, 1)

    def subtract(self, source=None, /, **kwds) -> None:
        self._merge(source, kwds, -1)

    def _merge(self, source, kwds, sign):
        if isinstance(source, (dict, _Mapping)):
            for k, count in source.items():
                self._map[k] = self._map.get(k, 0) + sign * count
        elif source is not None:
            for k in source:
                self._map[k] = self._map.get(k, 0) + sign
        if kwds:
            self._merge(kwds, None, sign)

    def _keep(self, pairs):
        kept = Counter()
        for k, count in pairs:
            if count > 0:
                kept._map[k] = count
        return kept

    def __add__(self: "Counter", rhs):
        keys = list(self._map) + [k for k in rhs._map if k not in self._map]
        return self._keep((k, self[k] + rhs[k]) for k in keys)

    def __sub__(self: "Counter", rhs):
        keys = list(self._map) + [k for k in rhs._map if k not in self._map]
        return self._keep((k, self[k] - rhs[k]) for k in keys)

    def __or__(self: "Counter", rhs):
        keys = list(self._map) + [k for k in rhs._map if k not in self._map]
        return self._keep((k, max(self[k], rhs[k])) for k in keys)

    def __and__(self: "Counter", rhs):
        return self._keep((k, min(c, rhs[k])) for k, c in self._map.items())

    def __pos__(self: "Counter"):
        return self._keep(self._map.items())

    def __neg__(self: "Counter"):
        return self._keep((k, -c) for k, c in self._map.items())

    def __repr__(self: "Counter") -> str:
        if not self._map:
            return "Counter()"
        return f"Counter({dict(self.most_common())!r})"


class ChainMap(_Mapping):
    """Lookups through a list of mappings, first to last; writes and deletions touch only the first."""

    def __init__(self, *maps) -> None:
        self.maps = list(maps) or [{}]

    @property
    def _map(self) -> dict:
        merged = {}
        for layer in self.maps[::-1]:
            merged.update(layer)
        return merged

    def __getitem__(self, k) -> object:
        for layer in self.maps:
            if k in layer:
                return layer[k]
        return self.__missing__(k)

    def __setitem__(self, k, v) -> None:
        self.maps[0][k] = v

    def __delitem__(self, k) -> None:
        self.pop(k)

    def pop(self, k, *default) -> object:
        front = self.maps[0]
        if k not in front and not default:
            raise KeyError(f"Key not found in the first mapping: {k!r}")
        return front.pop(k, *default)

    def popitem(self) -> tuple:
        front = self.maps[0]
        if not front:
            raise KeyError('No keys found in the first mapping.')
        return front.popitem()

    def clear(self) -> None:
        front = self.maps[0]
        front.clear()

    def setdefault(self, k, default=None) -> object:
        if k in self:
            return self[k]
        self.maps[0][k] = default
        return default

    def new_child(self, m: dict = None, **named) -> "ChainMap":
        child = {} if m is None else m
        child.update(named)
        return ChainMap(child, *self.maps)

    @property
    def parents(self) -> "ChainMap":
        return ChainMap(*self.maps[1:])

    def copy(self) -> "ChainMap":
        return ChainMap(self.maps[0].copy(), *self.maps[1:])

    def __repr__(self: "ChainMap") -> str:
        return 'ChainMap(' + ', '.join(map(repr, self.maps)) + ')'


class _TupleLike:
    """What every namedtuple class shares: a tuple's protocol over the fields (asyncviz cannot subclass tuple)."""
    __slots__ = ()

    def __iter__(self) -> 'Iterator':
        return iter(self._values)

    def __len__(self: "_TupleLike") -> int:
        return len(self._values)

    def __getitem__(self, index) -> object:
        return self._values[index]

    def __contains__(self, item) -> bool:
        return item in self._values

    def __eq__(self, rhs) -> bool:
        return self._values == _as_tuple(rhs)

    def __ne__(self, rhs) -> bool:
        return self._values != _as_tuple(rhs)

    def __lt__(self, rhs) -> bool:
        return self._values < _as_tuple(rhs)

    def __le__(self, rhs) -> bool:
        return self._values <= _as_tuple(rhs)

    def __gt__(self, rhs) -> bool:
        return self._values > _as_tuple(rhs)

    def __ge__(self, rhs) -> bool:
        return self._values >= _as_tuple(rhs)

    def __hash__(self) -> int:
        return hash(self._values)

    def __add__(self: "_TupleLike", rhs):
        return self._values + _as_tuple(rhs)

    def count(self, item) -> int:
        return self._values.count(item)

    def index(self, item):
        return self._values.index(item)

    def _asdict(self) -> dict:
        return dict(zip(self._fields, self._values))

    def _replace(self, **changes):
        unknown = [name for name in changes if name not in self._fields]
        if unknown:
            raise ValueError(f"Got unexpected field names: {unknown!r}")
        return type(self)(*[changes.get(name, v) for name, v in zip(self._fields, self._values)])

    def __getnewargs__(self: "_TupleLike"):
        return self._values

    def __repr__(self: "_TupleLike") -> str:
        shown = ', '.join(f"{name}={v!r}" for name, v in zip(self._fields, self._values))
        return f"{type(self).__name__}({shown})"


def _as_tuple(rhs):
    return rhs._values if isinstance(rhs, _TupleLike) else rhs


def _field_property(index):
    return property(lambda self: self._values[index])


def _is_identifier(name):
    return bool(name) and not name[0].isdigit() and all(c.isalnum() or c == '_' for c in name)


_KEYWORDS = ('def', 'class', 'return', 'None', 'True', 'False', 'import', 'for', 'if', 'in', 'while', 'with')


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

    def __init__(self, *args, **named) -> None:
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
        object.__setattr__(self, '_values', tuple(values))

    def __setattr__(self, name, v) -> None:
        raise AttributeError(f"can't set attribute" if name in fields else
                             f"'{typename}' object has no attribute '{name}'")

    def _make(cls: "type[_TupleLike]", source):
        values = tuple(source)
        if len(values) != len(fields):
            raise TypeError(f'Expected {len(fields)} arguments, got {len(values)}')
        return cls(*values)

    namespace = {
        '__init__': __init__, '__setattr__': __setattr__, '_make': classmethod(_make),
        '_fields': fields, '_field_defaults': field_defaults, '__doc__': f"{typename}({arg_list})",
        '__match_args__': fields, '__module__': module or '__main__',
    }
    for index, name in enumerate(fields):
        namespace[name] = _field_property(index)
    return type(typename, (_TupleLike,), namespace)
"""#
}
