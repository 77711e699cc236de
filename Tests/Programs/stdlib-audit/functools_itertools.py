"""functools and itertools the way tutorials use them: dispatch, ordering, caching, partials, wrappers, and every
iterator building block."""
import functools, itertools, operator
from functools import singledispatch, total_ordering, cached_property, partial, reduce, lru_cache, wraps, cmp_to_key, partialmethod, singledispatchmethod, cache

@singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
@describe.register
def _(x: float | str):
    return f"float-or-str {x}"
print(describe(1), describe([1, 2]), describe(2.5), describe("s"), describe(None), describe(True))
print(describe.dispatch(bool).__name__, sorted(t.__name__ for t in describe.registry))

@total_ordering
class Version:
    def __init__(self, *parts): self.parts = parts
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __repr__(self): return "V" + ".".join(map(str, self.parts))
vs = [Version(1, 2), Version(1, 0, 5), Version(2)]
print(sorted(vs), Version(1) <= Version(1), Version(2) > Version(1, 9), Version(1) >= Version(2), max(vs))

class Circle:
    def __init__(self, r): self.r = r
    @cached_property
    def area(self):
        print("computing")
        return 3.14159 * self.r ** 2
c = Circle(2)
print(c.area, c.area, "area" in vars(c))
del c.area
print(c.area)
print(Circle.area.__class__.__name__, Circle.area.attrname)

class Cell:
    def __init__(self): self.alive = False
    def set_state(self, state): self.alive = state
    set_alive = partialmethod(set_state, True)
cell = Cell(); cell.set_alive(); print(cell.alive)

class Fmt:
    @singledispatchmethod
    def fmt(self, arg): return "?"
    @fmt.register
    def _(self, arg: int): return "int"
print(Fmt().fmt(3), Fmt().fmt("x"))

p = partial(int, base=2)
print(p("1010"), repr(p), p.func, p.args, p.keywords, partial(p, "11")())
@lru_cache(maxsize=2)
def sq(n): return n * n
print([sq(i) for i in (1, 2, 1, 3, 1)], sq.cache_info(), sq.cache_parameters())
sq.cache_clear(); print(sq.cache_info())
@cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
def deco(f):
    @wraps(f)
    def inner(*a, **k): return f(*a, **k)
    return inner
@deco
def hello(x: int) -> str:
    """Say hi."""
    return "hi"
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__annotations__, hello.__qualname__)
print(reduce(operator.mul, range(1, 8)), reduce(lambda a, b: a + b, [], 10), sorted(["b", "A", "c"], key=cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

it = itertools
print(list(it.accumulate([1, 2, 3, 4], operator.mul, initial=10)), list(it.accumulate([3, 1, 4], max)))
print(list(it.chain("ab", [1])), list(it.chain.from_iterable(["xy", "z"])), list(it.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(it.islice(it.count(5, 0.5), 4)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat(7, 3)))
print(list(it.dropwhile(lambda x: x < 3, [1, 4, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.filterfalse(None, [0, 1, 2, 0])))
print([(k, list(g)) for k, g in it.groupby("aaabccaa")], [(k, len(list(g))) for k, g in it.groupby(sorted([3, 1, 2, 4]), key=lambda x: x % 2)])
print(list(it.islice("abcdefg", 1, None, 2)), list(it.pairwise("abcd")), list(it.starmap(pow, [(2, 3), (3, 2)])))
a, b = it.tee(iter([1, 2, 3])); print(list(a), list(b), list(it.zip_longest("ab", "xyz", fillvalue="-")))
print(list(it.product("ab", repeat=2)), list(it.permutations(range(3), 2)), list(it.combinations("abcd", 2)), list(it.combinations_with_replacement("ab", 2)))
print(repr(it.count(3)), repr(it.repeat("a", 2)), next(it.count()), len(list(it.product(range(3), range(4), range(2)))))

class Node:
    def __init__(self, name):
        self.name, self.links = name, []
    @functools.recursive_repr()
    def __repr__(self):
        return f"Node({self.name}, {self.links})"
a, b = Node("a"), Node("b")
a.links.append(b)
b.links.append(a)
print(a, Node.__repr__.__name__, functools.get_cache_token() is functools.get_cache_token())
class Box(list):
    @functools.recursive_repr("<loop>")
    def __repr__(self):
        return "Box" + super().__repr__()
x = Box([1])
x.append(x)
print(x)
