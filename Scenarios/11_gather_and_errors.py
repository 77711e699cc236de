"""gather: results in argument order, and what one failing child does.

Part 1: the children finish fast, mid, slow, but the results list follows
the order of the arguments. Part 2: b raises at 0.2; gather re-raises that
first error in main() at once, yet a, c and d are not cancelled: c keeps
running, d's later error is swallowed. Part 3: with return_exceptions=True
errors become values in the list and gather waits for every child.
"""
import asyncio
import sim


async def child(name, delay, fail=False):
    loop = asyncio.get_running_loop()
    await asyncio.sleep(delay)
    if fail:
        print(f"{loop.time():.2f}    {name} raises")
        raise ValueError(f"{name} failed")
    print(f"{loop.time():.2f}    {name} done")
    return name.upper()


async def main():
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(child("slow", 0.3), child("fast", 0.1), child("mid", 0.2))
    print(f"{loop.time():.2f}  part 1: {results}")
    try:
        await asyncio.gather(child("a", 0.1), child("b", 0.2, fail=True),
                             child("c", 0.4), child("d", 0.3, fail=True))
    except ValueError as e:
        sim.note("gather raised b's error, but c and d are still running: gather cancels nobody")
        print(f"{loop.time():.2f}  part 2: gather raised {e!r}")
    await asyncio.sleep(0.3)
    sim.note("c and d ended while main() slept; with return_exceptions, errors become values in the result list")
    results = await asyncio.gather(child("a", 0.1), child("b", 0.2, fail=True),
                                   child("c", 0.3), return_exceptions=True)
    print(f"{loop.time():.2f}  part 3: {results}")


asyncio.run(main())
