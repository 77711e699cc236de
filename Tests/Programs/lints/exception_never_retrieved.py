import asyncio


async def fail():
    raise ValueError("lost")


async def main():
    task = asyncio.create_task(fail())
    await asyncio.sleep(0.01)


asyncio.run(main())
