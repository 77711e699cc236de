"""TaskGroup body awaits a plain task when a child fails: that task is cancelled and runs its cleanup."""
import asyncio


async def helper():
    try:
        await asyncio.sleep(5)
    finally:
        print("helper cleanup at", asyncio.get_running_loop().time())


async def failing():
    await asyncio.sleep(1)
    raise ValueError("child failed")


async def main():
    h = asyncio.create_task(helper(), name="helper")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing())
            await h
    except ExceptionGroup as eg:
        print("group", [repr(e) for e in eg.exceptions])
    print("helper cancelled", h.cancelled())


asyncio.run(main())
