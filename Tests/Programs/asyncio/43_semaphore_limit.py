"""Semaphore(2) lets two holders in at a time; waiters enter in FIFO order."""
import asyncio


async def job(sem, name, duration, log, inside):
    loop = asyncio.get_running_loop()
    async with sem:
        inside.append(name)
        log.append(f"{loop.time():.1f} {name} start, inside={inside}")
        await asyncio.sleep(duration)
        inside.remove(name)
        log.append(f"{loop.time():.1f} {name} end")


async def main():
    sem = asyncio.Semaphore(2)
    log = []
    inside = []
    print("locked initially:", sem.locked())
    jobs = [asyncio.create_task(job(sem, f"j{i}", d, log, inside)) for i, d in enumerate([1.0, 0.5, 0.5, 0.2, 0.1])]
    await asyncio.sleep(0)
    print("locked with two holders:", sem.locked())
    await asyncio.gather(*jobs)
    print("\n".join(log))
    sem.release()
    print("plain Semaphore over-release allowed, locked:", sem.locked())


asyncio.run(main())
