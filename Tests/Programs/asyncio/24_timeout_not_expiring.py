"""asyncio.timeout that is not reached leaves the block normally; None means no deadline."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(2) as cm:
        await asyncio.sleep(1)
        print("inside at", loop.time(), "when", cm.when())
    print("left at", loop.time(), "expired:", cm.expired())
    async with asyncio.timeout(None) as cm2:
        await asyncio.sleep(50)
    print("no deadline, when:", cm2.when(), "expired:", cm2.expired(), "time:", loop.time())
    try:
        async with asyncio.timeout(3):
            await asyncio.sleep(0.5)
            raise KeyError("inner")
    except KeyError as e:
        print("other exceptions pass through:", repr(e), loop.time())
    await asyncio.sleep(5)
    print("no late cancellation; time", loop.time())


asyncio.run(main())
