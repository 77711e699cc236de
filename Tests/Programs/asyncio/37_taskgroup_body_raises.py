"""An exception raised in the TaskGroup body cancels the children and is wrapped in an ExceptionGroup."""
import asyncio
import sim

# Line costs off: CPython cancels the children in its set's (address) order, and the times printed would
# show that order through the lines each child runs first.
sim.configure(line_cost=0)


async def child(name, log):
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(5)
        log.append(f"{name} finished")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled at {loop.time()}")
        await asyncio.sleep(0.25)
        log.append(f"{name} cleanup finished at {loop.time()}")
        raise


async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(child("c1", log))
            t2 = tg.create_task(child("c2", log))
            await asyncio.sleep(1)
            raise KeyError("body failed")
    except ExceptionGroup as eg:
        print("group:", repr(eg.exceptions))
    except KeyError as e:
        print("bare KeyError", repr(e))
    print("time", asyncio.get_running_loop().time())
    # TaskGroup keeps its children in a set, so the cancellation order is not specified: sort.
    print(sorted(log))
    print("children cancelled:", t1.cancelled(), t2.cancelled())


asyncio.run(main())
