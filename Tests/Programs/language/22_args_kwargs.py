# *args and **kwargs: collection, ordering, forwarding, unpacking at call sites
def collect(*args):
    print(type(args).__name__, len(args), args)
collect()
collect(1)
collect(1, 'two', [3])
collect(*[4, 5], 6, *(7,))

def kw(**kwargs):
    print(type(kwargs).__name__, kwargs)
kw()
kw(a=1, b=2)
kw(**{'z': 26, 'y': 25}, x=24)

def both(a, b=0, *args, **kwargs):
    print("a =", a, "b =", b, "args =", args, "kwargs =", kwargs)
both(1)
both(1, 2, 3, 4)
both(1, b=5, c=6)
both(*range(5), key="v", **{'k2': None})

def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s
print(total(), total(1, 2, 3), total(1, 2, start=100))

def forward(*args, **kwargs):
    return both(*args, **kwargs)
forward(9, 8, 7, flag=True)

def describe(name, *tags, **attrs):
    parts = [name]
    for t in tags:
        parts.append("#" + t)
    for k, v in attrs.items():
        parts.append(f"{k}:{v}")
    return " ".join(parts)
print(describe("item"))
print(describe("item", "red", "big", size=3, weight=1.5))

def first_and_rest(first, *rest):
    return first, rest
print(first_and_rest(1), first_and_rest(1, 2, 3), first_and_rest(*"abc"))

def apply(fn, *args, **kwargs):
    return fn(*args, **kwargs)
print(apply(max, 3, 9, 2), apply(sorted, [3, 1, 2], reverse=True))
print(apply(print, "via", "apply", sep="-"))

point = {'x': 1, 'y': 2}
def coords(x, y, z=0):
    return (x, y, z)
print(coords(**point), coords(*[5, 6], z=7), coords(*(1, 2, 3)))
args = [1, 2]
kwargs = {'sep': ' / ', 'end': ' <end>\n'}
print(*args, **kwargs)
print(*"xyz")
print(*[], "only")
def count_kwargs(**kw):
    return len(kw), sorted(kw)
print(count_kwargs(b=1, a=2, c=3))
