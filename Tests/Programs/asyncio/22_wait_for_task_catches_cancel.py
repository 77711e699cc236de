"""wait_for timing out on a task that swallows cancellation returns that task's result."""
import asyncio


async def stubborn():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn caught cancel at", loop.time())
        await asyncio.sleep(0.5)
        return "late result"


async def main():
    loop = asyncio.get_running_loop()
    try:
        res = await asyncio.wait_for(stubborn(), timeout=1)
        print("wait_for returned", repr(res), "at", loop.time())
    except asyncio.TimeoutError:
        print("TimeoutError at", loop.time())


asyncio.run(main())
