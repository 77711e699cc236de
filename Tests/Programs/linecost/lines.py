"""Every construct's line events, as CPython's sys.settrace counts them, each costing a microsecond.

Each mark prints the clock: the lines run since the last mark, paid at the clock read.
"""
import asyncio
import contextlib
import time

import sim

sim.configure(line_cost=1e-06)


def mark(label):
    print(label, time.monotonic())


x = 1
def f(a):
    return a + 1
def g(a): return a * 2
@staticmethod
def h(): return 0
mark("defs")
class C:
    y = 2
    def m(self):
        return 1
mark("class")
while x < 4:
    x += 1
mark("while")
while True:
    x -= 1
    if x < 2:
        break
mark("while-true")
y = [i for i in range(3)]
mark("listcomp")
z = list(i for i in range(3))
mark("genexp")
f(1); g(2)
mark("calls")
w = (lambda q: q)(3)
mark("lambda")
for i in range(3):
    if i == 1:
        continue
    x += i
else:
    x = 0
mark("for-else")
total = sum(
    k * 2
    for k in range(4)
    if k % 2 == 0
)
mark("multiline genexp")
result = f(
    1
) + g(
    2,
)
mark("multiline call")
d = {
    "a": 1,
    "b": [1,
          2],
}
mark("multiline dict")
try:
    raise ValueError("x")
except ValueError as e:
    x = 1
finally:
    x = 2
mark("try-except-finally")
try:
    x = 3
except KeyError:
    pass
else:
    x = 4
mark("try-else")
def tf():
    try:
        return 1
    finally:
        x = 5
tf()
mark("return-finally")
class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
with Ctx() as c:
    x = 1
mark("with")
def gen():
    yield 1
    x = yield 2
    yield from range(2)
for v in gen():
    pass
mark("generator")
def outer():
    def inner():
        return 1
    return inner()
outer()
mark("closure")
s = {k: v for k, v in [(1, 2), (3, 4)]}
mark("dictcomp")
nested = [[j for j in range(i)] for i in range(3)]
mark("nested comp")
cond = 1 if x else 2
mark("ternary")
ok = (x > 0 and
      x < 10 or
      x == 20)
mark("bool multiline")
def deco(fn):
    return fn
@deco
class D:
    pass
@deco
def dd():
    pass
dd()
mark("decorators")
n = 0
while n < 3:
    n += 1
    if n == 2:
        continue
mark("while-continue")
for i in range(2):
    for j in range(2):
        if j:
            break
mark("nested for break")
assert x
del n
mark("assert-del")
try:
    try:
        raise KeyError
    finally:
        x = 1
except KeyError:
    pass
mark("nested try")
def raiser():
    raise ValueError
try:
    raiser()
except ValueError:
    pass
mark("raise in call")
for i in range(3):
    if i == 1:
        x = 1
mark("for-if without else")
def through_with():
    with contextlib.nullcontext():
        return 1
through_with()
mark("return through with")
for i in range(2):
    try:
        if i:
            break
        continue
    finally:
        x = 1
mark("break and continue through finally")
def return_in_finally_loop():
    for i in range(3):
        try:
            pass
        finally:
            if i == 1:
                return i
return_in_finally_loop()
mark("return in finally in loop")
def handled_return():
    try:
        raise ValueError
    except ValueError:
        return 5
    finally:
        y = 2
handled_return()
mark("return from handler with finally")
@contextlib.contextmanager
def managed():
    yield 1
with managed() as v:
    y = v
mark("generator context manager")
def echo():
    x = yield 1
    yield x
it = echo()
next(it)
it.send(3)
it.close()
mark("send and close")
total = sum(
    k * 2
    for k in range(4)
    if k % 2 == 0
)
r = [
    k
    for k in range(3)
]
q = [x for x in range(3) if x]
mark("multi-line comprehensions")
def anything(*a, **k):
    return 0
anything(1,
         2,
         x=3)
mark("multi-line call with keywords")
def classify(v):
    match v:
        case 0:
            return "zero"
        case [x, y]:
            return "pair"
        case {"k": val}:
            return "map"
        case str() if v:
            return "str"
        case _:
            return "other"
for v in [0, [1, 2], {"k": 1}, "s", 3.5]:
    classify(v)
mark("match")
n = 0
while n < 2:
    n += 1
else:
    n = 10
mark("while-else")
for i in range(5):
    if i == 0:
        pass
    elif i == 1:
        n += 1
    elif i == 2:
        n -= 1
    else:
        n *= 1
mark("elif chain")
if (m := n) > 3 and 0 < n < 100:
    n = m
mark("walrus chained")
try:
    try:
        raise KeyError("a")
    except KeyError as e:
        raise ValueError("b") from e
except ValueError:
    pass
mark("raise from")
s = f"""{n}
{n + 1}"""
mark("multiline fstring")
data = {"a": [1, 2]}
data["a"][
    0
] += 5
mark("multiline subscript aug")
def star(*args, **kw):
    return len(args) + len(kw)
star(*[1, 2], **{"x": 1})
mark("star call")
def outer():
    total = 0
    def inner(x):
        nonlocal total
        total += x
    for i in range(3):
        inner(i)
    return total
outer()
mark("nonlocal closure")
async def agen():
    for i in range(2):
        yield i
async def amain():
    out = [x async for x in agen()]
    async for x in agen():
        pass
    return out
asyncio.run(amain())
mark("async gen")
class P:
    @property
    def v(self):
        return 1
    @v.setter
    def v(self, value):
        pass
p = P()
p.v = p.v + 1
mark("property")
x = [1, 2, 3]
y = sorted(x, key=lambda q: -q)
mark("key lambda")
assert all(v > 0 for v in x), "msg"
mark("assert genexp")
