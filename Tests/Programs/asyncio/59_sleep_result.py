"""asyncio.sleep returns its result argument; fractional and zero sleeps keep exact virtual times."""
import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.sleep(0.1, result="r1"), loop.time())
    print(await asyncio.sleep(0, result=[1, 2]), loop.time())
    print(await asyncio.sleep(0.2), loop.time())
    for _ in range(10):
        await asyncio.sleep(0.1)
    print("after ten 0.1 sleeps:", loop.time(), time.monotonic(), time.time())
    await asyncio.sleep(-5)
    print("negative sleep is like zero:", loop.time())
    t0 = loop.time()
    results = await asyncio.gather(*[asyncio.sleep(i / 4, result=i) for i in range(5)])
    print(results, loop.time() - t0)


asyncio.run(main())
