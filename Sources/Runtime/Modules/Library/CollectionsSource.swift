/// The Python source of `collections`: `deque` (in `CollectionsDequeSource`), the mappings (defaultdict,
/// OrderedDict and Counter are dict subclasses; ChainMap reads through a list of mappings) and namedtuple
/// classes (in `CollectionsTupleSource`, over a tuple they hold), with CPython's reprs and messages; the
/// `UserDict`, `UserList` and `UserString` wrappers are in `CollectionsUserSource`.
enum CollectionsSource {
    static let text = prelude + deque + mappings + tuples + "\n\n" + CollectionsUserSource.text

    static let prelude = #"""
_MISSING = object()


"""#

    static let mappings = #"""
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


"""#
}
