/// The Python source of `collections`' wrapper classes, made to be subclassed: `UserDict`, `UserList` and
/// `UserString` keep their value in `.data` and hand most operations to it (`_forward`); every operation that
/// makes a new container makes one of the instance's own class, as CPython's do.
enum CollectionsUserSource {
    static let text = #"""
def _plain(value: object) -> object:
    """The value a wrapper holds, or the value itself."""
    return value.data if isinstance(value, (UserDict, UserList, UserString)) else value


def _forward(name: str, rewrap: bool = False) -> object:
    """A method that applies `name` to the held value (wrappers among its arguments unwrapped)."""
    def method(self, *args, **kwargs):
        result = getattr(self.data, name)(*map(_plain, args), **kwargs)
        return self.__class__(result) if rewrap else result
    method.__name__ = name
    return method


def _forward_all(cls: type, names: str, rewrap: bool = False) -> None:
    for name in names.split():
        setattr(cls, name, _forward(name, rewrap))


_BUILTINS = {'__len__': len, '__iter__': iter, '__repr__': repr, '__str__': str, '__int__': int, '__float__': float,
             '__hash__': hash, '__contains__': lambda held, part: part in held,
             '__lt__': lambda held, other: held < other, '__le__': lambda held, other: held <= other,
             '__eq__': lambda held, other: held == other, '__gt__': lambda held, other: held > other,
             '__ge__': lambda held, other: held >= other, '__getitem__': lambda held, index: held[index],
             '__mul__': lambda held, n: held * n, '__rmul__': lambda held, n: n * held,
             '__mod__': lambda held, args: held % args}


def _apply_all(cls: type, names: str, rewrap: bool = False) -> None:
    """Special methods that apply a builtin or an operator to the held value."""
    for name in names.split():
        def method(self, *args, operation=_BUILTINS[name]):
            result = operation(self.data, *map(_plain, args))
            return self.__class__(result) if rewrap else result
        method.__name__ = name
        setattr(cls, name, method)


class UserDict:
    """A dict kept in `.data`, for classes that change how a mapping behaves."""

    def __init__(self, dict=None, /, **kwargs) -> None:
        self.data = {}
        for source in (dict, kwargs):
            if source:
                self.update(source)

    def __getitem__(self, key: object) -> object:
        try:
            return self.data[key]
        except KeyError:
            if hasattr(type(self), '__missing__'):
                return type(self).__missing__(self, key)
            raise

    def __or__(self, other: object) -> 'UserDict':
        if isinstance(other, (UserDict, dict)):
            return self.__class__(self.data | _plain(other))
        return NotImplemented

    def __ror__(self, other: object) -> 'UserDict':
        if isinstance(other, (UserDict, dict)):
            return self.__class__(_plain(other) | self.data)
        return NotImplemented

    def __ior__(self, other: object) -> 'UserDict':
        self.update(_plain(other))
        return self

    def get(self, key: object, default: object = None) -> object:
        return self.__getitem__(key) if key in self else default

    def setdefault(self, key: object, default: object = None) -> object:
        if key not in self:
            self.__setitem__(key, default)
        return self.__getitem__(key)

    def pop(self, key: object, *default: object) -> object:
        if key in self:
            found = self[key]
            del self[key]
            return found
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self) -> tuple:
        if not self.data:
            raise KeyError('popitem(): dictionary is empty')
        first = next(iter(self.data))
        return first, self.pop(first)

    def update(self, other=(), /, **kwargs) -> None:
        pairs = other.items() if hasattr(other, 'keys') else other
        for pair in [*pairs, *kwargs.items()]:
            self[pair[0]] = pair[1]

    def copy(self) -> 'UserDict':
        made = self.__class__()
        made.data = self.data.copy()
        return made

    @classmethod
    def fromkeys(cls, iterable: object, value: object = None) -> 'UserDict':
        made = cls()
        made.update((each, value) for each in iterable)
        return made

    __hash__ = None


_forward_all(UserDict, '__setitem__ __delitem__ keys values items clear')
_apply_all(UserDict, '__len__ __iter__ __contains__ __repr__ __eq__')


class UserList:
    """A list kept in `.data`, for classes that change how a sequence behaves."""

    def __init__(self, initlist=None) -> None:
        self.data = [] if initlist is None else list(_plain(initlist))

    def __getitem__(self, index: object) -> object:
        found = self.data[index]
        return self.__class__(found) if isinstance(index, slice) else found

    def __add__(self, other: object) -> 'UserList':
        return self.__class__(self.data + list(_plain(other)))

    def __radd__(self, other: object) -> 'UserList':
        return self.__class__(list(_plain(other)) + self.data)

    def __iadd__(self, other: object) -> 'UserList':
        self.data += list(_plain(other))
        return self

    def __imul__(self, n: int) -> 'UserList':
        self.data *= n
        return self

    def copy(self) -> 'UserList':
        return self.__class__(self.data)

    __hash__ = None


_forward_all(UserList, '__setitem__ __delitem__ append insert pop remove clear count index reverse sort extend')
_apply_all(UserList, '__repr__ __lt__ __le__ __eq__ __gt__ __ge__ __contains__ __len__ __iter__')
_apply_all(UserList, '__mul__ __rmul__', True)


class UserString:
    """A str kept in `.data`; the methods that make strings make instances of the class."""

    def __init__(self, seq: object) -> None:
        self.data = _plain(seq) if isinstance(seq, UserString) else str(seq)

    def __add__(self, other: object) -> 'UserString':
        return self.__class__(self.data + (other.data if isinstance(other, UserString) else str(other)))

    def __radd__(self, other: object) -> 'UserString':
        return self.__class__(f'{other}{self.data}')


_apply_all(UserString, '__str__ __repr__ __int__ __float__ __hash__ __len__ __iter__ __eq__ __lt__ __le__ __gt__ '
                       '__ge__ __contains__')
_forward_all(UserString, 'count encode endswith find format format_map index isalnum isalpha isascii '
                         'isdecimal isdigit isidentifier islower isnumeric isprintable isspace istitle isupper join '
                         'partition rfind rindex rpartition rsplit split splitlines startswith')
_apply_all(UserString, '__getitem__ __mul__ __rmul__ __mod__', True)
_forward_all(UserString, 'capitalize casefold center expandtabs ljust lower '
                         'lstrip removeprefix removesuffix replace rjust rstrip strip swapcase title translate upper '
                         'zfill', True)
"""#
}
