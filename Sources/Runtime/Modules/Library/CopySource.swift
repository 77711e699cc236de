/// The Python source of `copy`: shallow and deep copies of the builtin containers and of instances (their
/// attributes, or `__copy__` / `__deepcopy__`; a namedtuple is made again from `__getnewargs__`), deep copies
/// sharing what is shared through the memo.
enum CopySource {
    static let text = #"""
class Error(Exception):
    pass


error = Error
_ATOMIC = (type(None), type(...), type(NotImplemented), int, float, bool, complex, str, bytes, type, range,
           type(len), type(abs))


def _rebuild(x: object, fill: object, memo: dict = None) -> object:
    twin = object.__new__(type(x))
    if memo is not None:
        memo[id(x)] = twin
    for name, value in vars(x).items():
        object.__setattr__(twin, name, fill(value))
    # An instance of a dict or list subclass carries its items too.
    if isinstance(x, dict):
        for k, v in dict.items(x):
            dict.__setitem__(twin, fill(k), fill(v))
    elif isinstance(x, list):
        list.extend(twin, [fill(item) for item in list.__iter__(x)])
    return twin


def _renew(x: object, fill: object, memo: dict = None) -> object:
    kind = type(x)
    twin = kind.__new__(kind, *[fill(arg) for arg in x.__getnewargs__()])
    if memo is not None:
        memo[id(x)] = twin
    for name, value in getattr(x, '__dict__', {}).items():
        object.__setattr__(twin, name, fill(value))
    return twin


def copy(x: object) -> object:
    kind = type(x)
    if kind in (list, dict, set):
        return kind(x)
    if isinstance(x, _ATOMIC) or kind in (tuple, frozenset) or callable(x) and not hasattr(kind, '__call__'):
        return x
    hook = getattr(kind, '__copy__', None)
    if hook is not None:
        return hook(x)
    if hasattr(kind, '__getnewargs__'):
        return _renew(x, lambda value: value)
    return _rebuild(x, lambda value: value)


def deepcopy(x: object, memo: dict = None) -> object:
    memo = {} if memo is None else memo
    known = memo.get(id(x), _NOT_SEEN)
    if known is not _NOT_SEEN:
        return known
    kind = type(x)
    if isinstance(x, _ATOMIC) or kind.__name__ in ('function', 'builtin_function_or_method', 'method'):
        return x
    hook = getattr(kind, '__deepcopy__', None)
    if hook is not None:
        made = hook(x, memo)
    elif kind is list:
        made = memo[id(x)] = []
        made.extend(deepcopy(item, memo) for item in x)
    elif kind is dict:
        made = memo[id(x)] = {}
        for k, v in x.items():
            made[deepcopy(k, memo)] = deepcopy(v, memo)
    elif kind in (tuple, set, frozenset):
        made = kind(deepcopy(item, memo) for item in x)
    elif hasattr(kind, '__getnewargs__'):
        made = _renew(x, lambda value: deepcopy(value, memo), memo)
    elif hasattr(kind, '__copy__') and not hasattr(x, '__dict__'):
        made = kind.__copy__(x)
    else:
        made = _rebuild(x, lambda value: deepcopy(value, memo), memo)
    memo[id(x)] = made
    return made


_NOT_SEEN = object()
"""#
}
