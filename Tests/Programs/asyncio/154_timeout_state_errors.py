"""Timeout objects: reschedule before entering, entering twice, reschedule after exit."""
import asyncio


async def main():
    cm = asyncio.timeout(1)
    try:
        cm.reschedule(2)
    except RuntimeError as e:
        print("before enter:", e)
    async with cm:
        await asyncio.sleep(0)
    try:
        cm.reschedule(3)
    except RuntimeError as e:
        print("after exit:", e)
    try:
        async with cm:
            print("entered twice")
    except RuntimeError as e:
        print("enter twice:", e)


asyncio.run(main())
