"""TaskGroup: structured concurrency, children never outlive their block.

First group: three children succeed; `async with` exits when the last is done.
Second group: b and c fail at 0.1, so the group cancels a and d, waits for
all four, and raises an ExceptionGroup with every error but the cancellations.
"""
import asyncio
import sim

# Lines cost nothing here: b and c must fail in the same instant, which lines that cost time
# would part.
sim.configure(line_cost=0)

cancelled = []  # printed sorted: CPython cancels the children in set order


async def child(name, seconds, fail=False):
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        cancelled.append(f"{name} at {loop.time():.2f}")
        raise
    if fail:
        print(f"{loop.time():.2f}    {name} raises")
        raise ValueError(f"{name} failed")
    print(f"{loop.time():.2f}    {name} done")
    return name


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(child(n, s)) for n, s in [("x", 0.2), ("y", 0.1), ("z", 0.3)]]
    print(f"{loop.time():.2f}  group 1 exited: {[t.result() for t in tasks]}")
    try:
        async with asyncio.TaskGroup() as tg:
            for name, seconds in [("a", 0.5), ("b", 0.1), ("c", 0.1), ("d", 0.5)]:
                tg.create_task(child(name, seconds, fail=name in "bc"))
            sim.note("the body of the group ends here; now it waits for its four children")
    except ExceptionGroup as eg:
        sim.note("b's error made the group cancel a and d; c failed in the same instant as b")
        print(f"{loop.time():.2f}  caught {eg!r}")
        for exc in eg.exceptions:
            print(f"      member: {exc!r}")
        print(f"      cancelled siblings: {sorted(cancelled)}")


asyncio.run(main())
