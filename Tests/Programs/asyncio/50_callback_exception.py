"""An exception in a callback is reported by the loop's handler and the loop keeps running."""
import asyncio


def bad(n):
    print("bad callback", n)
    raise ZeroDivisionError(n / 0)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "before")
    loop.call_soon(bad, 1)
    loop.call_soon(print, "after")
    loop.call_later(0.5, bad, 2)
    loop.call_later(0.5, print, "timer after bad timer")
    await asyncio.sleep(1)
    print("main still alive at", loop.time())


asyncio.run(main())
