"""Bounded Queue: producers block when full, consumers block when empty, waiters wake in FIFO order."""
import asyncio


async def producer(q, name, items):
    loop = asyncio.get_running_loop()
    for i in range(items):
        await q.put(f"{name}{i}")
        print(f"{loop.time():.1f} put {name}{i} size={q.qsize()} full={q.full()}")


async def consumer(q, name, delay, count):
    loop = asyncio.get_running_loop()
    for _ in range(count):
        item = await q.get()
        print(f"{loop.time():.1f} {name} got {item}")
        await asyncio.sleep(delay)


async def main():
    q = asyncio.Queue(maxsize=2)
    prods = [asyncio.create_task(producer(q, n, 3)) for n in "ab"]
    await asyncio.sleep(0.5)
    print("maxsize", q.maxsize, "qsize", q.qsize())
    cons = [asyncio.create_task(consumer(q, "c1", 1.0, 3)), asyncio.create_task(consumer(q, "c2", 1.5, 3))]
    await asyncio.gather(*prods, *cons)
    print("empty:", q.empty(), "time", asyncio.get_running_loop().time())


asyncio.run(main())
