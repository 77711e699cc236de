"""asyncio.run inside a running loop is a RuntimeError (and the inner coroutine is never awaited)."""
import asyncio


async def inner():
    return 1


async def main():
    print("calling asyncio.run from a coroutine")
    asyncio.run(inner())


asyncio.run(main())
