"""Lock grants ownership to waiters in FIFO order; locked() reflects the state."""
import asyncio


async def user(lock, name, hold, log):
    async with lock:
        log.append(f"{asyncio.get_running_loop().time():.1f} {name} in")
        await asyncio.sleep(hold)
        log.append(f"{asyncio.get_running_loop().time():.1f} {name} out")


async def main():
    lock = asyncio.Lock()
    log = []
    print("locked:", lock.locked())
    tasks = [asyncio.create_task(user(lock, n, h, log)) for n, h in [("a", 0.3), ("b", 0.1), ("c", 0.2), ("d", 0)]]
    await asyncio.sleep(0)
    print("locked:", lock.locked())
    await asyncio.gather(*tasks)
    for line in log:
        print(line)
    try:
        lock.release()
    except RuntimeError as e:
        print(repr(e))
    await lock.acquire()
    print("manual acquire:", lock.locked())
    lock.release()
    print("released:", lock.locked())


asyncio.run(main())
