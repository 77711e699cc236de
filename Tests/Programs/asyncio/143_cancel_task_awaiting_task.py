"""Cancelling a task that awaits another task must call Task.cancel on the awaited task (its coroutine sees CancelledError)."""
import asyncio


async def inner(fut):
    try:
        return await fut
    except asyncio.CancelledError as e:
        print("inner cancelled", e.args)
        raise
    finally:
        print("inner finally")


async def middle(t):
    try:
        return await t
    except asyncio.CancelledError as e:
        print("middle cancelled", e.args)
        raise


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(inner(fut), name="inner")
    m = asyncio.create_task(middle(t), name="middle")
    await asyncio.sleep(0)
    print("m.cancel", m.cancel("stop"))
    print("right after: t.done", t.done(), "t.cancelling", t.cancelling(), "fut.cancelled", fut.cancelled())
    await asyncio.sleep(0)
    print("one iteration later: t.done", t.done(), "m.done", m.done())
    await asyncio.sleep(0)
    print(m.cancelled(), t.cancelled())


asyncio.run(main())
