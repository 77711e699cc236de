import asyncio
from contextlib import (contextmanager, asynccontextmanager, suppress, closing, nullcontext, ExitStack,
                        AsyncExitStack)

@contextmanager
def section(name):
    print(f"enter {name}")
    try:
        yield name.upper()
    except KeyError as e:
        print(f"{name} handled KeyError {e}")
    finally:
        print(f"exit {name}")

with section("a") as s:
    print("inside", s)
with section("b"):
    raise KeyError("k")
try:
    with section("c"):
        raise ValueError("v")
except ValueError as e:
    print("propagated", e)
print(section.__name__)

with suppress(IndexError, KeyError):
    {}["missing"]
print("suppressed")

class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print(f"closed {self.name}")
    def __enter__(self):
        print(f"open {self.name}")
        return self
    def __exit__(self, *exc):
        print(f"release {self.name}", exc[0].__name__ if exc[0] else None)
        return False

with closing(Resource("conn")) as r:
    print("using", r.name)
with nullcontext(42) as v:
    print("null", v)

with ExitStack() as stack:
    files = [stack.enter_context(Resource(f"f{i}")) for i in range(3)]
    stack.callback(print, "callback ran", len(files))
    print("all open")

try:
    with ExitStack() as stack:
        stack.enter_context(Resource("x"))
        stack.push(lambda *exc: print("push saw", exc[0].__name__))
        raise RuntimeError("boom")
except RuntimeError as e:
    print("caught", e)

with ExitStack() as stack:
    stack.enter_context(Resource("kept"))
    moved = stack.pop_all()
print("moved out")
moved.close()

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print("TypeError:", e)

@asynccontextmanager
async def connection(name):
    await asyncio.sleep(0.1)
    print("connect", name)
    try:
        yield name
    finally:
        await asyncio.sleep(0.1)
        print("disconnect", name)

class AsyncRes:
    async def __aenter__(self):
        print("aenter")
        return self
    async def __aexit__(self, *exc):
        print("aexit")

async def main():
    async with connection("db") as c:
        print("query on", c)
    async with AsyncExitStack() as stack:
        names = [await stack.enter_async_context(connection(n)) for n in ("a", "b")]
        await stack.enter_async_context(AsyncRes())
        stack.push_async_callback(asyncio.sleep, 0)
        stack.callback(print, "sync callback")
        print("using", names)
    try:
        async with connection("bad"):
            raise ValueError("failed")
    except ValueError as e:
        print("caught", e)
    async with nullcontext("n") as n:
        print("async null", n)

asyncio.run(main())
