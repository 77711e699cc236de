"""wait_for(coro, 0): the coroutine never starts; a task that swallows the cancel returns its value."""
import asyncio


async def body():
    print("body started")
    return 1


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        return "swallowed"


async def main():
    try:
        await asyncio.wait_for(body(), 0)
    except TimeoutError as e:
        print("TimeoutError", repr(e.__cause__))
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    print(await asyncio.wait_for(t, 0))
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    print(await asyncio.wait_for(t, 0.5), asyncio.get_running_loop().time())


asyncio.run(main())
