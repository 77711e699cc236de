import functools
from functools import (partial, reduce, wraps, lru_cache, cache, cached_property, total_ordering, cmp_to_key,
                       singledispatch)

def power(base, exp, *, mod=None):
    return base ** exp if mod is None else pow(base, exp, mod)

square = partial(power, exp=2)
p = partial(print, "job", sep=":")
p("done")
print(square(7), square.func is power, square.args, square.keywords)
print(repr(partial(max, 1, 2, key=abs)), repr(partial(partial(max, 1), 2)))
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10))
try:
    reduce(max, [])
except TypeError as e:
    print("TypeError:", e)

def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"calling {fn.__name__}{args}")
        return fn(*args, **kwargs)
    return wrapper

@logged
def add(a, b):
    "Add two numbers."
    return a + b

print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)

@lru_cache(maxsize=3)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())
fib.cache_clear(); print(fib.cache_info())

@lru_cache
def sq(x):
    print("computing", x)
    return x * x
for v in [1, 2, 1, 3, 2]:
    sq(v)
print(sq.cache_info(), sq.__name__)

@cache
def fact(n):
    return n * fact(n - 1) if n else 1
print(fact(10), fact.cache_info())

class Dataset:
    def __init__(self, data):
        self.data = data
    @cached_property
    def total(self):
        print("summing")
        return sum(self.data)
d = Dataset([1, 2, 3])
print(d.total, d.total, vars(d))

@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)
    def __repr__(self):
        return f"v{self.major}.{self.minor}"
a, b = Version(1, 2), Version(1, 3)
print(a < b, a <= b, a > b, a >= b, a >= a, sorted([b, a]), max(a, b))

def compare_len(x, y):
    return len(x) - len(y)
print(sorted(["ccc", "a", "bb"], key=cmp_to_key(compare_len)))

@singledispatch
def describe(obj):
    return f"object {obj!r}"
@describe.register(int)
def _(obj):
    return f"int {obj}"
@describe.register(list)
def _(obj):
    return "list of " + ", ".join(describe(x) for x in obj)
print(describe(3), describe("s"), describe([1, True]))
print(describe.dispatch(bool).__name__)

class Cls:
    @lru_cache(maxsize=None)
    def method(self, x):
        return x * 10
c = Cls()
print(c.method(2), c.method(2), Cls.method.cache_info())
