"""Nested timeouts expiring at the same deadline: the outer one converts the error."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1) as outer:
            try:
                async with asyncio.timeout(1) as inner:
                    await asyncio.sleep(5)
            except TimeoutError:
                print("inner TimeoutError", inner.expired(), outer.expired())
                raise
    except TimeoutError:
        print("outer TimeoutError", inner.expired(), outer.expired(), loop.time())
    try:
        async with asyncio.timeout(2) as outer:
            try:
                async with asyncio.timeout(1) as inner:
                    await asyncio.sleep(5)
            except TimeoutError:
                print("inner only", inner.expired(), outer.expired(), loop.time())
            await asyncio.sleep(5)
    except TimeoutError:
        print("then outer", outer.expired(), loop.time())
    try:
        async with asyncio.timeout(1) as outer:
            await asyncio.wait_for(asyncio.sleep(5), 1)
    except TimeoutError:
        print("wait_for vs timeout", outer.expired(), loop.time())


asyncio.run(main())
