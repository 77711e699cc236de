"""asyncio.wait FIRST_EXCEPTION returns at the first failure, or when all finish if none fail."""
import asyncio


async def job(delay, fail):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"fail@{delay}")
    return delay


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job(d, d == 0.2), name=f"t{d}") for d in [0.1, 0.2, 0.3]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("time", loop.time())
    print("done", sorted(t.get_name() for t in done))
    print("pending", sorted(t.get_name() for t in pending))
    print([repr(t.exception()) for t in tasks if t.done()])
    for t in pending:
        t.cancel()
    ok = [asyncio.create_task(job(d, False), name=f"ok{d}") for d in [0.5, 0.1]]
    done, pending = await asyncio.wait(ok, return_when=asyncio.FIRST_EXCEPTION)
    print("time", loop.time(), "done", sorted(t.get_name() for t in done), "pending", len(pending))
    print("cancelled:", [t.get_name() for t in tasks if t.cancelled()])


asyncio.run(main())
