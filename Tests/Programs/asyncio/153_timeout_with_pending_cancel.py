"""asyncio.timeout inside a task that already has an uncleared cancellation request."""
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("swallowed, cancelling =", asyncio.current_task().cancelling())
    try:
        async with asyncio.timeout(0.1):
            await asyncio.sleep(1)
        print("no timeout")
    except TimeoutError:
        print("TimeoutError at", asyncio.get_running_loop().time())
    except asyncio.CancelledError:
        print("CancelledError escaped the timeout block")
    return asyncio.current_task().cancelling()


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    print("result", await t)


asyncio.run(main())
