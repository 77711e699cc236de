"""Producer and consumers around asyncio.Queue(maxsize=2).

The producer is faster than the two consumers, so the queue fills up and
`await queue.put` blocks until a consumer takes an item: back-pressure.
queue.join() waits until every item got its task_done(); then one None
sentinel per consumer tells each to stop.
"""
import asyncio
import sim


def log(text):
    print(f"{asyncio.get_running_loop().time():.2f}  {text}")


async def consumer(name, queue, seconds):
    while True:
        item = await queue.get()
        if item is None:
            log(f"{name}: got the sentinel, stopping")
            return
        log(f"{name}: working on item {item}")
        await asyncio.sleep(seconds)
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    workers = [asyncio.create_task(consumer("c1", queue, 0.2)),
               asyncio.create_task(consumer("c2", queue, 0.3))]
    for item in range(6):
        if queue.full():
            log(f"producer: queue full, put({item}) has to wait")
        await queue.put(item)
        log(f"producer: put item {item}, queue holds {queue.qsize()}")
    sim.note("all items are queued; join() waits until task_done() was called for each")
    await queue.join()
    log("producer: queue.join() returned, every item is processed")
    sim.note("the consumers are idle inside queue.get(); a sentinel wakes each one to exit")
    for _ in workers:
        await queue.put(None)
    await asyncio.gather(*workers)


asyncio.run(main())
