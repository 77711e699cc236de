"""Coroutines pay for the lines they run: a task that computes before it awaits wakes later, and the loop's
timers start from the time the lines cost (the default cost of a line event)."""
import asyncio
import time


def busy(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


async def worker(name, n, delay):
    started = asyncio.get_running_loop().time()
    busy(n)
    await asyncio.sleep(delay)
    print(f"{name}: started {started!r} woke {asyncio.get_running_loop().time()!r}")
    return n


async def ticker(count):
    for i in range(count):
        yield i
        await asyncio.sleep(0.01)


async def main():
    loop = asyncio.get_running_loop()
    print("start", loop.time(), time.monotonic())
    results = await asyncio.gather(worker("a", 3000, 0.1), worker("b", 20000, 0.05), worker("c", 10, 0.1))
    print("gathered", results, loop.time())
    async with asyncio.timeout(1):
        busy(5000)
        await asyncio.sleep(0)
    print("after timeout block", loop.time())
    async for i in ticker(3):
        busy(100 * i)
    print("after async for", loop.time())
    try:
        async with asyncio.timeout(0.02):
            while True:
                busy(1000)
                await asyncio.sleep(0.001)
    except TimeoutError:
        print("timed out at", loop.time())
    task = asyncio.create_task(worker("d", 50000, 0))
    await asyncio.sleep(0)
    print("task running:", not task.done(), loop.time())
    await task
    print("end", loop.time(), time.perf_counter())


asyncio.run(main())
print("after run", time.time())
