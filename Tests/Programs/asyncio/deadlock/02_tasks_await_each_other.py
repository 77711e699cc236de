"""Two tasks each wait for the other's future: a deadlock after the timers run out."""
import asyncio


async def side(name, mine, theirs):
    await asyncio.sleep(0.1)
    print(name, "waits for the other side")
    value = await theirs
    mine.set_result(value)


async def main():
    loop = asyncio.get_running_loop()
    a, b = loop.create_future(), loop.create_future()
    left = asyncio.create_task(side("left", a, b))
    right = asyncio.create_task(side("right", b, a))
    await asyncio.gather(left, right)


asyncio.run(main())
