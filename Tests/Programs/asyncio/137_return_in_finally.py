"""return inside finally swallows CancelledError; break inside finally in a loop too."""
import asyncio


async def swallow():
    try:
        await asyncio.sleep(10)
    finally:
        return "from finally"


async def looper():
    n = 0
    while True:
        n += 1
        try:
            await asyncio.sleep(10)
        finally:
            break
    return n


async def main():
    for f in (swallow, looper):
        t = asyncio.create_task(f())
        await asyncio.sleep(0)
        t.cancel()
        print(await t, t.cancelled(), t.cancelling())


asyncio.run(main())
