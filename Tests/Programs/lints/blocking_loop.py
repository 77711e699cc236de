import asyncio
import time


async def ticker():
    for _ in range(3):
        await asyncio.sleep(0.05)


async def main():
    task = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    time.sleep(0.3)
    await task


asyncio.run(main())
