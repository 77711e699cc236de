"""A cancelled Queue.get waiter does not lose an item; the next getter receives it."""
import asyncio


async def getter(q, name, log):
    try:
        item = await q.get()
        log.append(f"{name} got {item}")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    q = asyncio.Queue()
    log = []
    g1 = asyncio.create_task(getter(q, "g1", log))
    g2 = asyncio.create_task(getter(q, "g2", log))
    g3 = asyncio.create_task(getter(q, "g3", log))
    await asyncio.sleep(0.1)
    g1.cancel()
    q.put_nowait("item-1")
    q.put_nowait("item-2")
    await asyncio.gather(g1, g2, g3, return_exceptions=True)
    print(log)
    print("left in queue:", q.qsize())
    try:
        await asyncio.wait_for(q.get(), timeout=0.2)
    except TimeoutError:
        print("wait_for get timed out at", asyncio.get_running_loop().time())
    q.put_nowait("after timeout")
    print("next get:", await q.get(), "size:", q.qsize())


asyncio.run(main())
