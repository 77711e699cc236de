# Star-expressions in calls and displays, del of slices, assert messages, chained comparisons,
# lambdas everywhere, global/nonlocal, conditional imports and print's keywords.
FAST = True

if FAST:
    import random as rng
else:
    rng = None
try:
    import time
except ImportError:
    time = None
print(rng is not None, time is not None)

a, b = [1, 2], (3, 4)
d1, d2 = {"x": 1}, {"y": 2, "x": 10}
print([*a, *b], (*a, 0, *b), {*a, *b}, {**d1, **d2}, {**d2, "z": 3, **d1})
print(*a, *b, sep=" | ", end=" <end>\n")
print(*"abc", sep="")


def show(*args, **kwargs):
    return f"args={args} kwargs={dict(sorted(kwargs.items()))}"


k1, k2 = {"p": 1}, {"q": 2}
print(show(*a, *b, **k1, **k2))
print(show(0, *a, 9, *b, r=3, **k1))
try:
    show(**k1, **{"p": 5})
except TypeError as e:
    print("TypeError:", e)
first, *rest = range(5)
*init, last = "hello"
print(first, rest, init, last)

nums = list(range(10))
del nums[2:5]
print(nums)
del nums[::2]
print(nums)
del nums[-1], nums[0]
print(nums)
table = {"a": 1, "b": 2, "c": 3}
del table["b"]
print(table)

x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 == x, 3 < x != 5)
print(sorted([3, 1, 2], key=lambda v: -v), list(map(lambda p: p[0] * p[1], [(2, 3), (4, 5)])))
ops = {"+": lambda p, q: p + q, "*": lambda p, q: p * q}
print(ops["+"](2, 3), ops["*"](2, 3), (lambda *xs, **kw: (xs, kw))(1, 2, k=3))
make_adder = lambda n: lambda m: n + m
print(make_adder(10)(5))

try:
    assert x > 10, f"x is too small: {x}"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print("AssertionError:", e.args)

counter = 0


def bump():
    global counter
    counter += 1
    return counter


def make_counter():
    count = 0

    def step(by=1):
        nonlocal count
        count += by
        return count
    return step


bump()
bump()
c = make_counter()
c()
print(counter, c(5), c())


def outer():
    value = "outer"

    def middle():
        def inner():
            nonlocal value
            value = "changed by inner"
        inner()
        return value
    return middle(), value


print(outer())
print(rng.randint(1, 1) if rng else None)
