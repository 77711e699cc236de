"""asyncio.timeout raises TimeoutError from the CancelledError (3.11.7: raise TimeoutError from exc_val)."""
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.1):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)


asyncio.run(main())
