"""Blocking the event loop: one time.sleep stalls every task.

A ticker task wants to print every 0.1 s. In part 1 a coroutine calls
time.sleep(0.35) on the loop's own thread: nothing else runs until it returns,
so the first tick comes at 0.35 and the rest are late. In part 2 the same
sleep runs in a worker thread via asyncio.to_thread: the loop stays free, the
ticks come on time, and the await returns when the thread is done.
"""
import asyncio
import time
import sim


async def ticker(loop, t0):
    for i in range(4):
        await asyncio.sleep(0.1)
        print(f"  +{loop.time() - t0:.2f}  tick {i}")


async def main():
    loop = asyncio.get_running_loop()
    print("part 1: time.sleep(0.35) on the loop")
    t0 = loop.time()
    ticks = asyncio.create_task(ticker(loop, t0))
    await asyncio.sleep(0)
    sim.note("the ticker armed its 0.1 s timer; time.sleep will block the loop's thread, so it cannot fire")
    time.sleep(0.35)
    print(f"  +{loop.time() - t0:.2f}  sleep returned")
    await ticks
    print("part 2: await asyncio.to_thread(time.sleep, 0.35)")
    t0 = loop.time()
    ticks = asyncio.create_task(ticker(loop, t0))
    await asyncio.sleep(0)
    sim.note("the ticker armed its timer; to_thread sleeps in a worker thread, so the loop keeps ticking")
    await asyncio.to_thread(time.sleep, 0.35)
    print(f"  +{loop.time() - t0:.2f}  to_thread returned")
    await ticks


asyncio.run(main())
