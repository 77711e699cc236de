"""call_at with absolute deadlines mixed with call_later; equal deadlines follow heap order."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(1.0)
    now = loop.time()
    print("now", now)
    loop.call_at(now + 0.5, print, "at+0.5")
    loop.call_later(0.25, print, "later+0.25")
    loop.call_at(now + 0.25, print, "at+0.25")
    loop.call_at(now - 1.0, print, "at-past")
    loop.call_at(now + 0.5, print, "at+0.5 again")
    loop.call_later(0.5, print, "later+0.5")
    loop.call_soon(print, "soon")
    await asyncio.sleep(1)
    print("end", loop.time())


asyncio.run(main())
