/// The Python source of `operator`: the operators as functions, and itemgetter, attrgetter and methodcaller with
/// CPython's reprs.
enum OperatorSource {
    static let text = #"""
_builtin_abs = abs


def lt(a, b): return a < b
def le(a, b): return a <= b
def eq(a, b): return a == b
def ne(a, b): return a != b
def ge(a, b): return a >= b
def gt(a, b): return a > b
def not_(a): return not a
def truth(a): return bool(a)
def is_(a, b): return a is b
def is_not(a, b): return a is not b
def abs(a): return _builtin_abs(a)
def add(a, b): return a + b
def and_(a, b): return a & b
def floordiv(a, b): return a // b
def index(a): return a.__index__() if not isinstance(a, int) else a
def inv(a): return ~a
def lshift(a, b): return a << b
def mod(a, b): return a % b
def mul(a, b): return a * b
def matmul(a, b): return a @ b
def neg(a): return -a
def or_(a, b): return a | b
def pos(a): return +a
def pow(a, b): return a ** b
def rshift(a, b): return a >> b
def sub(a, b): return a - b
def truediv(a, b): return a / b
def xor(a, b): return a ^ b
def concat(a, b): return a + b
def contains(a, b): return b in a
def countOf(a, b): return sum(1 for x in a if x is b or x == b)
def getitem(a, b): return a[b]


def indexOf(a: object, b: object) -> int:
    for i, x in enumerate(a):
        if x is b or x == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')


def setitem(a: object, b: object, c: object) -> None:
    a[b] = c


def delitem(a: object, b: object) -> None:
    del a[b]


def length_hint(obj: object, default: int = 0) -> int:
    return len(obj) if hasattr(type(obj), '__len__') or isinstance(obj, (list, tuple, str, dict, set)) else default


def iadd(a, b):
    a += b
    return a


def isub(a, b):
    a -= b
    return a


def imul(a, b):
    a *= b
    return a


iconcat = iadd


def itruediv(a: object, b: object) -> object:
    a /= b
    return a


def ifloordiv(a: object, b: object) -> object:
    a //= b
    return a


def imod(a: object, b: object) -> object:
    a %= b
    return a


def ipow(a: object, b: object) -> object:
    a **= b
    return a


def imatmul(a: object, b: object) -> object:
    a @= b
    return a


def iand(a: object, b: object) -> object:
    a &= b
    return a


def ior(a: object, b: object) -> object:
    a |= b
    return a


def ixor(a: object, b: object) -> object:
    a ^= b
    return a


def ilshift(a: object, b: object) -> object:
    a <<= b
    return a


def irshift(a: object, b: object) -> object:
    a >>= b
    return a


def call(target: object, /, *args: object, **kwargs: object) -> object:
    return target(*args, **kwargs)


invert = inv
__lt__, __le__, __eq__, __ne__, __ge__, __gt__ = lt, le, eq, ne, ge, gt
__add__, __sub__, __mul__, __truediv__, __floordiv__, __mod__ = add, sub, mul, truediv, floordiv, mod


class itemgetter:
    def __init__(self, item: object, *items) -> None:
        self._items = (item,) + items

    def __call__(self, obj: object) -> object:
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple(obj[i] for i in self._items)

    def __repr__(self: "itemgetter") -> str:
        return 'operator.itemgetter(' + ', '.join(map(repr, self._items)) + ')'


class attrgetter:
    def __init__(self, attr: str, *attrs) -> None:
        self._paths = tuple(tuple(a.split('.')) for a in (attr,) + attrs)
        self._names = (attr,) + attrs

    @staticmethod
    def _follow(obj: object, path: tuple) -> object:
        for step in path:
            obj = getattr(obj, step)
        return obj

    def __call__(self, obj: object) -> object:
        if len(self._paths) == 1:
            return self._follow(obj, self._paths[0])
        return tuple(self._follow(obj, p) for p in self._paths)

    def __repr__(self: "attrgetter") -> str:
        return 'operator.attrgetter(' + ', '.join(map(repr, self._names)) + ')'


class methodcaller:
    def __init__(self, name: str, /, *args, **kwargs) -> None:
        self._call = (name, args, kwargs)

    def __call__(self, obj: object) -> object:
        name, args, kwargs = self._call
        return getattr(obj, name)(*args, **kwargs)

    def __repr__(self: "methodcaller") -> str:
        name, args, kwargs = self._call
        shown = [repr(name)] + [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
        return 'operator.methodcaller(' + ', '.join(shown) + ')'
"""#
}
