/// The Python source of `weakref`: `ref` over a native cell (callback, hash of the referent, equality of
/// referents while both live), `proxy`, `WeakMethod`, `WeakValueDictionary`, `WeakKeyDictionary`, `WeakSet`
/// (whose entries go when their objects are freed) and `finalize` (called when its object is freed, or at exit).
enum WeakrefSource {
    static let text = #"""
class ref:
    """A weak reference: calling it gives the object, or None once the object was freed."""
    __module__ = 'weakref'

    def __new__(cls, ob, callback=None, *args, **kwargs):
        if cls is ref and callback is None:
            existing = _plain(ob, ref)
            if existing is not None:
                return existing
        return object.__new__(cls)

    def __init__(self, ob, callback=None):
        if callback is None and type(self) is ref and getattr(self, '_cell', None) is not None:
            return
        self._cell = _cell(ob, self, callback)
        self._callback = callback
        self._hash = None

    def __call__(self):
        return _target(self._cell)

    @property
    def __callback__(self):
        return self._callback if self() is not None else None

    def __hash__(self):
        if self._hash is None:
            ob = self()
            if ob is None:
                raise TypeError('weak object has gone away')
            self._hash = hash(ob)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        mine, theirs = self(), other()
        if mine is None or theirs is None:
            return self is other
        return mine == theirs

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __repr__(self):
        ob = self()
        if ob is None:
            return f'<weakref at {hex(id(self))}; dead>'
        return f"<weakref at {hex(id(self))}; to '{type(ob).__name__}' at {hex(id(ob))}>"


ReferenceType = ref


def getweakrefcount(ob):
    return len(_owners(ob))


def getweakrefs(ob):
    return _owners(ob)


class KeyedRef(ref):
    """A reference that remembers the key it is stored under (the values of a WeakValueDictionary)."""

    def __new__(cls, ob, callback, key):
        return ref.__new__(cls, ob, callback)

    def __init__(self, ob, callback, key):
        ref.__init__(self, ob, callback)
        self.key = key


class WeakMethod(ref):
    """A weak reference to a bound method: alive while both its object and its function are."""

    def __init__(self, meth, callback=None):
        try:
            obj, func = meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError(f'argument should be a bound method, not {type(meth)}') from None
        owner = ref(self)

        def died(_, owner=owner, callback=callback):
            me = owner()
            if me is not None and me._alive:
                me._alive = False
                if callback is not None:
                    callback(me)

        ref.__init__(self, obj, died)
        self._callback = callback
        self._func_ref = ref(func, died)
        self._alive = True

    def __call__(self):
        obj, func = ref.__call__(self), self._func_ref()
        if obj is None or func is None:
            return None
        return _bind(func, obj)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not self._alive or not other._alive:
            return self is other
        return ref.__eq__(self, other) and self._func_ref == other._func_ref

    def __hash__(self):
        return ref.__hash__(self)


def _dead_referent():
    raise ReferenceError('weakly-referenced object no longer exists')


class ProxyType:
    """A weak proxy: uses of it reach the object, or raise ReferenceError once the object was freed."""
    __module__ = 'weakref'

    def __init__(self, ob, callback=None):
        if callback is not None:
            me = ref(self)
            callback = lambda _, me=me, callback=callback: callback(me())
        object.__setattr__(self, '_proxied', ref(ob, callback))

    def _target(self):
        ob = object.__getattribute__(self, '_proxied')()
        return _dead_referent() if ob is None else ob

    def __getattr__(self, name):
        return getattr(ProxyType._target(self), name)

    def __setattr__(self, name, value):
        setattr(ProxyType._target(self), name, value)

    def __delattr__(self, name):
        delattr(ProxyType._target(self), name)

    def __repr__(self):
        ob = ProxyType._target(self)
        return f"<weakproxy at {hex(id(self))}; to '{type(ob).__name__}' at {hex(id(ob))}>"

    def __str__(self):
        return str(ProxyType._target(self))

    def __bool__(self):
        return bool(ProxyType._target(self))

    def __len__(self):
        return len(ProxyType._target(self))

    def __iter__(self):
        return iter(ProxyType._target(self))

    def __contains__(self, item):
        return item in ProxyType._target(self)

    def __getitem__(self, key):
        return ProxyType._target(self)[key]

    def __setitem__(self, key, value):
        ProxyType._target(self)[key] = value

    def __delitem__(self, key):
        del ProxyType._target(self)[key]

    def __eq__(self, other):
        return ProxyType._target(self) == other

    def __lt__(self, other):
        return ProxyType._target(self) < other

    def __le__(self, other):
        return ProxyType._target(self) <= other

    def __gt__(self, other):
        return ProxyType._target(self) > other

    def __ge__(self, other):
        return ProxyType._target(self) >= other

    def __add__(self, other):
        return ProxyType._target(self) + other

    def __sub__(self, other):
        return ProxyType._target(self) - other

    def __mul__(self, other):
        return ProxyType._target(self) * other

    __hash__ = None


class CallableProxyType(ProxyType):
    """A weak proxy to a callable object."""
    __module__ = 'weakref'

    def __call__(self, *args, **kwargs):
        return ProxyType._target(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(ob, callback=None):
    return CallableProxyType(ob, callback) if callable(ob) else ProxyType(ob, callback)


class WeakValueDictionary:
    """A mapping whose values are held weakly: an entry goes when its value is freed."""
    __module__ = 'weakref'

    def __init__(self, other=(), /, **kwargs):
        owner = ref(self)

        def remove(wr, owner=owner):
            me = owner()
            if me is not None and me.data.get(wr.key) is wr:
                del me.data[wr.key]

        self._remove = remove
        self.data = {}
        self.update(other, **kwargs)

    def _pairs(self):
        for key, wr in list(self.data.items()):
            value = wr()
            if value is not None:
                yield key, value

    def __getitem__(self, key):
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        wr = self.data.get(key)
        return wr is not None and wr() is not None

    def __len__(self):
        return sum(1 for _ in self._pairs())

    def __iter__(self):
        for key, _ in self._pairs():
            yield key

    def keys(self):
        return [key for key, _ in self._pairs()]

    def values(self):
        return [value for _, value in self._pairs()]

    def items(self):
        return list(self._pairs())

    def itervaluerefs(self):
        return iter(list(self.data.values()))

    def valuerefs(self):
        return list(self.data.values())

    def get(self, key, default=None):
        wr = self.data.get(key)
        value = None if wr is None else wr()
        return default if value is None else value

    def setdefault(self, key, default=None):
        value = self.get(key)
        if value is None:
            self[key] = default
            return default
        return value

    def pop(self, key, *default):
        wr = self.data.pop(key, None)
        value = None if wr is None else wr()
        if value is not None:
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            value = wr()
            if value is not None:
                return key, value

    def update(self, other=(), /, **kwargs):
        pairs = other.items() if hasattr(other, 'items') else other
        for key, value in pairs:
            self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def clear(self):
        self.data.clear()

    def copy(self):
        return WeakValueDictionary(self.items())

    __copy__ = copy

    def __repr__(self):
        return f'<WeakValueDictionary at {hex(id(self))}>'


class WeakKeyDictionary:
    """A mapping whose keys are held weakly: an entry goes when its key is freed."""
    __module__ = 'weakref'

    def __init__(self, dict=None):
        owner = ref(self)

        def remove(wr, owner=owner):
            me = owner()
            if me is not None:
                me.data.pop(wr, None)

        self._remove = remove
        self.data = {}
        if dict is not None:
            self.update(dict)

    def _pairs(self):
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return sum(1 for _ in self._pairs())

    def __iter__(self):
        for key, _ in self._pairs():
            yield key

    def keys(self):
        return [key for key, _ in self._pairs()]

    def values(self):
        return [value for _, value in self._pairs()]

    def items(self):
        return list(self._pairs())

    def keyrefs(self):
        return list(self.data)

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def popitem(self):
        while True:
            wr, value = self.data.popitem()
            key = wr()
            if key is not None:
                return key, value

    def update(self, dict=None, /, **kwargs):
        pairs = [] if dict is None else dict.items() if hasattr(dict, 'items') else dict
        for key, value in pairs:
            self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def clear(self):
        self.data.clear()

    def copy(self):
        return WeakKeyDictionary(self.items())

    __copy__ = copy

    def __repr__(self):
        return f'<WeakKeyDictionary at {hex(id(self))}>'


class WeakSet:
    """A set whose members are held weakly: a member goes when it is freed."""
    __module__ = 'weakref'

    def __init__(self, data=None):
        owner = ref(self)

        def remove(wr, owner=owner):
            me = owner()
            if me is not None:
                me.data.discard(wr)

        self._remove = remove
        self.data = set()
        if data is not None:
            self.update(data)

    def __iter__(self):
        for wr in list(self.data):
            item = wr()
            if item is not None:
                yield item

    def __len__(self):
        return sum(1 for _ in self)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def pop(self):
        while True:
            try:
                item = self.data.pop()()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            if item is not None:
                return item

    def clear(self):
        self.data.clear()

    def update(self, other):
        for item in other:
            self.add(item)

    def copy(self):
        return WeakSet(self)

    def __eq__(self, other):
        if not isinstance(other, WeakSet):
            return NotImplemented
        return set(self) == set(other)

    def __repr__(self):
        return f'<WeakSet at {hex(id(self))}>'

    def union(self, other):
        result = self.copy()
        result.update(other)
        return result

    __or__ = union

    def intersection(self, other):
        return WeakSet(item for item in other if item in self)

    __and__ = intersection

    def difference(self, other):
        return WeakSet(item for item in self if item not in other)

    __sub__ = difference

    def issubset(self, other):
        return all(item in other for item in self)

    __le__ = issubset


class _FinalizerState:
    """What a live finalizer will call, and its place among the others (newest run first at exit)."""

    def __init__(self, weakref, func, args, kwargs, index):
        self.weakref, self.func, self.args, self.kwargs, self.index = weakref, func, args, kwargs, index
        self.atexit = True


class finalize:
    """Calls func(*args, **kwargs) once: when obj is freed, when called, or at exit (unless atexit is False)."""
    __module__ = 'weakref'
    _registry = {}
    _created = [0]

    def __init__(self, obj, func, /, *args, **kwargs):
        finalize._created[0] += 1
        state = _FinalizerState(ref(obj, self), func, args, kwargs or None, finalize._created[0])
        finalize._registry[self] = state

    def __call__(self, _=None):
        state = finalize._registry.pop(self, None)
        if state is not None:
            return state.func(*state.args, **(state.kwargs or {}))

    def detach(self):
        state = finalize._registry.get(self)
        obj = state and state.weakref()
        if obj is not None and finalize._registry.pop(self, None):
            return obj, state.func, state.args, state.kwargs or {}

    def peek(self):
        state = finalize._registry.get(self)
        obj = state and state.weakref()
        if obj is not None:
            return obj, state.func, state.args, state.kwargs or {}

    @property
    def alive(self):
        return self in finalize._registry

    @property
    def atexit(self):
        state = finalize._registry.get(self)
        return bool(state) and state.atexit

    @atexit.setter
    def atexit(self, value):
        state = finalize._registry.get(self)
        if state:
            state.atexit = bool(value)

    def __repr__(self):
        state = finalize._registry.get(self)
        obj = state and state.weakref()
        if obj is None:
            return f'<finalize object at {hex(id(self))}; dead>'
        return f"<finalize object at {hex(id(self))}; for '{type(obj).__name__}' at {hex(id(obj))}>"


def _exit_finalizers():
    due = [(state.index, f) for f, state in finalize._registry.items() if state.atexit]
    due.sort(reverse=True)
    return [f for _, f in due]
"""#
}
