"""Queue.join waits until task_done has been called for every item put."""
import asyncio


async def worker(name, q, log):
    while True:
        item = await q.get()
        await asyncio.sleep(item)
        log.append(f"{name}:{item}")
        q.task_done()


async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    log = []
    for d in [0.3, 0.1, 0.2, 0.4, 0.1]:
        q.put_nowait(d)
    workers = [asyncio.create_task(worker(f"w{i}", q, log)) for i in range(2)]
    await q.join()
    print(f"joined at {loop.time():.1f}", log)
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    try:
        q.task_done()
    except ValueError as e:
        print(repr(e))
    await q.join()
    print("join on idle queue returns immediately")


asyncio.run(main())
