"""Awaiting an int raises TypeError inside the coroutine."""
import asyncio


async def main():
    print("before await")
    await asyncio.sleep(0.5)
    await 5
    print("not reached")


asyncio.run(main())
