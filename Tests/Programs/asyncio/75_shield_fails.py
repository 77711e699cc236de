"""shield of a task that fails, before and after the outer is cancelled."""
import asyncio


async def bad(d):
    await asyncio.sleep(d)
    raise KeyError("k")


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(bad(1))
    s = asyncio.shield(t)
    try:
        await s
    except KeyError as e:
        print("shield raised", repr(e), loop.time())
    t2 = asyncio.create_task(bad(1))
    s2 = asyncio.shield(t2)
    loop.call_later(0.5, s2.cancel, "outer")
    try:
        await s2
    except asyncio.CancelledError as e:
        print("outer cancelled", e.args, loop.time(), t2.done())
    try:
        await t2
    except KeyError as e:
        print("inner failed", repr(e), loop.time())
    f = loop.create_future()
    f.set_result(3)
    print("shield of done future:", await asyncio.shield(f))


asyncio.run(main())
