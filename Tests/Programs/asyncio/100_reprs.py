"""Reprs of futures and tasks in various states (no addresses)."""
import asyncio


async def f():
    await asyncio.sleep(0)
    return 3


async def g():
    raise ValueError("x")


def short(t):
    r = repr(t)
    return r[:r.index(" coro=")] + r[r.rindex(">", 0, len(r) - 1) + 1:]


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(repr(fut))
    fut.set_result([1, 2])
    print(repr(fut))
    fut = loop.create_future()
    fut.set_exception(KeyError("k"))
    print(repr(fut))
    fut.exception()
    fut = loop.create_future()
    fut.cancel()
    print(repr(fut))
    t = asyncio.create_task(f(), name="ff")
    await t
    print(short(t))
    t = asyncio.create_task(g(), name="gg")
    await asyncio.sleep(0)
    print(short(t))
    t.exception()
    t = asyncio.create_task(f(), name="cc")
    t.cancel()
    await asyncio.sleep(0)
    print(short(t))


asyncio.run(main())
