# Function defaults: positional/keyword calls, defaults evaluated once, mutable default pitfall, None sentinel
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(punct=".", name="Di", greeting="Yo"))
print(greet.__name__)

def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))

def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(append_safe(1), append_safe(2))
counter = 10
def show(n=counter):
    return n
counter = 20
print(show(), show(5), counter)

def no_return():
    pass
print(no_return(), no_return() is None)

def early(x):
    if x < 0:
        return "negative"
    elif x == 0:
        return
    return "positive"
print(early(-1), early(0), early(1))

def multi():
    return 1, [2, 3], "four"
a, b, c = multi()
print(a, b, c, multi())

def power(base, exp=2):
    return base ** exp
print(power(3), power(2, 10), power(exp=3, base=2), power(2.0, -1))

def cache_calls(x, seen={}):
    seen[x] = seen.get(x, 0) + 1
    return dict(seen)
for v in ["a", "b", "a", "a"]:
    print(cache_calls(v))

def f(a, b=2, c=3):
    return (a, b, c)
print(f(1), f(1, c=9), f(1, 5), f(c=0, a=-1))
print(f(*[7, 8]), f(**{'a': 1, 'c': 2}), f(*(4,), **{'b': 0}))
g = f
print(g.__name__, g(0))
def nested_default(x, fn=len):
    return fn(x)
print(nested_default("abcd"), nested_default([3, 1, 2], sorted), nested_default(-5, abs))
