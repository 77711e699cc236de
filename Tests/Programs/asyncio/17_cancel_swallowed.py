"""A task that swallows CancelledError and returns normally is not cancelled; its result is kept."""
import asyncio


async def stubborn():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("ignoring cancel at", loop.time())
    await asyncio.sleep(1)
    print("still running at", loop.time())
    return "survived"


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(2)
    print("cancel:", t.cancel())
    res = await t
    print("result:", res, "cancelled:", t.cancelled(), "cancelling:", t.cancelling())
    print("uncancel:", t.uncancel(), "cancelling now:", t.cancelling())


asyncio.run(main())
