"""wait_for where the inner task swallows CancelledError and returns a value."""
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("stubborn swallowed at", asyncio.get_running_loop().time())
        await asyncio.sleep(0.5)
        return "late value"
    return "normal"


async def main():
    loop = asyncio.get_running_loop()
    try:
        r = await asyncio.wait_for(stubborn(), 1)
        print("wait_for returned", r, loop.time())
    except TimeoutError as e:
        print("timeout", repr(e), loop.time())
    try:
        async with asyncio.timeout(1):
            r = await stubborn()
        print("timeout block returned", r, loop.time())
    except TimeoutError as e:
        print("timeout block raised", repr(e), loop.time())


asyncio.run(main())
