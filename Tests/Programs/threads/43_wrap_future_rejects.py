"""asyncio.wrap_future of something that is no future fails its assertion (AssertionError, not TypeError)."""
import asyncio


async def main():
    for bad in (5, None):
        try:
            asyncio.wrap_future(bad)
        except Exception as e:
            print(type(e).__name__, e)


asyncio.run(main())
