extension CollectionsSource {
    /// `deque`: a list with an optional bound, with CPython's reprs and messages.
    static let deque = #"""
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


"""#
}
