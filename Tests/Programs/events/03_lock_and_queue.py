"""Lock waiters and a queue hand-off, as sync events."""
import asyncio


async def worker(name, lock, q):
    async with lock:
        await asyncio.sleep(0.1)
    await q.put(name)


async def main():
    lock = asyncio.Lock()
    q = asyncio.Queue()
    tasks = [asyncio.create_task(worker(n, lock, q)) for n in "ab"]
    print(await q.get(), await q.get())
    await asyncio.gather(*tasks)


asyncio.run(main())
