"""Cancelling the task running a TaskGroup cancels its children and propagates CancelledError."""
import asyncio
import sim

# Line costs off: CPython cancels the children in its set's (address) order, and the times printed would
# show that order through the lines each child runs first.
sim.configure(line_cost=0)


async def child(name, log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled at {asyncio.get_running_loop().time()}")
        raise


async def runner(log):
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c1", log))
            tg.create_task(child("c2", log))
            await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("runner sees CancelledError, cancelling:", asyncio.current_task().cancelling())
        raise


async def main():
    log = []
    r = asyncio.create_task(runner(log))
    await asyncio.sleep(1)
    r.cancel()
    try:
        await r
    except asyncio.CancelledError:
        print("runner cancelled:", r.cancelled(), "at", asyncio.get_running_loop().time())
    print(sorted(log))


asyncio.run(main())
