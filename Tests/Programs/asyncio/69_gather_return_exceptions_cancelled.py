"""Cancelling a gather(return_exceptions=True) still raises CancelledError to its awaiter."""
import asyncio


async def child(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    loop = asyncio.get_running_loop()
    kids = [asyncio.create_task(child(f"k{i}", i)) for i in range(1, 4)]
    g = asyncio.gather(*kids, return_exceptions=True)
    loop.call_later(1.5, g.cancel, "stop gather")
    try:
        res = await g
        print("result", res)
    except asyncio.CancelledError as e:
        print("CancelledError at", loop.time(), e.args)
    print([(k.done(), k.cancelled()) for k in kids])
    print("k1 result:", kids[0].result())
    inner = asyncio.create_task(child("solo", 5))
    g2 = asyncio.gather(inner, return_exceptions=True)
    await asyncio.sleep(0.5)
    inner.cancel()
    res = await g2
    print("child cancelled, gather returned:", [type(r).__name__ for r in res])


asyncio.run(main())
