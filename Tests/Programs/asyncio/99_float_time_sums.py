"""loop.time() after repeated 0.1 sleeps shows float accumulation like CPython."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    out = []
    for i in range(12):
        await asyncio.sleep(0.1)
        out.append(loop.time())
    print(out)
    start = loop.time()
    await asyncio.sleep(0.7)
    print(loop.time() - start, loop.time())
    when = loop.time() + 0.3
    await asyncio.sleep(when - loop.time())
    print(loop.time(), loop.time() == when)


asyncio.run(main())
