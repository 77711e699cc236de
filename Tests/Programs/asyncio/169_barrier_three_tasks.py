"""A Barrier of three tasks, two rounds: each leaves with its arrival index, all at once."""
import asyncio


async def runner(name, delay, barrier):
    loop = asyncio.get_running_loop()
    for round_ in range(2):
        await asyncio.sleep(delay)
        print(f"{name} arrives (round {round_}) at {loop.time():.1f}, waiting before it: {barrier.n_waiting}")
        index = await barrier.wait()
        print(f"{name} passes with index {index} at {loop.time():.1f}")


async def main():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    await asyncio.gather(runner("a", 0.1, barrier), runner("b", 0.3, barrier), runner("c", 0.2, barrier))
    print(repr(barrier)[-23:])
    async with barrier as pos:
        print("unreachable", pos)


async def guarded():
    try:
        await asyncio.wait_for(main(), 1)
    except TimeoutError:
        print("the last wait timed out (one party only)")


asyncio.run(guarded())
