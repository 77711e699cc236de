"""A task that catches CancelledError, does async cleanup, then re-raises ends up cancelled."""
import asyncio


async def worker():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("caught at", loop.time())
        await asyncio.sleep(0.5)
        print("cleanup done at", loop.time())
        raise
    return "unreachable"


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main sees CancelledError at", asyncio.get_running_loop().time())
    print("cancelled:", t.cancelled(), "cancelling:", t.cancelling())


asyncio.run(main())
