"""wait_for cancelled in the same iteration its inner future completes: the result wins."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    inner = loop.create_future()
    outer = asyncio.create_task(asyncio.wait_for(inner, 10))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    inner.set_result("inner value")
    outer.cancel("late cancel")
    try:
        print("outer result", await outer)
    except asyncio.CancelledError as e:
        print("outer cancelled", e.args)
    print(outer.cancelled(), outer.cancelling())


asyncio.run(main())
