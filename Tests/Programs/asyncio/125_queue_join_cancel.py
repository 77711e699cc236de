"""Queue.join with several joiners, one cancelled."""
import asyncio


async def main():
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    log = []

    async def joiner(n):
        try:
            await q.join()
            log.append(f"{n} joined")
        except asyncio.CancelledError:
            log.append(f"{n} cancelled")
            raise

    js = [asyncio.create_task(joiner(n)) for n in range(3)]
    await asyncio.sleep(0)
    js[1].cancel()
    for i in range(3):
        q.get_nowait()
        q.task_done()
        await asyncio.sleep(0)
        log.append(f"done {i}")
    await asyncio.gather(*js, return_exceptions=True)
    print(log)


asyncio.run(main())
