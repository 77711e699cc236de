"""asyncio.wait with ALL_COMPLETED returns every task in done, including failed ones."""
import asyncio


async def job(delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"job {delay} failed")
    return delay


async def main():
    loop = asyncio.get_running_loop()
    tasks = [
        asyncio.create_task(job(0.3), name="a"),
        asyncio.create_task(job(0.1, True), name="b"),
        asyncio.create_task(job(0.2), name="c"),
    ]
    done, pending = await asyncio.wait(tasks)
    print("time", loop.time())
    print("done", sorted(t.get_name() for t in done), "pending", len(pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        exc = t.exception()
        print(t.get_name(), repr(exc) if exc else t.result())


asyncio.run(main())
