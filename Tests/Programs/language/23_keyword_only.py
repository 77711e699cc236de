# Keyword-only parameters and call errors: TypeError messages for bad calls
def kwonly(a, *, b, c=3):
    return (a, b, c)

print(kwonly(1, b=2))
print(kwonly(1, c=0, b=9))
print(kwonly(a=5, b=6))

def mixed(x, *args, flag=False, **rest):
    return x, args, flag, rest
print(mixed(1, 2, 3))
print(mixed(1, flag=True, other=0))

def f(a, b):
    return a + b

def g(count=1):
    return count

def h(a, *, key):
    return a, key

calls = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, c=3),
    lambda: f(1, a=1),
    lambda: f(),
    lambda: g(cont=2),
    lambda: g(1, 2),
    lambda: h(1),
    lambda: h(1, 2),
    lambda: kwonly(1),
    lambda: kwonly(1, 2),
    lambda: mixed(),
]
for i, call in enumerate(calls):
    try:
        print(i, "ok", call())
    except TypeError as e:
        print(i, "TypeError:", e)

def nothing():
    return 0
try:
    nothing(1)
except TypeError as e:
    print("TypeError:", e)
try:
    nothing(x=1)
except TypeError as e:
    print("TypeError:", e)

def three(a, b, c):
    return a * b * c
try:
    three(1)
except TypeError as e:
    print("TypeError:", e)
print(three(*[1, 2], c=5))

def options(*, verbose=False, level=0):
    return f"verbose={verbose} level={level}"
print(options(), options(level=3), options(verbose=True, level=1))
try:
    options(True)
except TypeError as e:
    print("TypeError:", e)
print(type(kwonly).__name__, kwonly.__name__, options.__name__)
