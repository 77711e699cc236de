"""wait_for returns the result when the awaitable finishes before the timeout; None means no limit."""
import asyncio


async def compute(x, delay):
    await asyncio.sleep(delay)
    return x * x


async def fails():
    await asyncio.sleep(0.1)
    raise ValueError("inner failure")


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.wait_for(compute(3, 0.5), timeout=1), loop.time())
    print(await asyncio.wait_for(compute(4, 100), timeout=None), loop.time())
    fut = loop.create_future()
    loop.call_later(0.2, fut.set_result, "from future")
    print(await asyncio.wait_for(fut, 0.3), loop.time())
    try:
        await asyncio.wait_for(fails(), 5)
    except ValueError as e:
        print("error passes through:", repr(e), loop.time())
    await asyncio.sleep(10)
    print("end", loop.time())


asyncio.run(main())
