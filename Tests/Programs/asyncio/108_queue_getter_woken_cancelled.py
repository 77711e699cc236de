"""A queue getter cancelled after put_nowait woke it hands the item to the next getter."""
import asyncio


async def main():
    q = asyncio.Queue()
    log = []

    async def getter(name):
        try:
            v = await q.get()
            log.append((name, v))
        except asyncio.CancelledError:
            log.append((name, "cancelled"))
            raise

    gs = [asyncio.create_task(getter(n)) for n in "xyz"]
    await asyncio.sleep(0)
    q.put_nowait(1)
    gs[0].cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log, q.qsize())
    q.put_nowait(2)
    await asyncio.sleep(0)
    print(log, q.qsize(), len(q._getters))


asyncio.run(main())
