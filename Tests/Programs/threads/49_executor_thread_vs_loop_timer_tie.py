"""run_in_executor then a loop sleep of the same length: the loop, already waiting first, wakes before the worker ends."""
import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, time.sleep, 0.2)
    await asyncio.sleep(0.2)
    print(fut.done(), f"{loop.time():.2f}")
    await fut
    print(fut.done(), f"{loop.time():.2f}")


asyncio.run(main())
