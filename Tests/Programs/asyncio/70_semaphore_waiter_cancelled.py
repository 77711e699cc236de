"""A Semaphore waiter cancelled while queued does not consume a slot; FIFO order holds for the rest."""
import asyncio


async def job(sem, name, log):
    loop = asyncio.get_running_loop()
    try:
        async with sem:
            log.append(f"{loop.time()} {name} in")
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(f"{loop.time()} {name} cancelled")
        raise


async def main():
    sem = asyncio.Semaphore(1)
    log = []
    tasks = [asyncio.create_task(job(sem, f"j{i}", log)) for i in range(4)]
    await asyncio.sleep(0.5)
    tasks[1].cancel()
    tasks[2].cancel()
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print("\n".join(log))
    print("locked:", sem.locked())


asyncio.run(main())
