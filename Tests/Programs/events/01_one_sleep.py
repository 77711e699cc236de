"""One task, one sleep: the smallest life of a coroutine."""
import asyncio


async def main():
    print("before")
    await asyncio.sleep(0.5)
    print("after")


asyncio.run(main())
