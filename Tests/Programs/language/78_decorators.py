# Decorators: plain, with arguments, stacked, on async def, registering functions, caching.
import asyncio

REGISTRY = {}


def register(name):
    def decorate(fn):
        REGISTRY[name] = fn
        return fn
    return decorate


def trace(fn):
    depth = 0

    def wrapper(*args, **kwargs):
        nonlocal depth
        indent = "  " * depth
        shown = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        print(f"{indent}-> {fn.__name__}({shown})")
        depth += 1
        try:
            result = fn(*args, **kwargs)
        finally:
            depth -= 1
        print(f"{indent}<- {fn.__name__} = {result!r}")
        return result
    wrapper.__name__ = fn.__name__
    return wrapper


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.__name__ = fn.__name__
    return wrapper


def repeat(times):
    def decorate(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorate


@register("add")
@trace
def add(a, b=0):
    return a + b


@memoize
@trace
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@repeat(3)
def shout(word):
    return word.upper() + "!"


print(add(2, b=3))
print(REGISTRY["add"] is add, add.__name__)
print(fib(5))
print(fib(5))
print(shout("hey"))

counter = {"calls": 0}


def counted(fn):
    def wrapper(*args, **kwargs):
        counter["calls"] += 1
        return fn(*args, **kwargs)
    return wrapper


def retry(attempts):
    def decorate(fn):
        async def wrapper(*args):
            for attempt in range(1, attempts + 1):
                try:
                    return await fn(*args)
                except OSError as e:
                    print(f"attempt {attempt} failed: {e}")
                    await asyncio.sleep(0.5)
            raise RuntimeError("giving up")
        return wrapper
    return decorate


failures = [2]


@counted
@retry(attempts=3)
async def fetch(url):
    await asyncio.sleep(0.1)
    if failures[0] > 0:
        failures[0] -= 1
        raise OSError(f"{url} unreachable")
    return f"<html from {url}>"


async def main():
    loop = asyncio.get_running_loop()
    print(await fetch("example.org"), round(loop.time(), 2))
    failures[0] = 5
    try:
        await fetch("down.org")
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("calls:", counter["calls"])


asyncio.run(main())

decorators = [lambda f: lambda: f() * 2, lambda f: lambda: f() + 1]


@decorators[0]
@decorators[1]
def five():
    return 5


print(five())
