"""The event loop: a FIFO ready queue and a heap of timers.

call_soon appends to the ready queue; each iteration runs what was ready, in order.
A callback that calls call_soon itself lands behind everything already queued.
call_later pushes a timer onto a heap: timers fire in deadline order, not in
the order they were scheduled, and the clock jumps straight to each deadline.
Two timers share the 0.20 deadline: they fire in the same iteration.
"""
import asyncio
import sim


def say(label):
    print(f"{asyncio.get_running_loop().time():.2f}  {label}")


def soon_then_more(label):
    say(label)
    asyncio.get_running_loop().call_soon(say, "soon 4 (queued by soon 1)")


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    loop.call_later(0.30, say, "timer C, deadline 0.30")
    loop.call_later(0.10, say, "timer A, deadline 0.10")
    loop.call_later(0.20, say, "timer B1, deadline 0.20")
    loop.call_later(0.20, say, "timer B2, deadline 0.20")
    loop.call_soon(soon_then_more, "soon 1")
    loop.call_soon(say, "soon 2")
    loop.call_soon(say, "soon 3")
    loop.call_later(0.40, done.set_result, "all timers fired")
    sim.note("three callbacks wait in the ready queue, five timers in the heap")
    print(f"{loop.time():.2f}  main() scheduled everything; now it awaits")
    result = await done
    sim.note("the last timer resolved the future, which woke main()")
    print(f"{loop.time():.2f}  main() resumed: {result}")


asyncio.run(main())
