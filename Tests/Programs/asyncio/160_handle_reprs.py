"""Reprs of cancelled handles and of a future waited on by a task."""
import asyncio


def cb(a):
    pass


async def waiter(f):
    await f


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(cb, 1)
    h.cancel()
    print(repr(h))
    h = loop.call_later(1, cb, 2)
    h.cancel()
    print(repr(h))
    f = loop.create_future()
    t = asyncio.create_task(waiter(f))
    await asyncio.sleep(0)
    print(repr(f))
    f.set_result(None)
    await t


asyncio.run(main())
