"""time.sleep and sim.cpu in a coroutine block the loop; time.monotonic follows the loop clock."""
import asyncio
import time
import sim


async def ticker(log):
    for i in range(4):
        await asyncio.sleep(0.1)
        log.append(round(time.monotonic(), 6))


async def main():
    loop = asyncio.get_running_loop()
    log = []
    t = asyncio.create_task(ticker(log))
    await asyncio.sleep(0.05)
    time.sleep(0.3)
    print("blocked until", loop.time(), time.monotonic() == loop.time())
    await t
    print(log, loop.time())
    sim.io(0.2)
    print(loop.time(), time.time(), time.perf_counter())


asyncio.run(main())
