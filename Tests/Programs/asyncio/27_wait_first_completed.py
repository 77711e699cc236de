"""asyncio.wait FIRST_COMPLETED returns as soon as one finishes; the rest stay pending and running."""
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    loop = asyncio.get_running_loop()
    pending = set()
    for i, d in enumerate([4, 1, 3, 5, 2]):
        pending.add(asyncio.create_task(job(f"j{i}", d / 10), name=f"j{i}"))
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        print(f"{loop.time():.1f}", sorted(t.result() for t in done), "left", len(pending))


asyncio.run(main())
