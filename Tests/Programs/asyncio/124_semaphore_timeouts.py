"""Semaphore acquire with wait_for timeouts; locked() with cancelled waiters."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    results = []

    async def try_acquire(name, to):
        try:
            await asyncio.wait_for(sem.acquire(), to)
            results.append((name, "acquired", loop.time()))
        except TimeoutError:
            results.append((name, "timeout", loop.time()))

    ts = [asyncio.create_task(try_acquire(n, to)) for n, to in (("a", 0.1), ("b", 0.5), ("c", 0.2))]
    await asyncio.sleep(0.15)
    print(sem.locked(), sem._value, len(sem._waiters))
    sem.release()
    await asyncio.sleep(1)
    print(results, sem._value)
    bs = asyncio.BoundedSemaphore(1)
    async with bs:
        pass
    try:
        bs.release()
    except ValueError as e:
        print("ValueError", e)


asyncio.run(main())
