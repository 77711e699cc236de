"""A bare Future: a box for a result that arrives later.

Nothing runs inside a Future; a timer fills it with set_result at 0.50.
Its done callbacks are then scheduled in the order they were added, and the
awaiting main() is one of them: its wakeup was added third, after A and B.
A callback added after completion goes straight to the ready queue; it never
runs inside add_done_callback itself. A future can be completed only once.
"""
import asyncio
import sim


def on_done(label):
    def callback(fut):
        print(f"{fut.get_loop().time():.2f}  callback {label}: result={fut.result()!r}")
    return callback


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(on_done("A"))
    fut.add_done_callback(on_done("B"))
    loop.call_later(0.5, fut.set_result, "hello")
    print(f"{loop.time():.2f}  done={fut.done()}, two callbacks attached")
    sim.note("the future is pending with two callbacks; main() awaits it and wakes when the timer fills it")
    value = await fut
    print(f"{loop.time():.2f}  main() woke with {value!r}, done={fut.done()}")
    sim.note("the future is done and callbacks A and B have run: a new one goes straight to the ready queue")
    fut.add_done_callback(on_done("C"))
    print(f"{loop.time():.2f}  added callback C after completion")
    await asyncio.sleep(0)
    try:
        fut.set_result("again")
    except asyncio.InvalidStateError as e:
        print(f"{loop.time():.2f}  set_result twice: InvalidStateError: {e}")


asyncio.run(main())
