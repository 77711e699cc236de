"""A PriorityQueue of (priority, job) pairs served by two workers: smallest first; str() shows the heap."""
import asyncio


async def worker(name, queue, done):
    while True:
        priority, job = await queue.get()
        await asyncio.sleep(0.1 * priority)
        done.append((name, job))
        print(f"{name} finished {job} (priority {priority}) at {asyncio.get_running_loop().time():.1f}")
        queue.task_done()


async def main():
    queue = asyncio.PriorityQueue()
    for priority, job in [(3, "backup"), (1, "page"), (2, "email"), (1, "alert"), (5, "report"), (0, "fire")]:
        queue.put_nowait((priority, job))
    print(queue)
    print(queue.get_nowait(), queue.qsize())
    queue.task_done()
    done = []
    workers = [asyncio.create_task(worker(f"w{i}", queue, done)) for i in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(done)
    bounded = asyncio.PriorityQueue(maxsize=1)
    await bounded.put(9)
    try:
        bounded.put_nowait(1)
    except asyncio.QueueFull:
        print("full:", bounded)
    mixed = asyncio.PriorityQueue()
    mixed.put_nowait(1)
    try:
        mixed.put_nowait("one")
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
