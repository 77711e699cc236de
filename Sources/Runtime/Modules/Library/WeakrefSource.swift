/// The Python source of `weakref`: `ref` over a native cell (callback, hash of the referent, equality of
/// referents while both live), `proxy`, `WeakMethod`, `WeakValueDictionary`, `WeakKeyDictionary`, `WeakSet`
/// (whose entries go when their objects are freed) and `finalize` (called when its object is freed, or at exit).
enum WeakrefSource {
    static let text = #"""
class ref:
    """A weak reference: calling it gives the object, or None once the object was freed."""
    __module__ = 'weakref'

    def __new__(cls, ob: object, callback: object = None, *more: object, **named: object) -> object:
        plain = _plain(ob, ref) if cls is ref and callback is None else None
        return object.__new__(cls) if plain is None else plain

    def __init__(self, ob: object, callback: object = None) -> None:
        if callback is None and type(self) is ref and getattr(self, '_cell', None) is not None:
            return
        self._cell, self._callback, self._hash = _cell(ob, self, callback), callback, None

    def __call__(self) -> object:
        return _target(self._cell)

    @property
    def __callback__(self) -> object:
        return None if self() is None else self._callback

    def __hash__(self) -> int:
        if self._hash is None:
            ob = self()
            if ob is None:
                raise TypeError('weak object has gone away')
            self._hash = hash(ob)
        return self._hash

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ref):
            mine, theirs = self(), other()
            return self is other if mine is None or theirs is None else mine == theirs
        return NotImplemented

    def __ne__(self, other: object) -> bool:
        same = self.__eq__(other)
        return same if same is NotImplemented else not same

    def __repr__(self) -> str:
        ob, at = self(), hex(id(self))
        if ob is None:
            return f'<weakref at {at}; dead>'
        return f"<weakref at {at}; to '{type(ob).__name__}' at {hex(id(ob))}>"


ReferenceType = ref


def getweakrefcount(ob: object) -> int:
    return len(_owners(ob))


def getweakrefs(ob: object) -> list:
    return _owners(ob)


class KeyedRef(ref):
    """A reference that remembers the key it is stored under (the values of a WeakValueDictionary)."""

    def __new__(cls, ob: object, callback: object, key: object) -> object:
        return ref.__new__(cls, ob, callback)

    def __init__(self, ob: object, callback: object, key: object) -> None:
        ref.__init__(self, ob, callback)
        self.key = key


class WeakMethod(ref):
    """A weak reference to a bound method: alive while both its object and its function are."""

    def __init__(self, meth: object, callback: object = None) -> None:
        if not (hasattr(meth, '__self__') and hasattr(meth, '__func__')):
            raise TypeError(f'argument should be a bound method, not {type(meth)}')
        owner = ref(self)

        def died(_: object) -> None:
            me = owner()
            if me is None or not me._alive:
                return
            me._alive = False
            if callback:
                callback(me)

        ref.__init__(self, meth.__self__, died)
        self._callback, self._func_ref, self._alive = callback, ref(meth.__func__, died), True

    def __call__(self) -> object:
        ob, func = ref.__call__(self), self._func_ref()
        return None if ob is None or func is None else _bind(func, ob)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, WeakMethod):
            return NotImplemented
        both = self._alive and other._alive
        return ref.__eq__(self, other) and self._func_ref() is other._func_ref() if both else self is other

    __hash__ = ref.__hash__


class ProxyType:
    """A weak proxy: uses of it reach the object, or raise ReferenceError once the object was freed."""
    __module__ = 'weakref'

    def __init__(self, ob: object, callback: object = None) -> None:
        me, told = ref(self), callback
        tell = None if callback is None else lambda _: told(me())
        object.__setattr__(self, '_proxied', ref(ob, tell))

    def _target(self) -> object:
        ob = object.__getattribute__(self, '_proxied')()
        if ob is None:
            raise ReferenceError('weakly-referenced object no longer exists')
        return ob

    def __getattr__(self, name: str) -> object:
        return getattr(ProxyType._target(self), name)

    def __setattr__(self, name: str, value: object) -> None:
        setattr(ProxyType._target(self), name, value)

    def __delattr__(self, name: str) -> None:
        delattr(ProxyType._target(self), name)

    def __repr__(self) -> str:
        ob = ProxyType._target(self)
        return f"<weakproxy at {hex(id(self))}; to '{type(ob).__name__}' at {hex(id(ob))}>"

    def __str__(self) -> str:
        return str(ProxyType._target(self))

    def __bool__(self) -> bool:
        return bool(ProxyType._target(self))

    def __len__(self) -> int:
        return len(ProxyType._target(self))

    def __iter__(self) -> object:
        return iter(ProxyType._target(self))

    def __contains__(self, item: object) -> bool:
        return item in ProxyType._target(self)

    def __getitem__(self, key: object) -> object:
        return ProxyType._target(self)[key]

    def __setitem__(self, key: object, value: object) -> None:
        ProxyType._target(self)[key] = value

    def __delitem__(self, key: object) -> None:
        del ProxyType._target(self)[key]

    def __eq__(self, other: object) -> bool:
        return ProxyType._target(self) == other

    def __lt__(self, other: object) -> bool:
        return ProxyType._target(self) < other

    def __le__(self, other: object) -> bool:
        return ProxyType._target(self) <= other

    def __gt__(self, other: object) -> bool:
        return ProxyType._target(self) > other

    def __ge__(self, other: object) -> bool:
        return ProxyType._target(self) >= other

    def __add__(self, other: object) -> object:
        return ProxyType._target(self) + other

    def __sub__(self, other: object) -> object:
        return ProxyType._target(self) - other

    def __mul__(self, other: object) -> object:
        return ProxyType._target(self) * other

    __hash__ = None


class CallableProxyType(ProxyType):
    """A weak proxy to a callable object."""
    __module__ = 'weakref'

    def __call__(self, *args: object, **kwargs: object) -> object:
        return ProxyType._target(self)(*args, **kwargs)


ProxyTypes = ProxyType, CallableProxyType


def proxy(ob: object, callback: object = None) -> object:
    return (CallableProxyType if callable(ob) else ProxyType)(ob, callback)


def _remover(container: object, drop: object) -> object:
    """A callback for the references a weak container holds: `drop(container, ref)` while the container lives
    (the callback holds the container weakly, so the container can be freed too)."""
    owner = ref(container)

    def removed(wr: object) -> None:
        me = owner()
        if me is not None:
            drop(me, wr)
    return removed


class _WeakContainer:
    """What the weak containers share: their size counts the live entries only."""
    __module__ = 'weakref'

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __repr__(self) -> str:
        return f'<{type(self).__name__} at {hex(id(self))}>'


def _lookup_ref(item: object) -> object:
    """ref(item), or None for an object that cannot be referenced weakly."""
    try:
        return ref(item)
    except TypeError:
        return None


class _WeakMapping(_WeakContainer):
    """What both weak dictionaries share: `data` holds the entries, `_pairs` yields the live (key, value)s."""

    def __iter__(self) -> object:
        return (k for k, _ in self._pairs())

    def keys(self) -> list:
        return [k for k, _ in self._pairs()]

    def values(self) -> list:
        return [v for _, v in self._pairs()]

    def items(self) -> list:
        return [*self._pairs()]

    def update(self, other: object = (), /, **named: object) -> None:
        for k, v in [*(other.items() if hasattr(other, 'items') else other), *named.items()]:
            self[k] = v

    def clear(self) -> None:
        self.data = type(self.data)()

    def copy(self) -> object:
        return type(self)(self.items())

    __copy__ = copy


class WeakValueDictionary(_WeakMapping):
    """A mapping whose values are held weakly: an entry goes when its value is freed."""

    def __init__(self, other: object = (), /, **named: object) -> None:
        def drop(me: object, wr: object) -> None:
            if me.data.get(wr.key) is wr:
                del me.data[wr.key]

        self._remove, self.data = _remover(self, drop), {}
        self.update(other, **named)

    def _pairs(self) -> object:
        for k, wr in [*self.data.items()]:
            alive = wr()
            if alive is not None:
                yield k, alive

    def __getitem__(self, k: object) -> object:
        v = self.data[k]()
        if v is None:
            raise KeyError(k)
        return v

    def __setitem__(self, k: object, v: object) -> None:
        self.data[k] = KeyedRef(v, self._remove, k)

    def __delitem__(self, k: object) -> None:
        self.data.pop(k)

    def __contains__(self, k: object) -> bool:
        return self.get(k) is not None

    def get(self, k: object, default: object = None) -> object:
        wr = self.data.get(k)
        v = wr() if wr is not None else None
        return default if v is None else v

    def setdefault(self, k: object, default: object = None) -> object:
        v = self.get(k)
        if v is None:
            self[k] = v = default
        return v

    def pop(self, k: object, *default: object) -> object:
        wr = self.data.pop(k, None)
        v = wr() if wr is not None else None
        if v is None and not default:
            raise KeyError(k)
        return default[0] if v is None else v

    def popitem(self) -> tuple:
        while True:
            k, wr = self.data.popitem()
            v = wr()
            if v is not None:
                return k, v

    def valuerefs(self) -> list:
        return [*self.data.values()]

    def itervaluerefs(self) -> object:
        return iter(self.valuerefs())


class WeakKeyDictionary(_WeakMapping):
    """A mapping whose keys are held weakly: an entry goes when its key is freed."""

    def __init__(self, dict: object = None) -> None:
        self._remove, self.data = _remover(self, lambda me, wr: me.data.pop(wr, None)), {}
        self.update(() if dict is None else dict)

    def _pairs(self) -> object:
        for wr, v in [*self.data.items()]:
            alive = wr()
            if alive is not None:
                yield alive, v

    def __getitem__(self, k: object) -> object:
        return self.data[ref(k)]

    def __setitem__(self, k: object, v: object) -> None:
        self.data[ref(k, self._remove)] = v

    def __delitem__(self, k: object) -> None:
        del self.data[ref(k)]

    def __contains__(self, k: object) -> bool:
        wr = _lookup_ref(k)
        return wr is not None and wr in self.data

    def get(self, k: object, default: object = None) -> object:
        return self.data.get(ref(k), default)

    def setdefault(self, k: object, default: object = None) -> object:
        return self.data.setdefault(ref(k, self._remove), default)

    def pop(self, k: object, *default: object) -> object:
        return self.data.pop(ref(k), *default)

    def popitem(self) -> tuple:
        while True:
            wr, v = self.data.popitem()
            k = wr()
            if k is not None:
                return k, v

    def keyrefs(self) -> list:
        return [*self.data]


class WeakSet(_WeakContainer):
    """A set whose members are held weakly: a member goes when it is freed."""

    def __init__(self, data: object = None) -> None:
        self._remove, self._members = _remover(self, lambda me, wr: me._members.discard(wr)), set()
        self.update(data or ())

    def __iter__(self) -> object:
        return (member for member in (wr() for wr in [*self._members]) if member is not None)

    def __contains__(self, member: object) -> bool:
        wr = _lookup_ref(member)
        return wr is not None and wr in self._members

    def add(self, member: object) -> None:
        self._members.add(ref(member, self._remove))

    def discard(self, member: object) -> None:
        self._members.discard(ref(member))

    def remove(self, member: object) -> None:
        self._members.remove(ref(member))

    def pop(self) -> object:
        while self._members:
            member = self._members.pop()()
            if member is not None:
                return member
        raise KeyError('pop from empty WeakSet')

    def clear(self) -> None:
        self._members.clear()

    def update(self, members: object) -> None:
        for member in members:
            self.add(member)

    def copy(self) -> object:
        return WeakSet(self)

    def __eq__(self, other: object) -> bool:
        return set(self) == set(other) if isinstance(other, WeakSet) else NotImplemented

    def union(self, items: object) -> object:
        both = self.copy()
        both.update(items)
        return both

    def intersection(self, items: object) -> object:
        return WeakSet(item for item in items if item in self)

    def difference(self, items: object) -> object:
        return WeakSet(item for item in self if item not in items)

    def issubset(self, items: object) -> bool:
        return all(item in items for item in self)

    __or__, __and__, __sub__, __le__ = union, intersection, difference, issubset


class _FinalizerState:
    """What a live finalizer will call, and its place among the others (newest run first at exit)."""

    def __init__(self, wr: object, call: tuple, index: int) -> None:
        self.weakref, (self.func, self.args, self.kwargs), self.index, self.atexit = wr, call, index, True

    def details(self) -> tuple:
        ob = self.weakref()
        return None if ob is None else (ob, self.func, self.args, self.kwargs or {})


class finalize:
    """Calls func(*args, **kwargs) once: when obj is freed, when called, or at exit (unless atexit is False)."""
    __module__ = 'weakref'
    _registry = {}
    _created = [0]

    def __init__(self, obj: object, func: object, /, *args: object, **kwargs: object) -> None:
        finalize._created[0] += 1
        finalize._registry[self] = _FinalizerState(ref(obj, self), (func, args, kwargs or None), finalize._created[0])

    def __call__(self, _: object = None) -> object:
        state = finalize._registry.pop(self, None)
        return None if state is None else state.func(*state.args, **(state.kwargs or {}))

    def detach(self) -> tuple:
        found = self.peek()
        if found:
            del finalize._registry[self]
        return found

    def peek(self) -> tuple:
        state = finalize._registry.get(self)
        return state and state.details()

    @property
    def alive(self) -> bool:
        return self in finalize._registry

    @property
    def atexit(self) -> bool:
        state = finalize._registry.get(self)
        return state is not None and state.atexit

    @atexit.setter
    def atexit(self, value: bool) -> None:
        state = finalize._registry.get(self)
        if state:
            state.atexit = bool(value)

    def __repr__(self) -> str:
        state = finalize._registry.get(self)
        ob = state.weakref() if state is not None else None
        if ob is None:
            return f'<finalize object at {hex(id(self))}; dead>'
        return f"<finalize object at {hex(id(self))}; for '{type(ob).__name__}' at {hex(id(ob))}>"


def _exit_finalizers() -> list:
    due = sorted(((s.index, f) for f, s in finalize._registry.items() if s.atexit), reverse=True)
    return [f for _, f in due]
"""#
}
