/// The Python source of `functools`: partial, wraps, reduce, the LRU cache (hits, misses and an insertion-ordered
/// dict for recency), cached_property, total_ordering, cmp_to_key and singledispatch.
enum FunctoolsSource {
    static let text = #"""
WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)
_ABSENT = object()


def update_wrapper(wrapper: object, wrapped: object, assigned: tuple = WRAPPER_ASSIGNMENTS,
                   updated: tuple = WRAPPER_UPDATES) -> object:
    for attribute in assigned:
        copied = getattr(wrapped, attribute, _ABSENT)
        if copied is not _ABSENT:
            setattr(wrapper, attribute, copied)
    for attribute in updated:
        getattr(wrapper, attribute).update(getattr(wrapped, attribute, {}))
    setattr(wrapper, '__wrapped__', wrapped)
    return wrapper


def wraps(wrapped: object, assigned: tuple = WRAPPER_ASSIGNMENTS, updated: tuple = WRAPPER_UPDATES) -> object:
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


def reduce(function: object, iterable: object, *start) -> object:
    if len(start) > 1:
        raise TypeError(f"reduce expected at most 3 arguments, got {len(start) + 2}")
    remaining = iter(iterable)
    acc = start[0] if start else next(remaining, _ABSENT)
    if acc is _ABSENT:
        raise TypeError("reduce() of empty iterable with no initial value")
    for value in remaining:
        acc = function(acc, value)
    return acc


class partial:
    """A callable with some arguments bound; nested partials flatten into one."""

    def __new__(cls, target: object, /, *args, **keywords) -> "partial":
        if not callable(target):
            raise TypeError("the first argument must be callable")
        made = object.__new__(cls)
        if isinstance(target, partial):
            target, args, keywords = target.func, target.args + args, {**target.keywords, **keywords}
        made.func, made.args, made.keywords = target, args, keywords
        return made

    def __init__(self, *ignored, **also_ignored) -> None:
        return None

    def __call__(self, /, *more, **extra) -> object:
        return self.func(*self.args, *more, **{**self.keywords, **extra})

    def __get__(self, instance: object, owner: type = None) -> object:
        return self

    def __repr__(self: "partial") -> str:
        parts = [repr(self.func)] + [repr(a) for a in self.args]
        parts += [f"{k}={v!r}" for k, v in self.keywords.items()]
        label = 'functools.partial' if type(self) is partial else type(self).__qualname__
        return label + '(' + ', '.join(parts) + ')'


class partialmethod:
    def __init__(self, func: object, /, *args, **keywords) -> None:
        self.func, self.args, self.keywords = func, args, keywords

    def __get__(self, instance: object, owner: type = None) -> object:
        return self if instance is None else partial(self.func, instance, *self.args, **self.keywords)


class _CacheInfo:
    __slots__ = ('hits', 'misses', 'maxsize', 'currsize')

    def __init__(self, hits: int, misses: int, maxsize: object, currsize: int) -> None:
        self.hits, self.misses, self.maxsize, self.currsize = hits, misses, maxsize, currsize

    def _row(self) -> tuple:
        return (self.hits, self.misses, self.maxsize, self.currsize)

    def __iter__(self) -> "Iterator":
        return iter(self._row())

    def __getitem__(self, position: int) -> object:
        return self._row()[position]

    def __len__(self: "_CacheInfo") -> int:
        return 4

    def __eq__(self, that: object) -> bool:
        return self._row() == tuple(that)

    def __hash__(self) -> int:
        return hash(self._row())

    def __repr__(self: "_CacheInfo") -> str:
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % self._row()


_CacheInfo.__name__ = _CacheInfo.__qualname__ = 'CacheInfo'
_KEYWORDS_FOLLOW = object()


def _cache_key(args: tuple, named: dict, typed: bool) -> object:
    key = args + ((_KEYWORDS_FOLLOW,) + tuple(named.items()) if named else ())
    if typed:
        key += tuple(type(v) for v in args) + tuple(type(v) for v in named.values())
    if len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


class _lru_cache_wrapper:
    """The cached function: results by argument key in a dict whose order is recency (oldest first)."""

    def __init__(self, function: object, bound: object, typed: bool) -> None:
        self.__wrapped__ = function
        self._bound, self._typed = bound, typed
        self._results = {}
        self._hits = self._misses = 0
        update_wrapper(self, function)

    def __call__(self, /, *args, **named) -> object:
        if self._bound == 0:
            self._misses += 1
            return self.__wrapped__(*args, **named)
        key = _cache_key(args, named, self._typed)
        results = self._results
        found = results.get(key, _ABSENT)
        if found is not _ABSENT:
            self._hits += 1
            if self._bound is not None:
                results.pop(key, None)
                results[key] = found
            return found
        self._misses += 1
        computed = self.__wrapped__(*args, **named)
        if key not in results:
            if self._bound is not None and len(results) >= self._bound:
                results.pop(next(iter(results), None), None)
            results[key] = computed
        return computed

    def __get__(self, instance: object, owner: type = None) -> object:
        return self if instance is None else partial(self, instance)

    def cache_info(self) -> _CacheInfo:
        return _CacheInfo(self._hits, self._misses, self._bound, len(self._results))

    def cache_clear(self) -> None:
        self._results.clear()
        self._hits = self._misses = 0

    def cache_parameters(self) -> dict:
        return {'maxsize': self._bound, 'typed': self._typed}

    def __repr__(self: "_lru_cache_wrapper") -> str:
        return f"<functools._lru_cache_wrapper object at {hex(id(self))}>"


def lru_cache(maxsize: object = 128, typed: bool = False) -> object:
    if callable(maxsize) and isinstance(typed, bool):
        return _lru_cache_wrapper(maxsize, 128, typed)
    if maxsize is not None and not isinstance(maxsize, int):
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    maxsize = None if maxsize is None else max(maxsize, 0)
    return lambda function: _lru_cache_wrapper(function, maxsize, typed)


def cache(function: object, /) -> object:
    return _lru_cache_wrapper(function, None, False)


class cached_property:
    """Computes an attribute once per instance and keeps it in the instance's __dict__."""

    def __init__(self, func: object) -> None:
        self.func, self.attrname, self.__doc__ = func, None, func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        known = self.attrname
        if known not in (None, name):
            raise TypeError("Cannot assign the same cached_property to two different names "
                            f"({known!r} and {name!r}).")
        self.attrname = known or name

    def __get__(self, instance: object, owner: type = None) -> object:
        if instance is None:
            return self
        if not self.attrname:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        kept = instance.__dict__.get(self.attrname, _ABSENT)
        if kept is _ABSENT:
            kept = self.func(instance)
            setattr(instance, self.attrname, kept)
        return kept


def _derived(given: str, wanted: str) -> object:
    """`wanted` from `given` and ==, for total_ordering."""
    flips = {('__lt__', '__gt__'), ('__gt__', '__lt__'), ('__le__', '__ge__'), ('__ge__', '__le__')}
    widens = {('__lt__', '__le__'), ('__gt__', '__ge__')}
    narrows = {('__le__', '__lt__'), ('__ge__', '__gt__')}

    def compare(a: object, b: object) -> bool:
        outcome = getattr(a, given)(b)
        if outcome is NotImplemented:
            return outcome
        if (given, wanted) in flips:
            return (not outcome or a == b) if given in ('__le__', '__ge__') else (not outcome and a != b)
        if (given, wanted) in widens:
            return outcome or a == b
        if (given, wanted) in narrows:
            return outcome and a != b
        return not outcome
    compare.__name__ = wanted
    return compare


def total_ordering(cls: type) -> type:
    comparisons = ('__lt__', '__le__', '__gt__', '__ge__')
    defined = [op for op in comparisons if any(op in klass.__dict__ for klass in cls.__mro__[:-1])]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(defined)
    for op in comparisons:
        if op not in defined:
            setattr(cls, op, _derived(root, op))
    return cls


def cmp_to_key(mycmp: object) -> type:
    class K:
        __slots__ = ('obj',)

        def __init__(self, obj: object) -> None:
            self.obj = obj

        def __lt__(self, peer: "K") -> bool:
            return mycmp(self.obj, peer.obj) < 0

        def __gt__(self, peer: "K") -> bool:
            return mycmp(self.obj, peer.obj) > 0

        def __eq__(self, peer: "K") -> bool:
            return mycmp(self.obj, peer.obj) == 0

        def __le__(self, peer: "K") -> bool:
            return mycmp(self.obj, peer.obj) <= 0

        def __ge__(self, peer: "K") -> bool:
            return mycmp(self.obj, peer.obj) >= 0

        __hash__ = None
    return K


def singledispatch(func: object) -> object:
    registry = {object: func}

    def dispatch(kind: type) -> object:
        for klass in kind.__mro__:
            if klass in registry:
                return registry[klass]
        return func

    def register(kind: object, implementation: object = None) -> object:
        if implementation is None and isinstance(kind, type):
            return lambda later: register(kind, later)
        if implementation is None:
            hints = getattr(kind, '__annotations__', {})
            if not hints:
                raise TypeError(f"Invalid first argument to `register()`: {kind!r}. "
                                "Use either `@register(some_class)` or plain `@register` on an annotated function.")
            kind, implementation = list(hints.values())[0], kind
        for member in getattr(kind, '__args__', None) or (kind,):
            registry[member] = implementation
        return implementation

    def dispatcher(*args, **named):
        if not args:
            raise TypeError(f'{label} requires at least 1 positional argument')
        return dispatch(type(args[0]))(*args, **named)

    label = getattr(func, '__name__', 'singledispatch function')
    dispatcher.register, dispatcher.dispatch, dispatcher.registry = register, dispatch, registry
    return update_wrapper(dispatcher, func)


class singledispatchmethod(object):
    """A method that dispatches on the type of its first argument after `self`."""

    def __init__(self, func: object) -> None:
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.func, self.dispatcher = func, singledispatch(func)

    def register(self, cls: object, method: object = None) -> object:
        return self.dispatcher.register(cls, method)

    def __get__(self, obj: object, cls: type = None) -> object:
        def bound(*args, **named):
            chosen = self.dispatcher.dispatch(args[0].__class__)
            binder = getattr(chosen, '__get__', None)
            if binder is not None:
                return binder(obj, cls)(*args, **named)
            return chosen(*args, **named) if obj is None else chosen(obj, *args, **named)
        bound.register = self.register
        return update_wrapper(bound, self.func)


def recursive_repr(fillvalue: str = '...') -> object:
    """A `__repr__` decorator that shows `fillvalue` for an object already being shown further out."""
    def decorating(user_function: object) -> object:
        showing = set()

        def guarded(self: object) -> str:
            key = id(self)
            if key in showing:
                return fillvalue
            showing.add(key)
            try:
                return user_function(self)
            finally:
                showing.discard(key)
        return update_wrapper(guarded, user_function)
    return decorating


def get_cache_token() -> object:
    return _cache_token


_cache_token = object()
"""#
}
