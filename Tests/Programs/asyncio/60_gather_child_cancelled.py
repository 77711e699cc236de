"""Cancelling one gather child makes gather raise CancelledError (without return_exceptions)."""
import asyncio


async def child(name, delay):
    await asyncio.sleep(delay)
    print(name, "finished at", asyncio.get_running_loop().time())
    return name


async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(child("a", 1))
    b = asyncio.create_task(child("b", 2))
    loop.call_later(0.5, a.cancel, "cancel a")
    g = asyncio.gather(a, b)
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather raised CancelledError at", loop.time(), e.args)
    print("gather done:", g.done(), "cancelled:", g.cancelled(), "b done:", b.done())
    print("b result:", await b, loop.time())


asyncio.run(main())
