"""timeout rescheduled to None, then to the past, then to the future."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(1) as cm:
        cm.reschedule(None)
        await asyncio.sleep(2)
    print("survived", loop.time(), cm.when(), cm.expired())
    try:
        async with asyncio.timeout(None) as cm:
            await asyncio.sleep(0.5)
            cm.reschedule(loop.time() - 1)
            print("rescheduled to past")
            await asyncio.sleep(5)
    except TimeoutError:
        print("expired at", loop.time(), cm.expired())
    try:
        async with asyncio.timeout(10) as cm:
            cm.reschedule(loop.time() + 0.25)
            await asyncio.sleep(5)
    except TimeoutError:
        print("expired2 at", loop.time(), cm.when())
    try:
        async with asyncio.timeout_at(loop.time() + 1) as cm:
            await asyncio.sleep(0.5)
            cm.reschedule(cm.when() + 1)
            await asyncio.sleep(5)
    except TimeoutError:
        print("expired3 at", loop.time())


asyncio.run(main())
