"""A leftover task that raises while asyncio.run cancels it is reported; run still returns."""
import asyncio


async def leftover():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("leftover converting cancel")
        raise ValueError("during shutdown")


async def main():
    asyncio.create_task(leftover())
    await asyncio.sleep(0)
    return "main value"


print(asyncio.run(main()))
