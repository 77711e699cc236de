"""asyncio.wait with timeout returns (done, pending) without cancelling or raising."""
import asyncio


async def job(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job(d), name=f"d{d}") for d in [0.5, 1.5, 2.5]]
    done, pending = await asyncio.wait(tasks, timeout=1)
    print("t", loop.time(), "done", sorted(t.get_name() for t in done), "pending", sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending, timeout=1, return_when=asyncio.FIRST_COMPLETED)
    print("t", loop.time(), "done", sorted(t.get_name() for t in done), "pending", sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending, timeout=0)
    print("t", loop.time(), "done", len(done), "pending", len(pending))
    done, pending = await asyncio.wait(pending, timeout=10)
    print("t", loop.time(), "done", sorted(t.get_name() for t in done), "pending", len(pending))
    print("none cancelled:", not any(t.cancelled() for t in tasks))
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("empty:", repr(e))


asyncio.run(main())
