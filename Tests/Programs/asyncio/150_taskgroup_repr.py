"""repr(TaskGroup) and the RuntimeError messages that embed it."""
import asyncio


async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    async with tg:
        tg.create_task(asyncio.sleep(0))
        print(repr(tg))
    print(repr(tg))
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print(e)
    coro = asyncio.sleep(0, "late")
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print(e)
    print(await coro)


asyncio.run(main())
