"""A lock waiter cancelled after release() woke it passes the lock to the next waiter."""
import asyncio


async def main():
    lock = asyncio.Lock()
    log = []

    async def w(name):
        try:
            async with lock:
                log.append(f"{name} acquired")
                await asyncio.sleep(0)
        except asyncio.CancelledError:
            log.append(f"{name} cancelled")
            raise

    await lock.acquire()
    ts = [asyncio.create_task(w(n)) for n in "abc"]
    await asyncio.sleep(0)
    lock.release()
    ts[0].cancel()
    await asyncio.sleep(0)
    log.append(f"locked={lock.locked()}")
    await asyncio.gather(*ts, return_exceptions=True)
    print(log)
    print([t.cancelled() for t in ts], lock.locked())


asyncio.run(main())
