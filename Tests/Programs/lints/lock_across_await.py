import asyncio


async def worker(lock, n):
    async with lock:
        await asyncio.sleep(0.1)
        print("worker", n)


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(worker(lock, 1), worker(lock, 2))


asyncio.run(main())
