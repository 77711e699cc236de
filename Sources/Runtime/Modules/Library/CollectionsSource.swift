/// The Python source of `collections`: deque (a list with an optional bound), defaultdict, OrderedDict, Counter and ChainMap over a dict they hold (asyncviz cannot subclass dict), namedtuple classes over a tuple they hold, with CPython's reprs and messages.
enum CollectionsSource {
    static let text = #"""
_MISSING = object()


class deque:
    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._items = []
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def append(self, x):
        self._items.append(x)
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[0]

    def appendleft(self, x):
        self._items.insert(0, x)
        if self._maxlen is not None and len(self._items) > self._maxlen:
            self._items.pop()

    def extend(self, iterable):
        for x in list(iterable):
            self.append(x)

    def extendleft(self, iterable):
        for x in list(iterable):
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

    def clear(self):
        self._items.clear()

    def copy(self):
        return deque(self._items, self._maxlen)

    __copy__ = copy

    def count(self, x):
        return self._items.count(x)

    def index(self, x, start=0, stop=None):
        for i in range(start, len(self._items) if stop is None else min(stop, len(self._items))):
            if self._items[i] == x:
                return i
        raise ValueError(f"{x!r} is not in deque")

    def insert(self, i, x):
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        self._items.insert(i, x)

    def remove(self, value):
        for i, x in enumerate(self._items):
            if x == value:
                del self._items[i]
                return
        raise ValueError(f"{value!r} is not in deque")

    def reverse(self):
        self._items.reverse()

    def _position(self, i):
        if not isinstance(i, int):
            raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")
        if not -len(self._items) <= i < len(self._items):
            raise IndexError("deque index out of range")
        return i

    def __getitem__(self, i):
        return self._items[self._position(i)]

    def __setitem__(self, i, x):
        self._items[self._position(i)] = x

    def __delitem__(self, i):
        del self._items[self._position(i)]

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __iter__(self):
        return iter(list(self._items))

    def __reversed__(self):
        return iter(self._items[::-1])

    def __contains__(self, x):
        return x in self._items

    def __eq__(self, other):
        return isinstance(other, deque) and self._items == other._items

    def __lt__(self, other):
        return self._items < other._items

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        return deque(self._items + other._items, self._maxlen)

    def __iadd__(self, other):
        self.extend(other)
        return self

    __hash__ = None

    def __repr__(self):
        if self._maxlen is None:
            return f"deque({self._items!r})"
        return f"deque({self._items!r}, maxlen={self._maxlen})"


class _Mapping:
    """A dict held inside (asyncviz cannot subclass dict): the whole mapping protocol over it."""

    def __init__(self, *args, **kwargs):
        self._data = {}
        self.update(*args, **kwargs)

    def update(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError(f"update expected at most 1 argument, got {len(args)}")
        if args:
            other = args[0]
            if isinstance(other, (dict, _Mapping)):
                for key in other.keys():
                    self[key] = other[key]
            else:
                for key, value in other:
                    self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def __getitem__(self, key):
        value = self._data.get(key, _MISSING)
        if value is _MISSING:
            return self.__missing__(key)
        return value

    def __missing__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def __bool__(self):
        return bool(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made

    def pop(self, key, *default):
        return self._data.pop(key, *default)

    def popitem(self):
        return self._data.popitem()

    def setdefault(self, key, default=None):
        return self._data.setdefault(key, default)

    def clear(self):
        self._data.clear()

    def copy(self):
        twin = object.__new__(type(self))
        twin.__dict__.update(self.__dict__)
        twin._data = dict(self._data)
        return twin

    __copy__ = copy

    def __eq__(self, other):
        if isinstance(other, _Mapping):
            other = other._data
        return self._data == other

    __hash__ = None

    def __or__(self, other):
        merged = self.copy()
        merged.update(other)
        return merged

    def __ior__(self, other):
        self.update(other)
        return self

    def __repr__(self):
        return f"{type(self).__name__}({self._data!r})"


class defaultdict(_Mapping):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        _Mapping.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self[key] = self.default_factory()
        return value

    def __repr__(self):
        return f"defaultdict({self.default_factory!r}, {self._data!r})"


class OrderedDict(_Mapping):
    def move_to_end(self, key, last=True):
        value = self._data.pop(key)
        if last:
            self._data[key] = value
        else:
            rest = self._data
            self._data = {key: value}
            self._data.update(rest)

    def popitem(self, last=True):
        if not self._data:
            raise KeyError('dictionary is empty')
        key = next(reversed(self._data)) if last else next(iter(self._data))
        return key, self._data.pop(key)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self._data.items()) == list(other._data.items())
        return _Mapping.__eq__(self, other)

    def __reversed__(self):
        return iter(list(self._data)[::-1])

    def __repr__(self):
        if not self._data:
            return "OrderedDict()"
        return f"OrderedDict({list(self._data.items())!r})"


class Counter(_Mapping):
    def __init__(self, iterable=None, /, **kwds):
        _Mapping.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self._data.values())

    def most_common(self, n=None):
        ranked = sorted(self._data.items(), key=lambda pair: pair[1], reverse=True)
        return ranked if n is None else ranked[:n]

    def elements(self):
        for key, count in self._data.items():
            for _ in range(count):
                yield key

    def update(self, iterable=None, /, **kwds):
        self._merge(iterable, kwds, 1)

    def subtract(self, iterable=None, /, **kwds):
        self._merge(iterable, kwds, -1)

    def _merge(self, iterable, kwds, sign):
        if iterable is not None:
            if isinstance(iterable, (dict, _Mapping)):
                for key, count in iterable.items():
                    self._data[key] = self._data.get(key, 0) + sign * count
            else:
                for key in iterable:
                    self._data[key] = self._data.get(key, 0) + sign
        if kwds:
            self._merge(kwds, None, sign)

    def _keep(self, pairs):
        result = Counter()
        for key, count in pairs:
            if count > 0:
                result._data[key] = count
        return result

    def __add__(self, other):
        keys = list(self._data) + [k for k in other._data if k not in self._data]
        return self._keep((k, self[k] + other[k]) for k in keys)

    def __sub__(self, other):
        keys = list(self._data) + [k for k in other._data if k not in self._data]
        return self._keep((k, self[k] - other[k]) for k in keys)

    def __or__(self, other):
        keys = list(self._data) + [k for k in other._data if k not in self._data]
        return self._keep((k, max(self[k], other[k])) for k in keys)

    def __and__(self, other):
        return self._keep((k, min(c, other[k])) for k, c in self._data.items())

    def __pos__(self):
        return self._keep(self._data.items())

    def __neg__(self):
        return self._keep((k, -c) for k, c in self._data.items())

    def __repr__(self):
        if not self._data:
            return "Counter()"
        return f"Counter({dict(self.most_common())!r})"


class ChainMap(_Mapping):
    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    @property
    def _data(self):
        merged = {}
        for mapping in reversed(self.maps):
            merged.update(mapping)
        return merged

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}") from None

    def pop(self, key, *default):
        try:
            return self.maps[0].pop(key, *default)
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}") from None

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.') from None

    def clear(self):
        self.maps[0].clear()

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def new_child(self, m=None, **kwargs):
        child = {} if m is None else m
        child.update(kwargs)
        return ChainMap(child, *self.maps)

    @property
    def parents(self):
        return ChainMap(*self.maps[1:])

    def copy(self):
        return ChainMap(self.maps[0].copy(), *self.maps[1:])

    def __repr__(self):
        return f"ChainMap({', '.join(repr(m) for m in self.maps)})"


class _TupleLike:
    """What every namedtuple class shares: a tuple's protocol over the fields (asyncviz cannot subclass tuple)."""
    __slots__ = ()

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return len(self._values)

    def __getitem__(self, index):
        return self._values[index]

    def __contains__(self, item):
        return item in self._values

    def __eq__(self, other):
        return self._values == _as_tuple(other)

    def __ne__(self, other):
        return self._values != _as_tuple(other)

    def __lt__(self, other):
        return self._values < _as_tuple(other)

    def __le__(self, other):
        return self._values <= _as_tuple(other)

    def __gt__(self, other):
        return self._values > _as_tuple(other)

    def __ge__(self, other):
        return self._values >= _as_tuple(other)

    def __hash__(self):
        return hash(self._values)

    def __add__(self, other):
        return self._values + _as_tuple(other)

    def count(self, item):
        return self._values.count(item)

    def index(self, item):
        return self._values.index(item)

    def _asdict(self):
        return dict(zip(self._fields, self._values))

    def _replace(self, **changes):
        unknown = [name for name in changes if name not in self._fields]
        if unknown:
            raise ValueError(f"Got unexpected field names: {unknown!r}")
        return type(self)(*[changes.get(name, value) for name, value in zip(self._fields, self._values)])

    def __getnewargs__(self):
        return self._values

    def __repr__(self):
        shown = ', '.join(f"{name}={value!r}" for name, value in zip(self._fields, self._values))
        return f"{type(self).__name__}({shown})"


def _as_tuple(other):
    return other._values if isinstance(other, _TupleLike) else other


def _field_property(index):
    return property(lambda self: self._values[index])


def _is_identifier(name):
    return bool(name) and not name[0].isdigit() and all(c.isalnum() or c == '_' for c in name)


def _checked_names(typename, field_names, rename):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    names = [str(name) for name in field_names]
    seen = set()
    for i, name in enumerate(names):
        bad = (not _is_identifier(name) or name.startswith('_') or name in seen
               or name in ('def', 'class', 'return', 'None', 'True', 'False', 'import', 'for', 'if', 'in'))
        if rename and bad:
            names[i] = f"_{i}"
        seen.add(names[i])
    seen = set()
    for name in [typename] + names:
        if not isinstance(name, str) or not _is_identifier(name):
            raise ValueError(f"Type names and field names must be valid identifiers: {name!r}")
    for name in names:
        if name.startswith('_') and not rename:
            raise ValueError(f"Field names cannot start with an underscore: {name!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.add(name)
    return tuple(names)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    fields = _checked_names(typename, field_names, rename)
    defaults = tuple(defaults) if defaults is not None else ()
    if len(defaults) > len(fields):
        raise TypeError('Got more default values than field names')
    field_defaults = dict(zip(fields[len(fields) - len(defaults):], defaults))
    arg_list = ', '.join(fields)

    def __init__(self, *args, **kwargs):
        if len(args) > len(fields):
            low = len(fields) - len(defaults) + 1
            span = f"{low}" if low == len(fields) + 1 else f"from {low} to {len(fields) + 1}"
            raise TypeError(f"{typename}.__new__() takes {span} positional arguments but {len(args) + 1} were given")
        values = list(args)
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                values.append(_MISSING)
        for name in kwargs:
            if name in fields:
                raise TypeError(f"{typename}.__new__() got multiple values for argument '{name}'")
            raise TypeError(f"{typename}.__new__() got an unexpected keyword argument '{name}'")
        missing = [name for name, value in zip(fields, values) if value is _MISSING]
        if missing:
            quoted = [f"'{name}'" for name in missing]
            listed = quoted[0] if len(quoted) == 1 else (
                ', '.join(quoted[:-1]) + (',' if len(quoted) > 2 else '') + ' and ' + quoted[-1])
            noun = 'argument' if len(missing) == 1 else 'arguments'
            raise TypeError(f"{typename}.__new__() missing {len(missing)} required positional {noun}: {listed}")
        object.__setattr__(self, '_values', tuple(values))

    def __setattr__(self, name, value):
        raise AttributeError(f"can't set attribute" if name in fields else
                             f"'{typename}' object has no attribute '{name}'")

    def _make(cls, iterable):
        values = tuple(iterable)
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
