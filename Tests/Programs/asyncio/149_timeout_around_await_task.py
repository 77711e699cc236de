"""async with asyncio.timeout(): await some_task — on expiry the awaited task must be cancelled via Task.cancel."""
import asyncio


async def worker():
    try:
        await asyncio.sleep(5)
        return "finished"
    except asyncio.CancelledError:
        print("worker got CancelledError at", asyncio.get_running_loop().time())
        raise


async def main():
    t = asyncio.create_task(worker())
    try:
        async with asyncio.timeout(1):
            await t
    except TimeoutError:
        print("TimeoutError; worker cancelled:", t.cancelled())


asyncio.run(main())
