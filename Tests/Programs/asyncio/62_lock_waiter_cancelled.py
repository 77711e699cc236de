"""A cancelled Lock waiter is skipped; the lock passes to the next waiter in line."""
import asyncio


async def user(lock, name, log):
    try:
        async with lock:
            log.append(f"{asyncio.get_running_loop().time()} {name} acquired")
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(f"{asyncio.get_running_loop().time()} {name} cancelled while waiting")
        raise


async def main():
    lock = asyncio.Lock()
    log = []
    a = asyncio.create_task(user(lock, "a", log))
    b = asyncio.create_task(user(lock, "b", log))
    c = asyncio.create_task(user(lock, "c", log))
    await asyncio.sleep(0.5)
    b.cancel()
    res = await asyncio.gather(a, b, c, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print("\n".join(log))
    print("locked at end:", lock.locked(), "time", asyncio.get_running_loop().time())


asyncio.run(main())
