"""Queue(maxsize=1) with several blocked putters, some cancelled."""
import asyncio


async def main():
    q = asyncio.Queue(maxsize=1)
    await q.put(0)

    async def putter(i):
        try:
            await q.put(i)
            print("put", i)
        except asyncio.CancelledError:
            print("putter", i, "cancelled")
            raise

    ps = [asyncio.create_task(putter(i)) for i in range(1, 5)]
    await asyncio.sleep(0)
    ps[0].cancel()
    ps[2].cancel()
    print("get", q.get_nowait())
    await asyncio.sleep(0)
    print("qsize", q.qsize(), q.full())
    print("get", await q.get())
    await asyncio.sleep(0)
    print("get", await q.get())
    await asyncio.sleep(0)
    print("empty", q.empty(), [p.cancelled() for p in ps])


asyncio.run(main())
