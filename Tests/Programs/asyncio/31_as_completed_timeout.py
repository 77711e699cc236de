"""as_completed(timeout=) raises TimeoutError for results not ready by the deadline."""
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in [("x", 0.5), ("y", 2.0), ("z", 1.0), ("w", 3.0)]]
    got = []
    try:
        for f in asyncio.as_completed(tasks, timeout=1.5):
            got.append(await f)
            print("got", got[-1], "at", loop.time())
    except TimeoutError:
        print("timed out at", loop.time(), "after", got)
    print("still pending:", sorted(t.get_name() for t in tasks if not t.done()))
    print("cancelled:", [t.get_name() for t in tasks if t.cancelled()])
    await asyncio.sleep(2)
    print("all done at", loop.time(), [t.result() for t in tasks])


asyncio.run(main())
