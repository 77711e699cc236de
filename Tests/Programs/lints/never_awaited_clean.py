import asyncio


async def save(x):
    await asyncio.sleep(0.01)


async def main():
    await save(1)
    await asyncio.sleep(0.02)


asyncio.run(main())
