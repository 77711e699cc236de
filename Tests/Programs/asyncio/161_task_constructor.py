"""asyncio.Task(coro) constructor inside a running loop."""
import asyncio


async def c():
    return 1


async def main():
    t = asyncio.Task(c())
    print(t.get_name(), await t)


asyncio.run(main())
