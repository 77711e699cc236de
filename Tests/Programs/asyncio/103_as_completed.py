"""as_completed order, duplicates and timeout error."""
import asyncio
import sim

# Line costs off: CPython's as_completed starts its tasks in the order of a set of coroutines (their
# addresses), and the times printed would show that order through the lines each one runs first.
sim.configure(line_cost=0)


async def ok(d, v):
    await asyncio.sleep(d)
    return v


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(ok(0.2, "t"))
    out = []
    for c in asyncio.as_completed([ok(0.3, "a"), t, ok(0.1, "b"), t]):
        out.append((await c, loop.time()))
    print(out)
    try:
        for c in asyncio.as_completed([ok(0.3, "x"), ok(0.1, "y")], timeout=0.2):
            print("got", await c, loop.time())
    except TimeoutError as e:
        print("timeout", repr(e), loop.time())
    await asyncio.sleep(0.2)
    print(len(asyncio.all_tasks()))


asyncio.run(main())
