# Generator functions: lazy evaluation, return values, next() with defaults, reprs.

def countdown(n):
    print(f"countdown({n}) starts")
    while n > 0:
        yield n
        n -= 1
    print("countdown done")
    return "liftoff"


gen = countdown(3)
print(type(gen).__name__, repr(gen).startswith("<generator object countdown at 0x"))
print("nothing ran yet")
print(next(gen))
print(next(gen))
print(list(gen))
print(next(gen, "exhausted"))
try:
    next(gen)
except StopIteration as e:
    print("StopIteration", e.args, e.value)

g2 = countdown(1)
next(g2)
try:
    next(g2)
except StopIteration as e:
    print("return value:", e.value, repr(e))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out


print(take(10, fib()))
print(sum(x for x in take(20, fib()) if x % 2 == 0))


def pairs(items):
    for i, a in enumerate(items):
        for b in items[i + 1:]:
            yield a, b


print(list(pairs("abcd")))
print(dict(zip("xyz", countdown(3))))
print(max(countdown(4)), min(countdown(4)), sorted(countdown(3)))
print(3 in countdown(5), 9 in countdown(2))

squares = (n * n for n in range(5))
print(repr(squares).startswith("<generator object <genexpr> at 0x"))
print(next(squares), next(squares), list(squares), list(squares))


def outer():
    def inner_gen():
        yield "inner"
    return inner_gen()


print(repr(outer()).startswith("<generator object outer.<locals>.inner_gen at"))
lazy = map(lambda x: x * 10, countdown(2))
print(list(lazy))
gen_lambda = (lambda: (yield 1))()
print(list(gen_lambda))
