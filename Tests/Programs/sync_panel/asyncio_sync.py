# Every asyncio primitive with someone waiting on it at t=0.1: a semaphore of two, a barrier of three,
# a full queue with a blocked putter, a held lock and an event nobody has set yet.
import asyncio


async def fetch(name, permits, log):
    async with permits:
        await asyncio.sleep(0.2)
        log.append(f"fetched {name}")


async def meet(name, barrier, log):
    await asyncio.sleep(0.05 if name != "carol" else 0.3)
    place = await barrier.wait()
    log.append(f"{name} met ({place})")


async def produce(jobs, log):
    for n in range(1, 6):
        await jobs.put(f"job-{n}")
    log.append("all jobs queued")


async def consume(jobs, log):
    await asyncio.sleep(0.4)
    while True:
        job = await jobs.get()
        log.append(f"done {job}")
        jobs.task_done()


async def hold(lock, ready):
    async with lock:
        await ready.wait()


async def main():
    log = []
    permits = asyncio.Semaphore(2)
    barrier = asyncio.Barrier(3)
    jobs = asyncio.Queue(maxsize=3)
    lock = asyncio.Lock()
    ready = asyncio.Event()
    tasks = [asyncio.create_task(fetch(n, permits, log), name=f"fetch-{n}") for n in ("a", "b", "c", "d")]
    tasks += [asyncio.create_task(meet(n, barrier, log), name=n) for n in ("alice", "bob", "carol")]
    tasks.append(asyncio.create_task(produce(jobs, log), name="producer"))
    tasks.append(asyncio.create_task(hold(lock, ready), name="holder"))
    tasks.append(asyncio.create_task(hold(lock, ready), name="waiter"))
    consumer = asyncio.create_task(consume(jobs, log), name="consumer")
    await asyncio.sleep(0.5)
    ready.set()
    await asyncio.gather(*tasks)
    await jobs.join()
    consumer.cancel()
    print("\n".join(sorted(log)))


asyncio.run(main())
