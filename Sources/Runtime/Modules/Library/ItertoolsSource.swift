/// The Python source of `itertools`: every iterator building block as a generator (chain is an object with
/// `from_iterable`), in CPython's orders and messages.
enum ItertoolsSource {
    static let text = #"""
_MISSING = object()


class count:
    """start, start + step, start + 2 * step, … without end."""

    def __init__(self, start: object = 0, step: object = 1) -> None:
        for value in (start, step):
            if not isinstance(value, (int, float, complex)) and not hasattr(value, '__add__'):
                raise TypeError('a number is required')
        self._next, self._step = start, step

    def __iter__(self) -> "count":
        return self

    def __next__(self) -> object:
        value = self._next
        self._next = value + self._step
        return value

    def __repr__(self) -> 'str':
        shown = repr(self._next)
        if type(self._step) is int and self._step == 1:
            return f'count({shown})'
        return f'count({shown}, {self._step!r})'


def cycle(iterable):
    saved = []
    for item in iterable:
        yield item
        saved.append(item)
    while saved:
        yield from saved


class repeat:
    """`object` again and again, `times` times or without end."""

    def __init__(self, object: object, times: object = None) -> None:
        self._object = object
        self._left = None if times is None else max(times, 0)

    def __iter__(self) -> "repeat":
        return self

    def __next__(self) -> object:
        if self._left is None:
            return self._object
        if 0 >= self._left:
            raise StopIteration()
        self._left -= 1
        return self._object

    def __length_hint__(self) -> int:
        if self._left is None:
            raise TypeError('len() of unsized object')
        return self._left

    def __repr__(self) -> 'str':
        if self._left is None:
            return f'repeat({self._object!r})'
        return f'repeat({self._object!r}, {self._left})'


def accumulate(iterable, func=None, *, initial=None):
    stream = iter(iterable)
    total = initial
    if initial is None:
        total = next(stream, _MISSING)
        if total is _MISSING:
            return
    yield total
    for item in stream:
        total = total + item if func is None else func(total, item)
        yield total


class _Chain:
    def __call__(self, *iterables):
        for part in iterables:
            yield from part

    def from_iterable(self, iterables):
        for part in iterables:
            yield from part

    def __repr__(self: "_Chain") -> str:
        return "<class 'itertools.chain'>"


chain = _Chain()


def compress(data, selectors):
    for item, keep in zip(data, selectors):
        if keep:
            yield item


def dropwhile(predicate, iterable):
    stream = iter(iterable)
    for item in stream:
        if not predicate(item):
            yield item
            break
    yield from stream


def takewhile(predicate, iterable):
    for item in iterable:
        if not predicate(item):
            return
        yield item


def filterfalse(predicate, iterable):
    for item in iterable:
        if not (bool(item) if predicate is None else predicate(item)):
            yield item


def _group(first, key, stream, state):
    yield first
    for item in stream:
        k = item if key is None else key(item)
        if k != state[0]:
            state[0], state[1] = k, item
            return
        yield item
    state[1] = _MISSING


def groupby(iterable, key=None):
    stream = iter(iterable)
    first = next(stream, _MISSING)
    if first is _MISSING:
        return
    state = [first if key is None else key(first), first]
    while state[1] is not _MISSING:
        current_key, current = state
        group = _group(current, key, stream, state)
        yield current_key, group
        if state[1] is current and state[0] is current_key:
            for _ in group:
                pass


def _index(given, what):
    if given is None:
        return None
    if not isinstance(given, int) or given < 0:
        raise ValueError(f"{what} argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    return given


def islice(iterable, *args):
    if not 1 <= len(args) <= 3:
        raise TypeError(f"islice expected at most 4 arguments, got {len(args) + 1}" if args
                        else "islice expected at least 2 arguments, got 1")
    if len(args) < 2:
        start, stop, step = 0, _index(args[0], "Stop"), 1
    else:
        start = _index(args[0], "Indices") or 0
        stop = _index(args[1], "Stop")
        step = 1 if len(args) < 3 or args[2] is None else args[2]
        if not isinstance(step, int) or step <= 0:
            raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(iter(iterable), start, stop, step)


def _islice(stream, start, stop, step):
    position = 0
    wanted = start
    if stop is not None and stop <= start:
        return
    for item in stream:
        if position == wanted:
            yield item
            wanted += step
        position += 1
        if stop is not None and (position >= stop or wanted >= stop):
            return


def pairwise(iterable):
    stream = iter(iterable)
    previous = next(stream, _MISSING)
    if previous is _MISSING:
        return
    for item in stream:
        yield previous, item
        previous = item


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def tee(iterable, n=2):
    if n < 0:
        raise ValueError("n must be >= 0")
    source = iter(iterable)
    buffers = [[] for _ in range(n)]

    def branch(mine):
        while True:
            if not mine:
                item = next(source, _MISSING)
                if item is _MISSING:
                    return
                for b in buffers:
                    b.append(item)
            yield mine.pop(0)
    return tuple(branch(b) for b in buffers)


def zip_longest(*iterables, fillvalue=None):
    iterators = [iter(it) for it in iterables]
    live = len(iterators)
    if not live:
        return
    while True:
        row = []
        for i, it in enumerate(iterators):
            item = next(it, _MISSING)
            if item is _MISSING:
                live -= 1
                if not live:
                    return
                iterators[i] = repeat(fillvalue)
                item = fillvalue
            row.append(item)
        yield tuple(row)


def product(*iterables, repeat=1):
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(p) for p in iterables] * repeat
    rows = [()]
    for pool in pools:
        rows = [row + (item,) for row in rows for item in pool]
    for row in rows:
        yield row


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r < 0:
        raise ValueError("r must be non-negative")
    if r > n:
        return
    for indices in product(range(n), repeat=r):
        if len(set(indices)) == r:
            yield tuple(pool[i] for i in indices)


def combinations(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    yield from _choose(pool, 0, r, False)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    yield from _choose(pool, 0, r, True)


def _choose(pool, start, r, again):
    if r == 0:
        yield ()
        return
    for i in range(start, len(pool)):
        for rest in _choose(pool, i if again else i + 1, r - 1, again):
            yield (pool[i],) + rest
"""#
}
