"""sim.cpu blocks the loop: timers that came due meanwhile fire late, all at once."""
import asyncio
import sim
import time


async def ticker(log):
    loop = asyncio.get_running_loop()
    for i in range(4):
        await asyncio.sleep(0.1)
        log.append(f"tick {i} at {loop.time():.2f}")


async def main():
    loop = asyncio.get_running_loop()
    log = []
    t = asyncio.create_task(ticker(log))
    loop.call_later(0.05, lambda: log.append(f"timer 0.05 ran at {loop.time():.2f}"))
    await asyncio.sleep(0)
    sim.cpu(0.35)
    log.append(f"cpu done at {loop.time():.2f} monotonic {time.monotonic():.2f}")
    await t
    for line in log:
        print(line)
    start = time.monotonic()
    sim.cpu(1)
    print("monotonic advanced by", time.monotonic() - start)


asyncio.run(main())
