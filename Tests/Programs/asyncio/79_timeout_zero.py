"""asyncio.timeout(0) and timeout(-1): when does the timeout fire?"""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0) as cm:
            print("in block, expired?", cm.expired())
            await asyncio.sleep(0)
            print("after sleep(0)")
    except TimeoutError as e:
        print("timeout(0)", repr(e), loop.time(), cm.expired())
    try:
        async with asyncio.timeout(-1) as cm:
            print("in block -1")
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timeout(-1)", repr(e), loop.time(), cm.expired())
    try:
        async with asyncio.timeout(0) as cm:
            print("no await")
    except TimeoutError as e:
        print("no await raised", repr(e))
    print("expired after no await", cm.expired())
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(1)
    print("none", cm.when(), cm.expired(), loop.time())


asyncio.run(main())
