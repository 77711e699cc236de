"""Nested asyncio.timeout blocks: only the one whose deadline fires raises TimeoutError."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(2):
            try:
                async with asyncio.timeout(1):
                    await asyncio.sleep(5)
            except TimeoutError:
                print("inner expired at", loop.time())
            await asyncio.sleep(5)
    except TimeoutError:
        print("outer expired at", loop.time())
    try:
        async with asyncio.timeout(1):
            try:
                async with asyncio.timeout(3):
                    await asyncio.sleep(5)
            except TimeoutError:
                print("inner should not report")
    except TimeoutError:
        print("outer (shorter) expired at", loop.time())
    try:
        await asyncio.wait_for(asyncio.wait_for(asyncio.sleep(5), 2), 0.5)
    except TimeoutError:
        print("nested wait_for expired at", loop.time())
    print("cancelling:", asyncio.current_task().cancelling())


asyncio.run(main())
