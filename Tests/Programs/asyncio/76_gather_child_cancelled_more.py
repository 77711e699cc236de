"""gather where a child is cancelled, with and without return_exceptions, plus empty gather."""
import asyncio


async def child(n, d):
    await asyncio.sleep(d)
    return n


async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(child("a", 1))
    b = asyncio.create_task(child("b", 2))
    loop.call_later(0.5, a.cancel, "msg-a")
    res = await asyncio.gather(a, b, return_exceptions=True)
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in res])
    print([r.args if isinstance(r, BaseException) else r for r in res], loop.time())
    g = asyncio.gather()
    print("empty gather done", g.done())
    print("empty", await g)
    print("empty2", await asyncio.gather(return_exceptions=True))
    c = asyncio.create_task(child("c", 1))
    d = asyncio.create_task(child("d", 1))
    g = asyncio.gather(c, d)
    await asyncio.sleep(0)
    print("gather cancel", g.cancel("gmsg"))
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather cancelled", e.args, c.cancelled(), d.cancelled())


asyncio.run(main())
