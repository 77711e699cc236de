"""A barrier nobody completes: one party gives up after a timeout and aborts it; the others see BrokenBarrierError."""
import asyncio


async def party(name, barrier, patience):
    try:
        async with asyncio.timeout(patience):
            await barrier.wait()
    except TimeoutError:
        print(name, "timed out; aborting", barrier.n_waiting)
        await barrier.abort()
    except asyncio.BrokenBarrierError as e:
        print(name, "broken:", type(e).__name__, repr(str(e)))
    else:
        print(name, "passed")


async def main():
    barrier = asyncio.Barrier(4)
    await asyncio.gather(*(party(f"p{i}", barrier, 0.5 + i) for i in range(3)))
    print("broken:", barrier.broken, repr(barrier)[-9:])
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print("late arrival:", e, isinstance(e, RuntimeError))
    await barrier.reset()
    print("after reset:", barrier.broken, barrier.n_waiting)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
