"""Twenty call_later(0.1, ...) timers with equal deadlines run in heapq order, not FIFO."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    for i in range(20):
        loop.call_later(0.1, print, i)
    await asyncio.sleep(0.2)
    print("time", loop.time())


asyncio.run(main())
