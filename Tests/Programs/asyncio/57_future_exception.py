"""A future completed with set_exception raises it when awaited; exception() returns it."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.3, fut.set_exception, OSError("disk unplugged"))
    try:
        await fut
    except OSError as e:
        print("awaited:", repr(e), loop.time())
    print("exception():", repr(fut.exception()), "done:", fut.done())
    f2 = loop.create_future()
    f2.set_exception(KeyError)
    print("class becomes instance:", repr(f2.exception()))
    try:
        f2.result()
    except KeyError as e:
        print("result() raises", type(e).__name__)
    f3 = loop.create_future()
    try:
        f3.set_exception(StopIteration("x"))
    except TypeError as e:
        print("StopIteration rejected:", e.args)
    f3.cancel()
    try:
        f3.exception()
    except asyncio.CancelledError:
        print("exception() of cancelled future raises CancelledError")


asyncio.run(main())
