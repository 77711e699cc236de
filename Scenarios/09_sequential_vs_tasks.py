"""Sequential awaits vs tasks: same three jobs, half the time.

Part 1 awaits each job before starting the next, so the 0.1 + 0.2 + 0.3 s
waits add up. Part 2 wraps each job in a task first: all three are in the
loop at once, their sleeps overlap, and the total is just the longest one.
Watch the start times: in part 2 every job starts at the same instant.
"""
import asyncio
import sim


async def job(name, seconds, loop, t0):
    print(f"  {loop.time() - t0:.2f}  {name} starts")
    await asyncio.sleep(seconds)
    print(f"  {loop.time() - t0:.2f}  {name} done")
    return name


async def main():
    loop = asyncio.get_running_loop()
    print("sequential:")
    t0 = loop.time()
    sim.note("main() is the only task: each job it awaits runs to its end before the next starts")
    a = await job("a", 0.1, loop, t0)
    b = await job("b", 0.2, loop, t0)
    c = await job("c", 0.3, loop, t0)
    print(f"  results {[a, b, c]} after {loop.time() - t0:.2f}s")

    print("as tasks:")
    t0 = loop.time()
    jobs = [("a", 0.1), ("b", 0.2), ("c", 0.3)]
    tasks = [asyncio.create_task(job(name, s, loop, t0)) for name, s in jobs]
    sim.note("three tasks are now in the ready queue; none has started until main() awaits")
    results = []
    for t in tasks:
        results.append(await t)
    sim.note("the sleeps overlapped: the total is the longest job, not the sum")
    print(f"  results {results} after {loop.time() - t0:.2f}s")


asyncio.run(main())
