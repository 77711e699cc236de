"""Timeout.reschedule moves the deadline; timeout_at uses an absolute loop time."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            print("initial when:", cm.when())
            cm.reschedule(loop.time() + 1)
            await asyncio.sleep(0.5)
            cm.reschedule(cm.when() + 1)
            print("pushed to", cm.when())
            await asyncio.sleep(5)
    except TimeoutError:
        print("expired at", loop.time())
    deadline = loop.time() + 0.75
    try:
        async with asyncio.timeout_at(deadline) as cm:
            await asyncio.sleep(0.5)
            print("halfway at", loop.time())
            await asyncio.sleep(0.5)
    except TimeoutError:
        print("timeout_at expired at", loop.time(), "when", cm.when())
    async with asyncio.timeout(1) as cm:
        cm.reschedule(None)
        await asyncio.sleep(3)
    print("disarmed, time", loop.time())


asyncio.run(main())
